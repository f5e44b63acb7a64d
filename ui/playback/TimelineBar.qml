pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtLocation
import Watchfloor.Theme
import Watchfloor.Ui

// The PLAYBACK banner and timeline of a recorded journal: always visible in playback so that
// nothing shown is mistaken for the live picture. Markers show alerts, incidents, orders, status
// changes and cordon edits; click or drag the track to seek. A reviewer's bookmarks are the
// yellow flags (B adds one at the position, a click on a flag goes to it); "Export evidence…"
// writes a range of the recording into an evidence folder; "Train from here" starts a training run
// from the world as it stood at the position, in a window and process of its own.
Rectangle {
    id: bar
    required property PlaybackController controller
    // Starts the training run of "Train from here"; null: the action is not offered.
    property RecordingOpener opener: null
    // The map, whose view "Export evidence…" can limit the export to; null: no area offered.
    property Map map: null
    // What became of the last "Train from here", in words.
    property string trainStatus: ""
    readonly property real span: Math.max(1, controller.endMs - controller.startMs)
    // The bar's dialogs, for tests that drive them.
    readonly property alias bookmarkDialog: bookmarkDialog
    readonly property alias bookmarkList: bookmarkList
    readonly property alias evidenceDialog: evidenceDialog
    readonly property var kindColors: Theme.playbackMarkers

    implicitHeight: column.implicitHeight + 8
    color: Theme.playback

    function timeText(ms: real): string {
        return Theme.dateTimeText(ms)
    }
    function trainFromHere() {
        if (bar.opener === null)
            return
        const at = bar.controller.positionMs
        bar.trainStatus = bar.opener.trainFrom(bar.controller.path, at)
            ? qsTr("A training run from %1 starts in a window of its own").arg(bar.timeText(at))
            : bar.opener.lastError
    }
    function speedText(speed: real): string {
        return speed < 1 ? speed.toFixed(2) + "×" : speed.toFixed(0) + "×"
    }

    Shortcut { sequence: "Ctrl+Space"; enabled: bar.visible; onActivated: bar.controller.togglePlay() }
    Shortcut { sequence: "Ctrl+Right"; enabled: bar.visible; onActivated: bar.controller.stepNext() }
    Shortcut { sequence: "Ctrl+Left"; enabled: bar.visible; onActivated: bar.controller.stepPrevious() }
    Shortcut { sequence: "Ctrl+Up"; enabled: bar.visible; onActivated: bar.controller.faster() }
    Shortcut { sequence: "Ctrl+Down"; enabled: bar.visible; onActivated: bar.controller.slower() }
    Shortcut { sequence: "B"; enabled: bar.visible && !bookmarkDialog.visible; onActivated: bookmarkDialog.openAtPosition() }
    Shortcut { sequence: "Ctrl+B"; enabled: bar.visible; onActivated: bookmarkList.open() }
    Shortcut { sequence: "Ctrl+E"; enabled: bar.visible && !evidenceDialog.visible; onActivated: evidenceDialog.openForRecording() }
    Shortcut { sequence: "Ctrl+T"; enabled: bar.visible && bar.opener !== null; onActivated: bar.trainFromHere() }

    BookmarkDialog { id: bookmarkDialog; controller: bar.controller }
    BookmarkList { id: bookmarkList; controller: bar.controller }
    EvidenceDialog { id: evidenceDialog; controller: bar.controller; map: bar.map }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 4
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Text {
                textFormat: Text.PlainText
                text: qsTr("PLAYBACK")
                font.bold: true
                font.pixelSize: 16
                font.letterSpacing: 2
                color: Theme.playbackText
            }
            Text {
                textFormat: Text.PlainText
                text: bar.controller.journalMode === "live" ? qsTr("Recording of a live shift")
                    : bar.controller.journalMode === "training" ? qsTr("Recording of a training run")
                    : qsTr("Recording")
                color: Theme.playbackTextDim
                font.pixelSize: Theme.fontSize
            }
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("Read-only: nothing is sent to any unit or backend. %1").arg(bar.controller.path)
                color: Theme.playbackTextDim
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideMiddle
            }
            Text {
                textFormat: Text.PlainText
                text: bar.timeText(bar.controller.positionMs)
                color: Theme.playbackText
                font.bold: true
                font.pixelSize: Theme.fontSize
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Button {
                text: "|◀"
                onClicked: bar.controller.stepPrevious()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Previous event (Ctrl+Left)")
            }
            Button {
                text: bar.controller.playing ? "❚❚" : "▶"
                onClicked: bar.controller.togglePlay()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: bar.controller.playing ? qsTr("Pause (Ctrl+Space)") : qsTr("Play (Ctrl+Space)")
            }
            Button {
                text: "▶|"
                onClicked: bar.controller.stepNext()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Next event (Ctrl+Right)")
            }
            Button {
                text: "−"
                enabled: bar.controller.speed > 0.25
                onClicked: bar.controller.slower()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Slower (Ctrl+Down)")
            }
            Text {
                textFormat: Text.PlainText
                text: bar.speedText(bar.controller.speed)
                color: Theme.playbackText
                font.pixelSize: Theme.fontSize
                Layout.preferredWidth: 44
                horizontalAlignment: Text.AlignHCenter
            }
            Button {
                text: "+"
                enabled: bar.controller.speed < 64
                onClicked: bar.controller.faster()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Faster (Ctrl+Up)")
            }
            Button {
                text: qsTr("Bookmark")
                onClicked: bookmarkDialog.openAtPosition()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Add a bookmark with a note at this moment (B)")
            }
            Button {
                text: qsTr("Bookmarks (%1)").arg(bar.controller.bookmarks.count)
                onClicked: bookmarkList.open()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("List, go to or remove bookmarks (Ctrl+B)")
            }
            Button {
                text: qsTr("Export evidence…")
                onClicked: evidenceDialog.openForRecording()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Export a range of the recording as an evidence folder with a report and checksums (Ctrl+E)")
            }
            Button {
                visible: bar.opener !== null
                text: qsTr("Train from here")
                onClicked: bar.trainFromHere()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Start a training run from the world as it stands at this moment: its units, open incidents and cordons, in a window of its own; the recording is not changed (Ctrl+T)")
            }
            Text {
                textFormat: Text.PlainText
                text: bar.timeText(bar.controller.startMs)
                color: Theme.playbackTextDim
                font.pixelSize: Theme.smallFontSize
            }
            Item {
                id: track
                Layout.fillWidth: true
                Layout.preferredHeight: 26
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    height: 6
                    radius: 3
                    color: Theme.playbackTrack
                }
                Repeater {
                    model: bar.controller.markerCount > 0 ? bar.controller.markerBins(Math.max(1, Math.floor(track.width / 2))) : []
                    delegate: Rectangle {
                        required property var modelData
                        x: modelData.bin * 2
                        y: 2 + modelData.kind * 4
                        width: 2
                        height: 4
                        color: bar.kindColors[modelData.kind]
                    }
                }
                Rectangle {
                    x: (bar.controller.positionMs - bar.controller.startMs) / bar.span * track.width - 1
                    width: 3
                    height: parent.height
                    color: Theme.playbackText
                }
                MouseArea {
                    anchors.fill: parent
                    function seekTo(px: real) {
                        const f = Math.max(0, Math.min(1, px / track.width))
                        bar.controller.seek(bar.controller.startMs + f * bar.span)
                    }
                    onPressed: mouse => seekTo(mouse.x)
                    onPositionChanged: mouse => seekTo(mouse.x)
                }
                // Bookmarks above the seek area, so that a click on one goes to it exactly.
                Repeater {
                    model: bar.controller.bookmarks
                    delegate: Rectangle {
                        id: flag
                        required property var timeMs
                        required property string note
                        x: (flag.timeMs - bar.controller.startMs) / bar.span * track.width - 2
                        width: 5
                        height: track.height
                        color: Theme.bookmark
                        MouseArea {
                            id: flagArea
                            anchors.fill: parent
                            anchors.margins: -2
                            hoverEnabled: true
                            onClicked: bar.controller.seek(flag.timeMs)
                        }
                        PlainToolTip {
                            visible: flagArea.containsMouse
                            delay: 300
                            text: flag.note === "" ? qsTr("Bookmark at %1").arg(bar.timeText(flag.timeMs))
                                                   : qsTr("Bookmark at %1: %2").arg(bar.timeText(flag.timeMs)).arg(flag.note)
                        }
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                text: bar.timeText(bar.controller.endMs)
                color: Theme.playbackTextDim
                font.pixelSize: Theme.smallFontSize
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            visible: bar.controller.eventCount === 0 || bar.controller.markerCount > 0
                || bar.controller.bookmarks.lastError !== "" || bar.trainStatus !== ""
            Text {
                visible: bar.trainStatus !== ""
                textFormat: Text.PlainText
                text: bar.trainStatus
                color: Theme.playbackText
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                visible: bar.controller.bookmarks.lastError !== ""
                textFormat: Text.PlainText
                text: bar.controller.bookmarks.lastError
                color: Theme.bookmark
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                visible: bar.controller.eventCount === 0
                textFormat: Text.PlainText
                text: qsTr("This journal holds no events yet.")
                color: Theme.playbackTextDim
                font.pixelSize: Theme.smallFontSize
            }
            Repeater {
                model: [qsTr("Alerts"), qsTr("Incidents"), qsTr("Orders"), qsTr("Status changes"), qsTr("Cordon edits")]
                delegate: Row {
                    id: legendItem
                    required property string modelData
                    required property int index
                    visible: bar.controller.markerCount > 0
                    spacing: 4
                    Rectangle { width: 8; height: 8; y: 3; color: bar.kindColors[legendItem.index] }
                    Text {
                        textFormat: Text.PlainText
                        text: legendItem.modelData
                        color: Theme.playbackTextDim
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
        }
    }
}
