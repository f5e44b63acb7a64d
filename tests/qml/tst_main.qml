import QtQuick
import QtTest
import Watchfloor.Core
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
            zones: TestFixture.zones
            recommendations: TestFixture.recommendations
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

    // The dispatcher's path: an alert in the queue becomes an incident, the incident's units are
    // ranked by road time against its target, the best is dispatched, its order's states arrive
    // from the simulated crew, and the incident is resolved and leaves the open count.
    function test_alertToIncidentToDispatchToResolve() {
        verify(TestFixture.startSimulator(40))
        TestFixture.setTimeScale(32)
        const win = createTemporaryObject(mainComponent, testCase)
        const panel = win.dispatchPanel
        const open = TestFixture.world.incidents.openCount
        const audited = TestFixture.countAudited()
        TestFixture.raiseAlert("QA1", "fight outside the station", 30.5928, 114.3055)
        tryVerify(() => panel.queueModel.count > 0)
        compare(panel.currentTab, 0)
        // Critical alerts come first: the new one is on top.
        compare(panel.queueModel.alertIdAt(0), "QA1")
        panel.alertQueue.currentIndex = 0
        panel.alertQueue.makeIncident()
        tryVerify(() => win.newIncidentDialog.opened)
        win.newIncidentDialog.accept()
        // The alert left the queue, attached to the new incident, which is now chosen.
        tryCompare(TestFixture.world.incidents, "openCount", open + 1)
        tryVerify(() => panel.queueModel.alertIdAt(0) !== "QA1")
        compare(panel.currentTab, 1)
        const incident = panel.incidentPanel.currentIncidentId
        verify(incident !== "")
        compare(TestFixture.recommendations.incidentId, incident)
        // Central Wuhan: a 3-minute target, and units ranked by road.
        compare(TestFixture.recommendations.zone, ResponseZoneModel.Central)
        compare(TestFixture.recommendations.targetSeconds, 180)
        tryVerify(() => TestFixture.recommendations.count > 0)
        const best = TestFixture.recommendations.best(1)
        panel.incidentPanel.dispatchUnits(best)
        verify(TestFixture.countAudited() >= audited + 2) // the incident (with its alert) and the order
        // The order's states arrive from the simulated crew; the incident follows them.
        tryVerify(() => {
            for (let i = 0; i < TestFixture.world.orders.count; ++i) {
                const idx = TestFixture.world.orders.index(i, 0)
                if (TestFixture.world.orders.data(idx, OrderModel.IncidentIdRole) === incident
                        && TestFixture.world.orders.data(idx, OrderModel.StateNameRole) === "en_route")
                    return true
            }
            return false
        }, 20000)
        verify(TestFixture.saveScreenshot(win, "dispatch-flow"))
        verify(TestFixture.dispatch.setIncidentStage(incident, IncidentModel.Resolved, "test"))
        compare(TestFixture.world.incidents.openCount, open)
    }

    function test_incidentsAreCounted() {
        const win = createTemporaryObject(mainComponent, testCase)
        const before = TestFixture.world.incidents.count
        const open = TestFixture.world.incidents.openCount
        TestFixture.reportIncident("INC-QT", 30.58, 114.29)
        compare(TestFixture.world.incidents.count, before + 1)
        compare(TestFixture.world.incidents.openCount, open + 1)
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
        const layer = map.layerOf("camera", "")
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
