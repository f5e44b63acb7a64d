pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// "Prepare an offline area": the tiles of a region (the current view, or a named prefecture,
// district or place) at a range of zoom levels are fetched into the disk cache ahead of time.
// The count is estimated before anything starts; a run can be cancelled and, started again,
// resumes (tiles already cached are skipped). Also imports an existing MBTiles file.
Dialog {
    id: dialog
    required property MapTiles tiles
    // The view's box when the dialog opened (north, west, south, east).
    property var viewBox: ({ north: 0, west: 0, south: 0, east: 0 })
    property int viewZoom: 10

    readonly property var box: {
        if (useView.checked)
            return dialog.viewBox
        const r = dialog.tiles.regionBox(regionName.text)
        return r.found ? r : null
    }
    readonly property double estimate: dialog.box === null ? 0
        : dialog.tiles.estimate(dialog.box.north, dialog.box.west, dialog.box.south, dialog.box.east, fromZoom.value, toZoom.value)
    readonly property string refusal: dialog.box === null
        ? (regionName.text === "" ? qsTr("Type a prefecture, district or place name.") : qsTr("Unknown region: %1").arg(regionName.text))
        : dialog.tiles.refusal(dialog.box.north, dialog.box.west, dialog.box.south, dialog.box.east, fromZoom.value, toZoom.value)
    property string outcome: ""

    title: qsTr("Prepare an offline area")
    modal: true
    standardButtons: Dialog.Close
    width: 460

    onOpened: {
        fromZoom.value = Math.max(0, Math.floor(dialog.viewZoom))
        toZoom.value = Math.min(19, Math.floor(dialog.viewZoom) + 3)
    }

    Connections {
        target: dialog.tiles
        function onPrepareFinished(cancelled: bool, error: string) {
            if (error !== "")
                dialog.outcome = qsTr("Stopped: %1").arg(error)
            else if (cancelled)
                dialog.outcome = qsTr("Cancelled. Start again to resume where it stopped.")
            else if (dialog.tiles.progressFailed > 0)
                dialog.outcome = qsTr("Done, but %L1 tiles failed; start again to retry them.").arg(dialog.tiles.progressFailed)
            else
                dialog.outcome = qsTr("Done: the area is available offline.")
        }
        function onImportFinished(ok: bool, message: string) {
            dialog.outcome = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label { text: qsTr("Region"); font.bold: true }
        RadioButton {
            id: useView
            text: qsTr("The current view")
            checked: true
            enabled: !dialog.tiles.preparing
        }
        RowLayout {
            RadioButton {
                id: useName
                text: qsTr("Named region:")
                enabled: !dialog.tiles.preparing
            }
            TextField {
                id: regionName
                Layout.fillWidth: true
                enabled: useName.checked && !dialog.tiles.preparing
                placeholderText: qsTr("e.g. 武汉市, Ezhou, Jiang'an District")
            }
        }
        RowLayout {
            Label { text: qsTr("Zoom levels") }
            SpinBox { id: fromZoom; from: 0; to: 19; value: 8; enabled: !dialog.tiles.preparing }
            Label { text: qsTr("to") }
            SpinBox { id: toZoom; from: 0; to: 19; value: 12; enabled: !dialog.tiles.preparing }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: dialog.refusal !== "" ? dialog.refusal
                                        : qsTr("About %L1 tiles (at most %L2).").arg(dialog.estimate).arg(dialog.tiles.maxTiles)
            color: dialog.refusal !== "" ? Theme.onLightError : dialog.palette.text
        }

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, dialog.tiles.progressTotal)
            value: dialog.tiles.progressDone
            visible: dialog.tiles.progressTotal > 0
        }
        Label {
            visible: dialog.tiles.progressTotal > 0
            textFormat: Text.PlainText
            text: qsTr("%L1 of %L2 tiles (%L3 already cached, %L4 failed)")
                .arg(dialog.tiles.progressDone).arg(dialog.tiles.progressTotal)
                .arg(dialog.tiles.progressSkipped).arg(dialog.tiles.progressFailed)
        }
        RowLayout {
            Button {
                text: qsTr("Start")
                enabled: !dialog.tiles.preparing && dialog.refusal === ""
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Fetch the area's tiles into the cache; tiles already cached are skipped")
                onClicked: {
                    dialog.outcome = ""
                    const b = dialog.box
                    const why = dialog.tiles.prepare(b.north, b.west, b.south, b.east, fromZoom.value, toZoom.value)
                    if (why !== "")
                        dialog.outcome = why
                }
            }
            Button {
                text: qsTr("Cancel run")
                enabled: dialog.tiles.preparing
                onClicked: dialog.tiles.cancelPrepare()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Import MBTiles…")
                enabled: !dialog.tiles.importing && dialog.tiles.cachePath !== ""
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Merge the tiles of an existing MBTiles file into the cache")
                onClicked: importPicker.open()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text !== ""
            textFormat: Text.PlainText
            text: dialog.outcome
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 10
            color: dialog.palette.placeholderText
            textFormat: Text.PlainText
            text: dialog.tiles.cachePath !== "" ? qsTr("Cache: %1").arg(dialog.tiles.cachePath)
                                                : qsTr("No tile cache: %1").arg(dialog.tiles.cacheError)
        }
    }

    FileDialog {
        id: importPicker
        title: qsTr("Import an MBTiles file")
        nameFilters: [qsTr("MBTiles files (*.mbtiles)"), qsTr("All files (*)")]
        onAccepted: dialog.tiles.importFile(importPicker.selectedFile)
    }
}
