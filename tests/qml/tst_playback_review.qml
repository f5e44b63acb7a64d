import QtQuick
import QtLocation
import QtPositioning
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// Reviewing a recording on the playback timeline: B opens the bookmark dialog at the position,
// the typed note and Enter save it (a flag on the track, a row in the list), and "Export
// evidence…" writes the whole recording into a new folder with progress to Done. Screenshots
// of the list and of the export go to tests/ui/screenshots to be looked at. Ctrl+T ("Train from
// here") starts the real workstation on a training run from the position, which its journal
// records as where it came from.
TestCase {
    id: testCase
    name: "PlaybackReview"
    when: windowShown
    width: 1400
    height: 700

    Component {
        id: barComponent
        TimelineBar { width: 1400 }
    }
    Component {
        id: mapComponent
        Map {
            width: 800
            height: 500
            plugin: Plugin { name: "itemsoverlay" }
            center: QtPositioning.coordinate(30.585, 114.285)
            zoomLevel: 13
        }
    }

    function test_bookmarkWithB_thenExportEvidence() {
        const controller = TestFixture.recording()
        verify(controller)
        // In the window itself: the test case is an invisible item, and the bar's shortcuts work
        // only while it is shown.
        const win = testCase.Window.window
        const bar = createTemporaryObject(barComponent, win.contentItem, { controller: controller })
        verify(bar)
        verify(bar.visible)
        waitForRendering(bar)
        const before = controller.bookmarks.count
        const at = controller.startMs + 600000
        controller.seek(at)

        win.requestActivate()
        tryVerify(() => win.active) // keys go to the focused window
        keySequence("B")
        tryVerify(() => bar.bookmarkDialog.opened)
        compare(bar.bookmarkDialog.timeMs, at)
        for (const c of "gate 3")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(controller.bookmarks, "count", before + 1)
        verify(!bar.bookmarkDialog.visible)
        let found = false
        for (let i = 0; i < controller.bookmarks.count; ++i)
            found = found || controller.bookmarks.timeAt(i) === at
        verify(found)
        compare(controller.bookmarks.lastError, "")

        bar.bookmarkList.open()
        tryVerify(() => bar.bookmarkList.opened)
        waitForRendering(bar)
        verify(TestFixture.saveScreenshot(win, "playback-bookmarks"))
        bar.bookmarkList.close()

        bar.evidenceDialog.openForRecording()
        tryVerify(() => bar.evidenceDialog.opened)
        verify(bar.evidenceDialog.folderPath !== "")
        bar.evidenceDialog.exportNow()
        tryCompare(controller.evidence, "state", EvidenceExportModel.Done, 60000)
        compare(controller.evidence.progress, 100)
        verify(controller.evidence.pages > 0)
        waitForRendering(bar)
        verify(TestFixture.saveScreenshot(win, "playback-evidence"))
        keyClick(Qt.Key_Escape)
        tryVerify(() => !bar.evidenceDialog.visible)
    }

    // "Only the area shown on the map": the export of the map's view holds less than the whole
    // recording's.
    function test_exportOfTheMapsArea() {
        const controller = TestFixture.recording()
        const win = testCase.Window.window
        const map = createTemporaryObject(mapComponent, win.contentItem)
        const bar = createTemporaryObject(barComponent, win.contentItem, { controller: controller, map: map })
        verify(bar && map)
        waitForRendering(bar)
        bar.evidenceDialog.openForRecording()
        tryVerify(() => bar.evidenceDialog.opened)
        bar.evidenceDialog.onlyMapArea = false
        bar.evidenceDialog.exportNow()
        tryCompare(controller.evidence, "state", EvidenceExportModel.Done, 60000)
        const everywhere = controller.evidence.events
        bar.evidenceDialog.folderPath = bar.evidenceDialog.folderPath + "-area"
        bar.evidenceDialog.onlyMapArea = true
        waitForRendering(bar)
        verify(TestFixture.saveScreenshot(win, "playback-evidence-area"))
        bar.evidenceDialog.exportNow()
        tryCompare(controller.evidence, "state", EvidenceExportModel.Done, 60000)
        verify(controller.evidence.events > 0 && controller.evidence.events < everywhere,
               controller.evidence.events + " of " + everywhere)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !bar.evidenceDialog.visible)
    }

    function test_trainFromHere_startsATrainingRunAtThePosition() {
        const controller = TestFixture.recording()
        const opener = TestFixture.trainingOpener()
        const win = testCase.Window.window
        const bar = createTemporaryObject(barComponent, win.contentItem, { controller: controller, opener: opener })
        verify(bar)
        waitForRendering(bar)
        const at = controller.startMs + 420123
        controller.seek(at)
        win.requestActivate()
        tryVerify(() => win.active)
        keySequence("Ctrl+T")
        tryVerify(() => bar.trainStatus !== "")
        compare(opener.lastError, "")
        verify(bar.trainStatus.indexOf(bar.timeText(at)) >= 0, bar.trainStatus)
        waitForRendering(bar)
        verify(TestFixture.saveScreenshot(win, "playback-train-from-here"))
        // The started workstation's record: this recording, at this moment to the millisecond.
        tryVerify(() => TestFixture.trainedFrom() !== "", 90000)
        const origin = TestFixture.trainedFrom()
        verify(origin.indexOf(controller.path) >= 0, origin)
        verify(origin.indexOf(new Date(at).toISOString()) >= 0, origin)
    }
}
