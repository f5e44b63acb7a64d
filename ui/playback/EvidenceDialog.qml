import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtLocation
import Watchfloor.Theme
import Watchfloor.Ui

// "Export evidence…": a range of the recording (the whole of it, or from and to where playback
// stands when each button is pressed), everywhere or only what was in the area the map shows,
// into a new folder: the journal's slice, the events as CSV, a PDF report and the SHA-256
// manifest of them. The export runs off the GUI thread with a
// progress bar; Cancel (or Esc) stops it and leaves nothing behind.
Dialog {
    id: dialog
    required property PlaybackController controller
    readonly property EvidenceExportModel evidence: dialog.controller.evidence
    readonly property bool running: dialog.evidence.state === EvidenceExportModel.Running
    property real fromMs: dialog.controller.startMs
    property real toMs: dialog.controller.endMs
    // The folder the evidence goes into, as typed or chosen.
    property alias folderPath: folderField.text
    // The map whose view limits the export when "Only the area shown on the map" is ticked.
    property Map map: null
    property alias onlyMapArea: areaCheck.checked

    title: qsTr("Export evidence")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 600
    closePolicy: dialog.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    function timeText(ms: real): string {
        return Theme.dateTimeText(ms)
    }
    function exportNow() {
        if (areaCheck.checked && dialog.map) {
            const view = dialog.map.visibleRegion.boundingGeoRectangle()
            dialog.evidence.startInArea(dialog.fromMs, dialog.toMs, folderField.text, view.topLeft.longitude,
                                        view.bottomRight.latitude, view.bottomRight.longitude, view.topLeft.latitude)
        } else {
            dialog.evidence.start(dialog.fromMs, dialog.toMs, folderField.text)
        }
    }
    function openForRecording() {
        dialog.fromMs = dialog.controller.startMs
        dialog.toMs = dialog.controller.endMs
        folderField.text = dialog.evidence.suggestedFolder(dialog.fromMs)
        dialog.open()
    }

    Shortcut {
        sequence: "Esc"
        enabled: dialog.visible && dialog.running
        onActivated: dialog.evidence.cancel()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 8
            Label { text: qsTr("From"); textFormat: Text.PlainText }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: dialog.timeText(dialog.fromMs)
                font.bold: true
            }
            Button {
                text: qsTr("Playback position")
                enabled: !dialog.running
                onClicked: {
                    dialog.fromMs = dialog.controller.positionMs
                    if (dialog.toMs < dialog.fromMs)
                        dialog.toMs = dialog.controller.endMs
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Start the range where playback stands")
            }
            Label { text: qsTr("To"); textFormat: Text.PlainText }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: dialog.timeText(dialog.toMs)
                font.bold: true
            }
            Button {
                text: qsTr("Playback position")
                enabled: !dialog.running
                onClicked: {
                    dialog.toMs = dialog.controller.positionMs
                    if (dialog.fromMs > dialog.toMs)
                        dialog.fromMs = dialog.controller.startMs
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("End the range where playback stands")
            }
        }
        Button {
            text: qsTr("Whole recording")
            enabled: !dialog.running
            onClicked: {
                dialog.fromMs = dialog.controller.startMs
                dialog.toMs = dialog.controller.endMs
            }
        }
        CheckBox {
            id: areaCheck
            text: qsTr("Only the area shown on the map")
            visible: dialog.map !== null
            enabled: !dialog.running
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Only the units, incidents, alerts, cameras and checkpoints that were in the map's view at some moment of the range, with their whole tracks and orders; operators' actions and cordons always go in")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folderField
                Layout.fillWidth: true
                enabled: !dialog.running
                placeholderText: qsTr("A new or empty folder")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The evidence goes into this folder, which must be new or empty")
            }
            Button {
                text: qsTr("Choose…")
                enabled: !dialog.running
                onClicked: chooser.open()
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: dialog.running
            from: 0
            to: 100
            value: dialog.evidence.progress
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            visible: text !== ""
            color: dialog.evidence.state === EvidenceExportModel.Failed ? Theme.missesIt : dialog.palette.windowText
            text: dialog.evidence.state === EvidenceExportModel.Running ? qsTr("Exporting… %1%").arg(dialog.evidence.progress)
                : dialog.evidence.state === EvidenceExportModel.Done
                    ? qsTr("Saved %1 events and a report of %2 pages in %3").arg(dialog.evidence.events).arg(dialog.evidence.pages).arg(dialog.evidence.folder)
                : dialog.evidence.state === EvidenceExportModel.Failed ? dialog.evidence.lastError
                : dialog.evidence.state === EvidenceExportModel.Cancelled ? qsTr("Cancelled; nothing was written.")
                : ""
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Export")
                enabled: !dialog.running && folderField.text !== ""
                onClicked: dialog.exportNow()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Write the journal's slice, the events as CSV, a PDF report and their SHA-256 manifest")
            }
            Button {
                text: dialog.running ? qsTr("Cancel") : qsTr("Close")
                onClicked: dialog.running ? dialog.evidence.cancel() : dialog.close()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: dialog.running ? qsTr("Stop the export; nothing is left behind (Esc)") : qsTr("Close (Esc)")
            }
        }
    }

    FolderDialog {
        id: chooser
        title: qsTr("Folder to put the evidence folder in")
        onAccepted: {
            const base = String(chooser.selectedFolder)
            const name = folderField.text.split("/").pop()
            folderField.text = decodeURIComponent(base.replace(/^file:\/\//, "")) + "/" + name
        }
    }
}
