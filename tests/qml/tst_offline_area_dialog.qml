import QtQuick
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// Preparing an offline area into a cache that takes no tile (a full disk): the dialog says the
// run stopped and why, not that the area is available offline.
TestCase {
    id: testCase
    name: "OfflineAreaDialog"
    when: windowShown
    width: 600
    height: 600

    Component {
        id: dialogComponent
        OfflineAreaDialog {
            tiles: TestFixture.tilesWithUnwritableCache()
        }
    }

    function test_aRunThatCannotStoreItsTilesIsShownAsStopped() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        verify(dialog)
        dialog.open()
        verify(dialog.tiles.upstream)
        compare(dialog.tiles.refusal(30.8, 114.0, 30.4, 114.6, 9, 10), "")
        compare(dialog.tiles.prepare(30.8, 114.0, 30.4, 114.6, 9, 10), "")
        tryVerify(() => dialog.outcome !== "", 30000)
        verify(dialog.outcome.startsWith("Stopped: cannot store tiles"), dialog.outcome)
        verify(dialog.outcome.indexOf("disk is full") >= 0, dialog.outcome)
        verify(!dialog.tiles.preparing)
        verify(dialog.tiles.progressFailed > 0)
    }
}
