pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// The camera list of the wall: drag a camera onto a tile, or double-click it to put it on
// the tile that has the focus. The filter finds cameras by id or name, in the world and in the
// province's register (millions: only the matches are listed).
Rectangle {
    id: picker
    required property CameraModel cameras
    required property WallModel finder
    signal cameraChosen(string cameraId)
    color: Theme.panel
    border.color: Theme.panelBorder

    CameraDragProxy { id: proxy }
    // What a row does, here because an inline component cannot reach this file's ids.
    function startDrag(cameraId: string, name: string, position: point) { proxy.start(cameraId, name, position) }
    function followDrag(position: point) { proxy.follow(position) }
    function finishDrag() { proxy.finish() }

    component PickerRow: Rectangle {
        id: row
        property string cameraId
        property string name
        property var owner // the picker
        width: ListView.view ? ListView.view.width : 0
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
                    row.owner.startDrag(row.cameraId, row.name, centroid.scenePosition)
                else
                    row.owner.finishDrag()
            }
            onCentroidChanged: if (active) row.owner.followDrag(centroid.scenePosition)
        }
        TapHandler { onDoubleTapped: row.owner.cameraChosen(row.cameraId) }
    }

    TextField {
        id: filter
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 2
        placeholderText: qsTr("Find camera…")
        font.pixelSize: Theme.smallFontSize
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("Camera id or name; drag a camera onto a tile or double-click it")
    }
    // Asked again a moment after the typing stops: each answer reads the register.
    Timer {
        id: refilter
        interval: 150
        onTriggered: found.model = picker.finder.findCameras(filter.text, 200)
    }
    Connections {
        target: filter
        function onTextChanged() { refilter.restart() }
    }

    ListView {
        id: all
        visible: filter.text.trim() === ""
        anchors.top: filter.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 1
        clip: true
        model: picker.cameras
        ScrollBar.vertical: ScrollBar {}
        delegate: PickerRow {
            required cameraId
            required name
            owner: picker
        }
    }
    ListView {
        id: found
        visible: !all.visible
        anchors.fill: all
        clip: true
        model: []
        ScrollBar.vertical: ScrollBar {}
        delegate: PickerRow {
            required property var modelData
            cameraId: modelData.cameraId
            name: modelData.name
            owner: picker
        }
    }
    Text {
        anchors.centerIn: found
        visible: found.visible && found.count === 0 && !refilter.running
        width: parent.width - 12
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No camera matches")
        color: Theme.textDim
        font.pixelSize: Theme.smallFontSize
    }
}
