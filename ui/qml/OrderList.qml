pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// The orders panel: every order with its state and age, the latest change first; a click shows
// the order's whole history.
Rectangle {
    id: panel
    required property OrderListModel model
    required property real clock
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        CheckBox {
            id: activeOnly
            Layout.margins: 2
            text: qsTr("Active orders only")
            checked: panel.model.activeOnly
            onToggled: panel.model.activeOnly = checked
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.model
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property int index
                required property string orderId
                required property string callSign
                required property string taskText
                required property string stateText
                required property string historyText
                required property string incidentId
                required property double issued
                required property double updated
                required property bool active
                property bool open: false
                width: ListView.view.width
                height: content.implicitHeight + 8
                color: index % 2 ? "transparent" : Theme.rowAlternate
                ColumnLayout {
                    id: content
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 1
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        text: qsTr("%1  %2 → %3: %4").arg(Theme.clockText(row.issued)).arg(row.callSign).arg(row.taskText).arg(row.stateText)
                        color: row.active ? Theme.text : Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                        font.bold: row.active
                    }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: (row.incidentId !== "" ? qsTr("incident %1 · ").arg(row.incidentId) : "")
                              + qsTr("age %1, last change %2 ago").arg(Theme.durationText((panel.clock - row.issued) / 1000))
                                .arg(Theme.durationText((panel.clock - row.updated) / 1000))
                        color: Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: row.open
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        text: row.orderId + ": " + row.historyText
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                }
                TapHandler { onTapped: row.open = !row.open }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: qsTr("No order given yet. Dispatch units from an incident.")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
