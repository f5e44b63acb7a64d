import QtQuick
import QtPositioning
import QtTest
import Watchfloor.Core
import Watchfloor.Ui
import Watchfloor.Testing

// The province's camera register in the main window: the map draws its cameras and the search
// box finds them, Shift+click ("cameras that see a place"), the wall's camera list and an alarm
// put them on the wall, all from a real camera index (TestFixture.cameraRegister).
TestCase {
    id: testCase
    name: "CameraRegister"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            world: TestFixture.world
            dispatch: TestFixture.dispatch
            session: TestFixture.session
            events: TestFixture.events
            tiles: TestFixture.tiles
            timeControl: TestFixture.timeControl
            instructor: TestFixture.instructor
            zones: TestFixture.zones
            recommendations: TestFixture.recommendations
            cameraRegister: TestFixture.cameraRegister
        }
    }

    function test_searchFindsARegisterCameraAndTheMapShowsIt() {
        const win = createTemporaryObject(mainComponent, testCase)
        const map = win.mapView
        verify(TestFixture.cameraRegister.ready)
        compare(TestFixture.cameraRegister.count, 62)
        verify(map.search("register gate"))
        compare(map.selectedKind, "camera")
        compare(map.selectedId, "RG-001")
        verify(map.map.zoomLevel >= 18)
        // The register's layer draws it on its own, under the middle of the map.
        const layer = map.layerOf("camera", "RG-001")
        tryVerify(() => layer.coordinateOf("RG-001").isValid, 5000)
        const p = layer.toScreen(31.6000, 110.2000)
        compare(layer.idAt(p.x, p.y, 10), "RG-001")
        TestFixture.saveScreenshot(win, "camera-register-search")
    }

    function test_farOutTheRegisterWaitsForStreetsThenClusters() {
        const win = createTemporaryObject(mainComponent, testCase)
        const map = win.mapView
        map.map.center = QtPositioning.coordinate(31.595, 110.185)
        map.map.zoomLevel = 11
        // A city's view: the register is not drawn (a city's worth of clusters would bury the
        // situation); the legend says from which zoom it is.
        const layer = map.layerOf("camera", "cluster-1")
        verify(!layer.visible)
        verify(map.legend.registerHidden)
        // Zoomed in to streets: the 62 cameras within 3 km are clusters and lone cameras.
        map.map.zoomLevel = map.registerMinZoom
        tryVerify(() => layer.visible && layer.count > 0, 5000)
        verify(!map.legend.registerHidden)
        const p = layer.toScreen(31.595, 110.185)
        const id = layer.idAt(p.x, p.y, 120)
        verify(id.startsWith("cluster-"), id)
        verify(Number(layer.markerData(id).label) > 1)
    }

    function test_shiftClickPutsTheCamerasThatSeeThePlaceUp() {
        const win = createTemporaryObject(mainComponent, testCase)
        const wall = win.wall
        wall.model.layout = "2x2"
        // 50 m east of RG-001, which looks east: it sees the place; RG-002 (110 m north,
        // looking south) does not quite, and comes later.
        const n = wall.showNear(31.6000, 110.2005)
        verify(n >= 2)
        compare(wall.model.cameraAt(0), "RG-001")
        compare(wall.model.data(wall.model.index(0, 0), WallModel.NameRole), "Register gate east")
        compare(wall.model.data(wall.model.index(0, 0), WallModel.MainUrlRole), "sim://camera/RG-001")
    }

    function test_theCameraListFindsRegisterCameras() {
        const win = createTemporaryObject(mainComponent, testCase)
        const wall = win.wall
        const found = wall.model.findCameras("register bridge", 10)
        compare(found.length, 1)
        compare(found[0].cameraId, "RG-002")
        wall.model.layout = "2x2"
        wall.model.assign(1, "RG-002")
        compare(wall.model.cameraAt(1), "RG-002")
        // A name prefix lists the grid in order.
        const grid = wall.model.findCameras("Register grid 1", 5)
        compare(grid.length, 5)
        compare(grid[0].name, "Register grid 1")
    }

    function test_anAlarmPutsRegisterCamerasOnTheReservedTiles() {
        const win = createTemporaryObject(mainComponent, testCase)
        const wall = win.wall
        wall.model.layout = "3x3"
        wall.model.popAlarm("QR1", "break-in", 31.6000, 110.2005)
        const first = wall.model.count - wall.model.reservedCount()
        compare(wall.model.cameraAt(first), "RG-001")
        wall.model.dismissAlarm()
    }
}
