pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import QtLocation
import Watchfloor.Cordons
import Watchfloor.Theme

// The cordon being drawn, over the map: the outline, a square per vertex (drag to move,
// right-click to delete), a small circle in the middle of each edge (click to insert a point
// there), all drawn and dragged by CordonHandles; a click elsewhere on the map adds the next
// point. Dragging a handle never pans the map: the handle takes the drag for itself. Esc cancels, Ctrl+Z undoes, Ctrl+Shift+Z redoes,
// Enter finishes. With the lasso, a press-drag-release draws the outline freehand. Points snap to
// boundaries and roads within a dozen pixels when snapping is on. The geometry is the editor's
// (C++); this only shows it and passes input on.
Item {
    id: root
    required property Map map
    required property CordonEditor editor
    // Emitted when Enter finishes a valid drawing (the editor's finished() carries the ring).
    signal accepted()

    enabled: root.editor.editing
    visible: root.editor.editing

    // How far a point may move to snap: a dozen pixels at the map's scale.
    function snapMeters(): real {
        return handles.snapPixels * handles.metresPerPixel()
    }
    // The lasso's line while it is drawn, in screen points.
    property var lassoLine: []

    TapHandler {
        acceptedButtons: Qt.LeftButton
        gesturePolicy: TapHandler.DragThreshold
        onTapped: eventPoint => {
            const c = root.map.toCoordinate(eventPoint.position, false)
            root.editor.addPoint(c.latitude, c.longitude, root.snapMeters())
        }
    }

    // The lasso: the drag is the outline; the map does not pan meanwhile.
    DragHandler {
        id: lassoDrag
        enabled: root.editor.tool === CordonEditor.Tool.Lasso
        target: null
        dragThreshold: 2
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            if (active) {
                root.lassoLine = [centroid.pressPosition]
                return
            }
            const coordinates = root.lassoLine.map(p => root.map.toCoordinate(p, false))
            root.lassoLine = []
            // Kept within three pixels of what was drawn.
            root.editor.lasso(coordinates, root.snapMeters() / 4)
        }
        onCentroidChanged: {
            if (!active)
                return
            const p = centroid.position
            const last = root.lassoLine[root.lassoLine.length - 1]
            if (Math.hypot(p.x - last.x, p.y - last.y) >= 4)
                root.lassoLine = root.lassoLine.concat([p])
        }
    }
    Shape {
        anchors.fill: parent
        visible: root.lassoLine.length > 1
        ShapePath {
            strokeColor: Theme.cordon
            strokeWidth: 2
            fillColor: "transparent"
            PathPolyline { path: root.lassoLine }
        }
    }

    // The fill inside the outline; the outline itself is drawn with the handles.
    Shape {
        anchors.fill: parent
        visible: root.editor.problem === ""
        asynchronous: true // a drag's re-triangulation off the GUI thread
        preferredRendererType: Shape.GeometryRenderer
        ShapePath {
            strokeColor: "transparent"
            strokeWidth: 0
            fillColor: Qt.alpha(Theme.cordon, 0.12)
            PathPolyline {
                path: {
                    root.editor.revision // the drawing changed
                    return root.editor.screenPath(root.map.center.latitude, root.map.center.longitude,
                                                  root.map.zoomLevel, root.map.bearing, root.width, root.height)
                }
            }
        }
    }

    // Vertices (polygon), centre and rim (circle), corners (rectangle), the edges' insert dots
    // and the dashed outline: one item, one scene-graph node, whatever the number of vertices.
    CordonHandles {
        id: handles
        anchors.fill: parent
        editor: root.editor
        center: root.map.center
        zoomLevel: root.map.zoomLevel
        bearing: root.map.bearing
        color: Theme.cordon
        invalidColor: Theme.cordonInvalid
    }

    Shortcut { sequence: "Esc"; enabled: root.editor.editing; onActivated: root.editor.cancel() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: root.editor.editing; onActivated: root.editor.undo() }
    Shortcut { sequences: [StandardKey.Redo]; enabled: root.editor.editing; onActivated: root.editor.redo() } // Ctrl+Shift+Z, Ctrl+Y
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: root.editor.editing
        onActivated: {
            if (root.editor.finish().length > 0)
                root.accepted()
        }
    }

    // What the drawing still needs, or why it cannot be a cordon.
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 28
        width: hint.implicitWidth + 16
        height: hint.implicitHeight + 8
        radius: 3
        color: Qt.alpha(Theme.mapChip, 0.85)
        Text {
            id: hint
            anchors.centerIn: parent
            textFormat: Text.PlainText
            color: root.editor.problem === "" ? "white" : Theme.drawingProblemText
            font.pixelSize: 12
            text: root.editor.tool === CordonEditor.Tool.Lasso ? qsTr("Draw round the area, holding the mouse button down · Esc: cancel")
                : root.editor.problem !== "" ? root.editor.problem
                : root.editor.tool === CordonEditor.Tool.Circle
                    ? qsTr("Radius %1 km · Enter: done · Esc: cancel").arg((root.editor.radiusMeters / 1000).toFixed(2))
                    : qsTr("%1 km² · drag a point to move it, right-click to delete, click an edge's dot to insert · Enter: done · Esc: cancel")
                        .arg(root.editor.areaKm2.toFixed(1))
        }
    }
}
