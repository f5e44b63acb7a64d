pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import QtLocation
import QtPositioning
import Watchfloor.Cordons

// The handles of the cordon being drawn, over the map: the outline, a square per vertex (drag to
// move, right-click to delete), a small circle in the middle of each edge (click to insert a
// point there), and a click on the map adds the next point. Dragging a handle never pans the
// map: the handle takes the drag for itself. Esc cancels, Ctrl+Z undoes, Ctrl+Shift+Z redoes,
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

    // Screen position of a coordinate; re-read whenever the map's camera moves.
    function toScreen(c: var): point {
        root.map.center
        root.map.zoomLevel
        root.map.bearing
        root.map.tilt
        return root.map.fromCoordinate(c, false)
    }

    // How far a point may move to snap: a dozen pixels at the map's scale (256-pixel tiles).
    function snapMeters(): real {
        const metresPerPixel = 156543.03392 * Math.cos(root.map.center.latitude * Math.PI / 180) / Math.pow(2, root.map.zoomLevel)
        return 12 * metresPerPixel
    }
    // The lasso's line while it is drawn, in screen points.
    property var lassoLine: []

    // Whether a point of the item is on a handle or an edge's dot (those take the click).
    function onHandle(p: point): bool {
        const n = root.editor.handleCount
        for (let i = 0; i < n; ++i) {
            const a = root.toScreen(root.editor.handles[i])
            if (Math.abs(a.x - p.x) <= 8 && Math.abs(a.y - p.y) <= 8)
                return true
            if (root.editor.tool === CordonEditor.Tool.Polygon && n >= 2 && (i + 1 < n || n >= 3)) {
                const b = root.toScreen(root.editor.handles[(i + 1) % n])
                if (Math.abs((a.x + b.x) / 2 - p.x) <= 6 && Math.abs((a.y + b.y) / 2 - p.y) <= 6)
                    return true
            }
        }
        return false
    }

    TapHandler {
        acceptedButtons: Qt.LeftButton
        gesturePolicy: TapHandler.DragThreshold
        onTapped: eventPoint => {
            if (root.onHandle(eventPoint.position))
                return
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
            strokeColor: "#d7261e"
            strokeWidth: 2
            fillColor: "transparent"
            PathPolyline { path: root.lassoLine }
        }
    }

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.GeometryRenderer
        ShapePath {
            strokeColor: root.editor.problem === "" ? "#d7261e" : "#8a8a8a"
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            fillColor: root.editor.problem === "" ? Qt.rgba(0.84, 0.15, 0.12, 0.12) : "transparent"
            PathPolyline {
                path: {
                    root.editor.revision // the drawing changed
                    return root.editor.screenPath(root.map.center.latitude, root.map.center.longitude,
                                                  root.map.zoomLevel, root.map.bearing, root.width, root.height)
                }
            }
        }
    }

    // Edge midpoints: a click inserts a point there. Each row changes only when its own edge does.
    Repeater {
        model: root.editor.tool === CordonEditor.Tool.Polygon ? root.editor.handleModel : null
        delegate: Rectangle {
            id: mid
            required property int index
            required property real latitude
            required property real longitude
            required property real nextLatitude
            required property real nextLongitude
            readonly property point a: root.toScreen(QtPositioning.coordinate(latitude, longitude))
            readonly property point b: root.toScreen(QtPositioning.coordinate(nextLatitude, nextLongitude))
            visible: root.editor.handleCount >= 2 && (index + 1 < root.editor.handleCount || root.editor.handleCount >= 3)
            x: (a.x + b.x) / 2 - width / 2
            y: (a.y + b.y) / 2 - height / 2
            width: 10
            height: 10
            radius: 5
            color: "white"
            opacity: 0.85
            border.color: "#d7261e"
            border.width: 1
            TapHandler {
                gesturePolicy: TapHandler.WithinBounds
                onTapped: {
                    const c = root.map.toCoordinate(Qt.point(mid.x + mid.width / 2, mid.y + mid.height / 2), false)
                    root.editor.insertVertex(mid.index, c.latitude, c.longitude)
                }
            }
        }
    }

    // Vertices (polygon), centre and rim (circle), corners (rectangle).
    Repeater {
        model: root.editor.handleModel
        delegate: Rectangle {
            id: handle
            required property int index
            required property real latitude
            required property real longitude
            readonly property point at: root.toScreen(QtPositioning.coordinate(latitude, longitude))
            property point pressedAt
            x: at.x - width / 2
            y: at.y - height / 2
            width: 14
            height: 14
            color: dragger.active ? "#d7261e" : "white"
            border.color: "#d7261e"
            border.width: 2
            DragHandler {
                id: dragger
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                dragThreshold: 2
                onActiveChanged: {
                    if (active)
                        handle.pressedAt = handle.at
                    else
                        root.editor.endDrag()
                }
                onTranslationChanged: {
                    if (!active)
                        return
                    const c = root.map.toCoordinate(Qt.point(handle.pressedAt.x + translation.x,
                                                             handle.pressedAt.y + translation.y), false)
                    root.editor.moveHandle(handle.index, c.latitude, c.longitude, root.snapMeters())
                }
            }
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: root.editor.removeVertex(handle.index)
            }
        }
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
        color: Qt.rgba(0.06, 0.08, 0.11, 0.85)
        Text {
            id: hint
            anchors.centerIn: parent
            textFormat: Text.PlainText
            color: root.editor.problem === "" ? "white" : "#ffb4b4"
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
