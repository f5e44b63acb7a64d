pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Cordons
import Watchfloor.Theme
import Watchfloor.Ui

// The response zones (1, 3 and 5-minute targets) as a list; a supervisor changes a zone's class,
// removes one, or draws a new one on the map (the polygon tool: click points, Enter finishes,
// Esc cancels, Ctrl+Z undoes) and then names it here. Others see the list read-only. Every edit
// is saved to the centre's zone file and audited (ZoneEditor).
Dialog {
    id: dialog
    required property ResponseZoneModel zones
    required property ZoneEditor editor

    title: qsTr("Response zones")
    modal: false
    anchors.centerIn: parent
    standardButtons: Dialog.Close
    width: 460
    height: 480

    readonly property var classes: [
        { value: ResponseZoneModel.KeySite, text: qsTr("key site, 1 min") },
        { value: ResponseZoneModel.Central, text: qsTr("central urban, 3 min") },
        { value: ResponseZoneModel.Urban, text: qsTr("urban, 5 min") }
    ]
    function classIndex(zone: int): int {
        for (let i = 0; i < dialog.classes.length; ++i) {
            if (dialog.classes[i].value === zone)
                return i
        }
        return -1
    }
    // Starts drawing a new zone on the map; the dialog comes back when the drawing is finished.
    function drawNew() {
        dialog.close()
        dialog.editor.drawing.begin(CordonEditor.Tool.Polygon)
    }

    Connections {
        target: dialog.editor
        function onDrawnChanged() {
            if (dialog.editor.hasDrawn) {
                newName.text = ""
                dialog.open()
                newName.forceActiveFocus()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: dialog.editor.canEdit ? qsTr("Edits are saved to %1").arg(dialog.editor.path)
                                        : qsTr("Only a supervisor edits the response zones.")
            font.pixelSize: Theme.smallFontSize
        }
        // A finished drawing waiting for its class and name.
        GroupBox {
            Layout.fillWidth: true
            visible: dialog.editor.hasDrawn
            title: qsTr("New zone")
            RowLayout {
                anchors.fill: parent
                TextField {
                    id: newName
                    Layout.fillWidth: true
                    maximumLength: 100
                    placeholderText: qsTr("Name, e.g. Hankou Station square")
                    onAccepted: addButton.clicked()
                }
                ComboBox {
                    id: newClass
                    textRole: "text"
                    valueRole: "value"
                    model: dialog.classes
                }
                Button {
                    id: addButton
                    text: qsTr("Add")
                    onClicked: dialog.editor.addDrawn(newClass.currentValue, newName.text)
                }
                Button {
                    text: qsTr("Discard")
                    onClicked: dialog.editor.discardDrawn()
                }
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.zones.zoneCount
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: row
                required property int index
                width: ListView.view.width
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    text: dialog.zones.zoneName(row.index)
                }
                ComboBox {
                    Layout.preferredWidth: 170
                    enabled: dialog.editor.canEdit
                    textRole: "text"
                    valueRole: "value"
                    model: dialog.classes
                    currentIndex: dialog.classIndex(dialog.zones.zoneKind(row.index))
                    onActivated: dialog.editor.setZoneKind(row.index, currentValue)
                }
                Button {
                    text: qsTr("Remove")
                    enabled: dialog.editor.canEdit
                    onClicked: dialog.editor.removeZone(row.index)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: dialog.editor.lastError
            color: Theme.incident
        }
        Button {
            text: qsTr("Draw a new zone on the map")
            enabled: dialog.editor.canEdit && !dialog.editor.hasDrawn
            onClicked: dialog.drawNew()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Click the corners on the map; Enter finishes, Esc cancels, Ctrl+Z undoes")
        }
    }
}
