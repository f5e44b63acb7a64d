import QtQuick
import QtTest
import QtLocation
import QtPositioning
import Watchfloor.Cordons
import Watchfloor.Testing

// Drawing a cordon with the mouse and keys over a real Map: clicks add points, a vertex dragged
// moves without panning the map, a click on an edge's dot inserts a point, a right-click deletes
// one, Ctrl+Z / Ctrl+Shift+Z undo and redo, a crossing outline is refused with its place, Esc
// throws the drawing away, Enter hands over a valid ring; a lasso drawn freehand becomes a
// polygon of few points without panning the map.
Item {
    id: root
    width: 800
    height: 600

    Plugin {
        id: osm
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: "http://127.0.0.1:9/" }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: osm
        center: QtPositioning.coordinate(30.5928, 114.3055)
        zoomLevel: 12
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
        DragHandler { // the map's own panning, as in the map panel
            target: null
            onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
        }
    }

    CordonEditor { id: editor }

    CordonEditorVisuals {
        id: visuals
        anchors.fill: map
        map: map
        editor: editor
    }

    SignalSpy { id: finishedSpy; target: editor; signalName: "finished" }
    SignalSpy { id: cancelledSpy; target: editor; signalName: "cancelled" }

    TestCase {
        name: "CordonEditor"
        when: windowShown

        function screenOf(i) {
            return map.fromCoordinate(editor.handles[i], false)
        }

        function drawSquare() {
            editor.begin(CordonEditor.Tool.Polygon)
            compare(editor.problem.length > 0, true) // needs three points
            mouseClick(map, 300, 200)
            mouseClick(map, 500, 200)
            mouseClick(map, 500, 400)
            mouseClick(map, 300, 400)
            compare(editor.handleCount, 4)
            compare(editor.problem, "")
            verify(editor.areaKm2 > 1)
        }

        function init() {
            map.center = QtPositioning.coordinate(30.5928, 114.3055)
            map.zoomLevel = 12
            finishedSpy.clear()
            cancelledSpy.clear()
        }

        function test_addMoveInsertDeleteUndoRedo() {
            drawSquare()
            const centre = map.center
            // Drag the first vertex 60 px right, 40 px down: it moves, the map does not.
            const before = screenOf(0)
            mousePress(map, 300, 200)
            for (let k = 1; k <= 6; ++k)
                mouseMove(map, 300 + 10 * k, 200 + 40 * k / 6)
            mouseRelease(map, 360, 240)
            const after = screenOf(0)
            fuzzyCompare(after.x, before.x + 60, 2)
            fuzzyCompare(after.y, before.y + 40, 2)
            compare(map.center.latitude, centre.latitude)
            compare(map.center.longitude, centre.longitude)
            compare(editor.handleCount, 4)

            // The dot in the middle of the edge from vertex 1 to 2 (500,200 -> 500,400).
            mouseClick(map, 500, 300)
            compare(editor.handleCount, 5)
            fuzzyCompare(screenOf(2).x, 500, 2)
            fuzzyCompare(screenOf(2).y, 300, 2)

            // Right-click deletes the vertex under the pointer.
            mouseClick(map, 500, 400, Qt.RightButton)
            compare(editor.handleCount, 4)

            // Undo: the deletion, the insertion, then the whole drag as one step.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(editor.handleCount, 5)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(editor.handleCount, 4)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            fuzzyCompare(screenOf(0).x, 300, 2)
            fuzzyCompare(screenOf(0).y, 200, 2)
            // Redo the drag.
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            fuzzyCompare(screenOf(0).x, 360, 2)
            verify(editor.canRedo)
            wait(100) // the fill is triangulated off the GUI thread
            verify(TestFixture.saveScreenshot(root.Window.window, "cordon-editor"))

            keyClick(Qt.Key_Return)
            compare(finishedSpy.count, 1)
            compare(finishedSpy.signalArguments[0][0].length, 4)
            verify(!editor.editing)
        }

        function test_crossingOutlineIsRefusedWithItsPlace() {
            editor.begin(CordonEditor.Tool.Polygon)
            mouseClick(map, 300, 200)
            mouseClick(map, 500, 400)
            mouseClick(map, 500, 200)
            mouseClick(map, 300, 400)
            verify(editor.problem.indexOf("crosses itself") >= 0, editor.problem)
            const where = map.toCoordinate(Qt.point(400, 300), false)
            verify(editor.problem.indexOf(where.latitude.toFixed(2)) >= 0, editor.problem)
            compare(editor.finish().length, 0)
            verify(editor.editing) // still drawing: the dispatcher can fix it
            compare(finishedSpy.count, 0)
            verify(TestFixture.saveScreenshot(root.Window.window, "cordon-editor-refused"))
            editor.cancel()
        }

        function test_escCancels() {
            drawSquare()
            keyClick(Qt.Key_Escape)
            verify(!editor.editing)
            compare(editor.handleCount, 0)
            compare(cancelledSpy.count, 1)
            compare(finishedSpy.count, 0)
            // A click on the map no longer draws.
            mouseClick(map, 400, 300)
            compare(editor.handleCount, 0)
        }

        function test_circleAndRectangle() {
            editor.begin(CordonEditor.Tool.Circle)
            mouseClick(map, 400, 300)
            verify(editor.problem !== "")
            mouseClick(map, 500, 300)
            compare(editor.problem, "")
            const r = editor.radiusMeters
            verify(r > 1000 && r < 10000, r)
            fuzzyCompare(editor.areaKm2, Math.PI * r * r / 1e6, Math.PI * r * r / 1e6 * 0.01)
            // Dragging the rim handle changes the radius; undo restores it.
            mouseDrag(map, 500, 300, 50, 0)
            verify(editor.radiusMeters > r * 1.3)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            fuzzyCompare(editor.radiusMeters, r, 1)
            compare(editor.finish().length, 72)

            editor.begin(CordonEditor.Tool.Rectangle)
            mouseClick(map, 300, 200)
            mouseClick(map, 500, 400)
            compare(editor.path.length, 4)
            compare(editor.problem, "")
            editor.cancel()
        }
    
        function test_lassoBecomesAPolygon() {
            editor.begin(CordonEditor.Tool.Lasso)
            const centre = map.center
            mousePress(map, 500, 300)
            const n = 72
            for (let i = 1; i <= n; ++i) {
                const a = 2 * Math.PI * i / n
                mouseMove(map, 400 + 100 * Math.cos(a), 300 + 100 * Math.sin(a))
            }
            mouseRelease(map, 500, 300)
            compare(editor.tool, CordonEditor.Tool.Polygon)
            compare(editor.problem, "")
            verify(editor.handleCount >= 8 && editor.handleCount < 60, editor.handleCount)
            // The area of the circle drawn (100 pixels at this zoom), within a few percent.
            const a = map.toCoordinate(Qt.point(400, 300), false)
            const b = map.toCoordinate(Qt.point(500, 300), false)
            const r = a.distanceTo(b)
            fuzzyCompare(editor.areaKm2, Math.PI * r * r / 1e6, Math.PI * r * r / 1e6 * 0.05)
            compare(map.center, centre) // the map did not pan
            // One undo step takes the whole lasso back.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(editor.handleCount, 0)
            editor.cancel()
        }
    }
}
