pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// The units on shift, with their status; a click centres the map on one.
Rectangle {
    id: panel
    required property UnitModel units
    signal unitChosen(string unitId, real latitude, real longitude)
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Units")
            detail: qsTr("%n on shift", "", panel.units.count)
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.units
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string unitId
                required property string callSign
                required property int status
                required property string statusName
                required property real latitude
                required property real longitude
                required property real speed
                width: ListView.view.width
                height: 26
                onClicked: panel.unitChosen(unitId, latitude, longitude)
                background: Rectangle {
                    color: row.hovered ? Theme.rowHover : "transparent"
                }
                PlainToolTip {
                    visible: row.hovered
                    delay: 600
                    text: qsTr("Click to centre the map on %1").arg(row.callSign)
                }
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        color: Theme.statusColor(row.status)
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: row.callSign
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.family: "monospace"
                        // Fixed posts carry their site's name: cut it short rather than over the
                        // status (the tooltip names it in full).
                        Layout.preferredWidth: 96
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.status === World.UnitStatus.Available ? qsTr("available")
                              : row.status === World.UnitStatus.EnRoute ? qsTr("en route")
                              : row.status === World.UnitStatus.OnScene ? qsTr("on scene") : qsTr("off duty")
                        color: Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: qsTr("%1 km/h").arg(Math.round(row.speed))
                        color: Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No units on shift yet")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
