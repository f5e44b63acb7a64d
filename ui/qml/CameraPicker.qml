pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Watchfloor.Core

// The camera list of the wall: drag a camera onto a tile, or double-click it to put it on
// the tile that has the focus.
Rectangle {
    id: picker
    required property CameraModel cameras
    signal cameraChosen(string cameraId)
    color: Theme.panel
    border.color: Theme.panelBorder

    // What is dragged: a label that follows the pointer over the whole window. Its Drag keys
    // carry the camera id to the tile's DropArea.
    Rectangle {
        id: proxy
        property string cameraId
        property string name
        parent: Overlay.overlay
        visible: Drag.active
        width: proxyText.implicitWidth + 12
        height: proxyText.implicitHeight + 6
        radius: 3
        color: Theme.accent
        Drag.keys: ["camera:" + cameraId]
        Drag.hotSpot.x: -8 // the pointer, just above and left of the label
        Drag.hotSpot.y: -8
        Text {
            id: proxyText
            anchors.centerIn: parent
            text: proxy.name
            color: "#0b0f14"
            font.pixelSize: Theme.smallFontSize
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: 1
        clip: true
        model: picker.cameras
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: row
            required property string cameraId
            required property string name
            width: ListView.view.width
            height: 24
            color: dragHandler.active ? Theme.panelBorder : "transparent"
            Text {
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 4
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            DragHandler {
                id: dragHandler
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                function follow() {
                    proxy.x = centroid.scenePosition.x + 8
                    proxy.y = centroid.scenePosition.y + 8
                }
                onActiveChanged: {
                    if (active) {
                        proxy.cameraId = row.cameraId
                        proxy.name = row.name
                        follow()
                        proxy.Drag.active = true
                    } else {
                        proxy.Drag.drop()
                        proxy.Drag.active = false
                    }
                }
                onCentroidChanged: if (active) follow()
            }
            TapHandler { onDoubleTapped: picker.cameraChosen(row.cameraId) }
        }
    }
}
