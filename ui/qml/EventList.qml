pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui
import Watchfloor.Core

// The running log of what happened, newest first.
Rectangle {
    id: panel
    required property EventLogModel events
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Events")
            detail: qsTr("%L1 position fixes · %L2 plate reads").arg(panel.events.positionFixes).arg(panel.events.plateReads)
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.events
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property double time
                required property string text
                required property int severity
                required property int index
                width: ListView.view.width
                height: label.implicitHeight + 8
                color: index % 2 ? "transparent" : Theme.rowAlternate
                Text {
                    id: label
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: Theme.clockText(row.time) + "  " + row.text
                    color: row.severity >= World.Severity.High ? Theme.incident : Theme.text
                    font.pixelSize: Theme.smallFontSize
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing has happened yet")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
