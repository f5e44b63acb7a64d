pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Watchfloor.Core

// The camera wall area: tiles that will show live or synthetic video. Until a source is
// attached a tile says so plainly rather than showing a black box.
Rectangle {
    id: wall
    required property CameraModel cameras
    property int columns: 2
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Camera wall")
            detail: qsTr("%n cameras", "", wall.cameras.count)
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            interactive: false
            cellWidth: width / wall.columns
            cellHeight: cellWidth * 576 / 704
            model: Math.min(wall.columns * wall.columns, wall.cameras.count)
            delegate: Item {
                id: tile
                required property int index
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 2
                    color: "#05080b"
                    border.color: Theme.panelBorder
                    Text {
                        anchors.centerIn: parent
                        text: qsTr("No video source yet")
                        color: Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.margins: 4
                        text: wall.cameras.data(wall.cameras.index(tile.index, 0), Qt.DisplayRole) ?? ""
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: grid.count === 0
                text: qsTr("No cameras known yet")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
