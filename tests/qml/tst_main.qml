import QtQuick
import QtPositioning
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
            coverage: TestFixture.coverage
            routes: TestFixture.routes
        }
    }

    function test_trainingBannerAndTitle() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        verify(win.title.indexOf("TRAINING") >= 0)
        verify(win.header.visible)
        verify(win.header.height > 0)
    }

    // Each key does one thing: two enabled shortcuts on one sequence make Qt fire neither.
    function test_everyShortcutDoesOneThing() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        waitForRendering(win.contentItem)
        verify(TestFixture.session.training) // the instructor's keys are on too
        compare(TestFixture.clashingShortcuts(win), [])
    }

    // A unit's road route to a clicked place with its ETA in words, then the drive-time areas
    // around another place; Esc clears them.
    function test_routeToAClickedPlaceAndDriveTimeAreas() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        TestFixture.addUnit("RT-1", "Route 1", 30.5928, 114.3055)
        const panel = win.mapView
        panel.map.center = QtPositioning.coordinate(30.5928, 114.3055)
        panel.map.zoomLevel = 13
        tryVerify(() => panel.unitLayer.count > 0, 5000)
        panel.select("unit", "RT-1")
        panel.startRouteTo()
        compare(panel.picking, MapPanel.Pick.RouteTo)
        mouseClick(panel.map, panel.map.width * 0.8, panel.map.height * 0.25)
        compare(panel.picking, MapPanel.Pick.None)
        const routes = TestFixture.routes
        tryVerify(() => routes.mode === RoutePreview.Route && !routes.busy, 30000)
        compare(routes.problem, "")
        compare(routes.unitId, "RT-1")
        verify(routes.path.length > 2)
        verify(routes.seconds > 30, routes.summary)
        verify(routes.summary.indexOf("km") >= 0, routes.summary)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "route-to"))

        panel.startDriveAreas()
        compare(panel.picking, MapPanel.Pick.DriveAreas)
        mouseClick(panel.map, panel.map.width / 2, panel.map.height / 2)
        tryVerify(() => routes.mode === RoutePreview.Areas && !routes.busy, 30000)
        compare(routes.problem, "")
        verify(routes.areas.length >= 3)
        compare(routes.path.length, 0) // the route made way for the areas
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "drive-time-areas"))
        win.requestActivate() // a window's shortcuts need it active
        tryVerify(() => win.active, 5000)
        keyClick(Qt.Key_Escape)
        compare(routes.mode, RoutePreview.None)
    }

    function test_unitListFollowsTheWorld() {
        const win = createTemporaryObject(mainComponent, testCase)
        const before = TestFixture.world.units.count
        TestFixture.addUnit("QT1", "QT-01", 30.59, 114.30)
        TestFixture.addUnit("QT2", "QT-02", 30.60, 114.31)
        compare(TestFixture.world.units.count, before + 2)
        TestFixture.setStatus("QT2", 2)
        compare(TestFixture.world.units.data(TestFixture.world.units.index(before + 1, 0), UnitModel.StatusNameRole), "on_scene")
        // Units appear in the event log, newest first.
        verify(TestFixture.events.count >= 2)
        compare(TestFixture.events.data(TestFixture.events.index(0, 0), EventLogModel.TextRole), "Unit QT2 is on scene")
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

    // The coverage layer: F8 shows where the free units can be within 1, 3 and 5 minutes and the
    // zones' gaps; ticking units for an incident shows the coverage they would leave behind.
    function test_coverageLayerAndWhatIf() {
        verify(TestFixture.startSimulator(40))
        const win = createTemporaryObject(mainComponent, testCase)
        const coverage = TestFixture.coverage
        const before = coverage.updates
        verify(!coverage.active)
        win.mapView.legend.coverageOn = true
        verify(coverage.active)
        tryVerify(() => coverage.updates > before, 20000)
        verify(coverage.rowCount() > 0)
        verify(coverage.freeUnits > 0)
        const central = coverage.coveredPercent(ResponseZoneModel.Central)
        verify(central >= 0 && central <= 100, central)
        compare(coverage.coveredPercentBefore(ResponseZoneModel.Central), central)

        // An incident in central Wuhan; its five fastest units ticked.
        TestFixture.reportIncident("QC1", 30.5928, 114.3055)
        const panel = win.dispatchPanel
        panel.showIncident("QC1")
        tryCompare(TestFixture.recommendations, "incidentId", "QC1")
        tryVerify(() => TestFixture.recommendations.count >= 5)
        for (const id of TestFixture.recommendations.best(5))
            panel.incidentPanel.choose(id, true)
        compare(coverage.withoutUnits.length, 5)
        const updates = coverage.updates
        tryVerify(() => coverage.updates > updates && !coverage.busy, 20000)
        // Five units near the incident gone: less of the centre is reached in time.
        verify(coverage.coveredPercent(ResponseZoneModel.Central) < coverage.coveredPercentBefore(ResponseZoneModel.Central),
               coverage.coveredPercent(ResponseZoneModel.Central) + " vs " + coverage.coveredPercentBefore(ResponseZoneModel.Central))
        win.mapView.centreOn(30.5928, 114.3055)
        win.mapView.map.zoomLevel = 12
        wait(300)
        verify(TestFixture.saveScreenshot(win, "coverage-what-if"))
        // Unticked: the what-if ends.
        panel.incidentPanel.setChosen({})
        compare(coverage.withoutUnits.length, 0)
        win.mapView.legend.coverageOn = false
        verify(!coverage.active)
    }

    // A new urgent alert sounds the chime, unless muted; W puts its cameras on the wall.
    function test_urgentAlertChimeAndCameras() {
        const win = createTemporaryObject(mainComponent, testCase)
        const panel = win.dispatchPanel
        const chimes = panel.announcements
        TestFixture.raiseAlert("QS1", "alarm at the bank", 30.59, 114.30)
        tryCompare(panel, "announcements", chimes + 1)
        panel.muted = true
        TestFixture.raiseAlert("QS2", "alarm at the jeweller", 30.59, 114.31)
        tryVerify(() => panel.queueModel.urgentCount >= 2)
        compare(panel.announcements, chimes + 1)
        panel.muted = false

        const spy = createTemporaryObject(signalSpy, testCase, { target: panel.alertQueue, signalName: "camerasRequested" })
        panel.currentTab = 0
        // Other tests' alerts share the fixture's world: choose this test's own alert.
        let row = -1
        for (let i = 0; i < panel.queueModel.count; ++i) {
            if (panel.queueModel.alertIdAt(i) === "QS1")
                row = i
        }
        verify(row >= 0)
        panel.alertQueue.currentIndex = row
        win.requestActivate()
        tryVerify(() => win.active)
        panel.alertQueue.forceActiveFocus()
        keyClick(Qt.Key_W)
        compare(spy.count, 1)
        fuzzyCompare(spy.signalArguments[0][0], 30.59, 0.001)
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }

    // A lookout from the incident panel: Ctrl+L opens it around the chosen incident; without a
    // plate or a description it is refused in the dialog and nothing goes out; with a plate every
    // simulated unit around the incident gets a lookout order. The statistics tab counts the
    // incident.
    function test_lookoutAroundAnIncident_andTheShiftStatistics() {
        verify(TestFixture.startSimulator(40))
        const win = createTemporaryObject(mainComponent, testCase)
        const panel = win.dispatchPanel
        TestFixture.reportIncident("INC-LOOK", 30.5928, 114.3055)
        panel.showIncident("INC-LOOK")
        compare(panel.incidentPanel.currentIncidentId, "INC-LOOK")
        const orders = TestFixture.world.orders.count
        win.requestActivate()
        tryVerify(() => win.active) // keys go to the focused window
        keySequence("Ctrl+L")
        const dialog = win.lookoutDialog
        tryVerify(() => dialog.opened)
        compare(dialog.incidentId, "INC-LOOK")
        fuzzyCompare(dialog.latitude, 30.5928, 1e-6)
        dialog.accept()
        // Refused: the dialog says why and stays open with what was typed.
        tryVerify(() => dialog.errorText.indexOf("plate or a description") >= 0)
        tryVerify(() => dialog.visible)
        compare(TestFixture.world.orders.count, orders)
        dialog.plate = "鄂A12345"
        dialog.radiusMeters = 50000
        dialog.accept()
        tryVerify(() => !dialog.opened)
        verify(TestFixture.world.orders.count > orders)
        const idx = TestFixture.world.orders.index(TestFixture.world.orders.count - 1, 0)
        compare(TestFixture.world.orders.data(idx, OrderModel.TaskRole), "lookout")
        compare(TestFixture.world.orders.data(idx, OrderModel.IncidentIdRole), "INC-LOOK")

        panel.currentTab = 4
        panel.statistics.refresh()
        verify(panel.statistics.incidents >= 1)
        compare(panel.statistics.classes.length, 4)
    }

    // The chosen incident stays chosen when a newer one arrives and the list re-sorts: the
    // highlight, the recommendations and any dispatch follow the incident, not a row number.
    function test_choiceStaysOnItsIncidentWhenTheListChanges() {
        const win = createTemporaryObject(mainComponent, testCase)
        const panel = win.dispatchPanel
        TestFixture.reportIncident("INC-KEEP", 30.51, 114.21)
        panel.showIncident("INC-KEEP")
        compare(panel.incidentPanel.currentIncidentId, "INC-KEEP")
        TestFixture.reportIncident("INC-NEWER", 30.71, 114.41)
        compare(panel.incidentPanel.currentIncidentId, "INC-KEEP")
        fuzzyCompare(panel.incidentPanel.currentLatitude, 30.51, 1e-6)
        compare(TestFixture.recommendations.incidentId, "INC-KEEP")
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

    function test_arrowKeysPanAndPlusMinusZoomTheMap() {
        const win = createTemporaryObject(mainComponent, testCase)
        const panel = win.mapView
        panel.centreOn(30.59, 114.30)
        waitForRendering(win.contentItem)
        win.requestActivate() // keys go to the active window
        tryVerify(() => win.active, 5000)
        // A click on the map gives it the keyboard.
        mouseClick(panel.map, panel.map.width / 2, panel.map.height - 60)
        tryVerify(() => panel.map.activeFocus, 2000)
        // Numbers, not the coordinate: a value read from a property follows the property.
        const lon0 = panel.map.center.longitude, lat0 = panel.map.center.latitude
        keyClick(Qt.Key_Right)
        const lon1 = panel.map.center.longitude
        // A quarter of the view: some hundreds of metres at least.
        verify(lon1 > lon0 + 0.002, lon1 - lon0)
        fuzzyCompare(panel.map.center.latitude, lat0, 1e-6)
        keyClick(Qt.Key_Up)
        verify(panel.map.center.latitude > lat0 + 0.002)
        const zoom = Math.round(panel.map.zoomLevel)
        keyClick(Qt.Key_Plus)
        compare(panel.map.zoomLevel, zoom + 1)
        keyClick(Qt.Key_Minus)
        keyClick(Qt.Key_Minus)
        compare(panel.map.zoomLevel, zoom - 1)
        const lon2 = panel.map.center.longitude
        keyClick(Qt.Key_Left)
        verify(panel.map.center.longitude < lon2 - 0.002)
    }
}
