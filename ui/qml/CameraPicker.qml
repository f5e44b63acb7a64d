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

    CameraDragProxy { id: proxy }

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
                textFormat: Text.PlainText
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            DragHandler {
                id: dragHandler
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                onActiveChanged: {
                    if (active)
                        proxy.start(row.cameraId, row.name, centroid.scenePosition)
                    else
                        proxy.finish()
                }
                onCentroidChanged: if (active) proxy.follow(centroid.scenePosition)
            }
            TapHandler { onDoubleTapped: picker.cameraChosen(row.cameraId) }
        }
    }
}
