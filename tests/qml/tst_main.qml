import QtQuick
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// The main window over a live model: the banner, the unit list and the event log follow the
// world, and an operator's order becomes an audited event.
TestCase {
    id: testCase
    name: "MainWindow"
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
        }
    }

    function test_trainingBannerAndTitle() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        verify(win.title.indexOf("TRAINING") >= 0)
        verify(win.header.visible)
        verify(win.header.height > 0)
    }

    function test_unitListFollowsTheWorld() {
        const win = createTemporaryObject(mainComponent, testCase)
        const before = TestFixture.world.units.count
        TestFixture.addUnit("QT1", "QT-01", 30.59, 114.30)
        TestFixture.addUnit("QT2", "QT-02", 30.60, 114.31)
        compare(TestFixture.world.units.count, before + 2)
        TestFixture.setStatus("QT2", 2)
        compare(TestFixture.world.units.data(TestFixture.world.units.index(before + 1, 0), 257 + 4), "on_scene")
        // Units appear in the event log, newest first.
        verify(TestFixture.events.count >= 2)
        compare(TestFixture.events.data(TestFixture.events.index(0, 0), 257 + 3), "Unit QT2 is on scene")
    }

    function test_orderNearestUnitIsAudited() {
        verify(TestFixture.startSimulator(5))
        const win = createTemporaryObject(mainComponent, testCase)
        const audited = TestFixture.countAudited()
        const orders = TestFixture.world.orders.count
        win.orderNearestUnit(30.59, 114.30)
        compare(TestFixture.world.orders.count, orders + 1)
        compare(TestFixture.countAudited(), audited + 1)
    }

    function test_incidentsAreCounted() {
        const win = createTemporaryObject(mainComponent, testCase)
        const before = TestFixture.world.incidents.count
        TestFixture.reportIncident("INC-QT", 30.58, 114.29)
        compare(TestFixture.world.incidents.count, before + 1)
    }

    function test_wallMovesToItsOwnWindowAndBack() {
        const win = createTemporaryObject(mainComponent, testCase)
        const wall = win.wall
        const slots = wall.model.count
        verify(wall.width <= 460)
        win.wallDetached = true
        verify(wall.detached)
        // In its own window (1280 wide on a single screen) the same wall, players and all.
        tryCompare(wall, "width", 1280)
        compare(wall.model.count, slots)
        win.wallDetached = false
        tryVerify(() => wall.width <= 460)
        verify(!wall.detached)
    }

    function test_cameraDraggedFromTheMapOntoATile() {
        const win = createTemporaryObject(mainComponent, testCase)
        TestFixture.addCamera("QC1", "Drag test 1", 32.50, 110.49)
        TestFixture.addCamera("QC2", "Drag test 2", 32.50, 110.50)
        const wall = win.wall
        wall.model.layout = "2x2"
        tryCompare(wall.model, "count", 4)
        verify(wall.model.cameraAt(0) !== "QC2")
        const map = win.mapView
        map.map.zoomLevel = 15
        map.centreOn(32.50, 110.50)
        const layer = map.layerOf("camera")
        tryVerify(() => layer.idAt(map.width / 2, map.height / 2, 10) === "QC2")
        // From the camera's marker to the middle of the first tile, in steps like a hand.
        const from = Qt.point(map.width / 2, map.height / 2)
        const to = wall.mapToItem(map, wall.width / 4, 30 + (wall.height - 30) / 4)
        mousePress(map, from.x, from.y)
        for (let i = 1; i <= 10; ++i)
            mouseMove(map, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10)
        mouseRelease(map, to.x, to.y)
        tryVerify(() => wall.model.cameraAt(0) === "QC2")
        // The map did not pan while the camera was carried.
        fuzzyCompare(map.map.center.longitude, 110.50, 1e-6)
    }
}
