import QtQuick
import Watchfloor.Theme

// What a camera drag shows and carries, from the camera list or from the map onto a wall tile:
// a label that follows the pointer over the whole window. Its Drag keys carry the camera id to
// the tile's DropArea ("camera:CAM0001"). During a drag it sits on the top item of the window
// its owner is in (the wall may be in a window of its own); between drags it goes home.
Rectangle {
    id: proxy
    property string cameraId
    property string name
    property Item home: null

    Component.onCompleted: home = parent

    function start(cameraId: string, name: string, scenePosition: point) {
        proxy.cameraId = cameraId
        proxy.name = name
        if (Window.contentItem)
            parent = Window.contentItem
        follow(scenePosition)
        Drag.active = true
    }
    function follow(scenePosition: point) {
        x = scenePosition.x + 8
        y = scenePosition.y + 8
    }
    function finish() {
        Drag.drop()
        Drag.active = false
        parent = home
    }

    z: 1000
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
        textFormat: Text.PlainText
        text: proxy.name
        color: Theme.onBrightText
        font.pixelSize: Theme.smallFontSize
    }
}
