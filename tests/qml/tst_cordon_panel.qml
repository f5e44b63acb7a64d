import QtQuick
import QtTest
import QtPositioning
import Watchfloor.Core
import Watchfloor.Cordons
import Watchfloor.Ui
import Watchfloor.Testing

// The cordon panel in the main window over the training world's roads: nested boundary rings
// set in one audited action, their crossings listed by the suspect's arrival and drawn on the
// map, a bad name refused without setting anything, a cordon lifted; a ring's manning plan; a
// hot-listed plate's trail with the checkpoints it can reach next and a ring that follows it.
TestCase {
    id: testCase
    name: "CordonPanel"
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
            cordons: TestFixture.cordons
        }
    }

    function test_nestedRingsCrossingsAndLift() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const desk = TestFixture.cordons
        verify(desk.hasRoads)
        win.mapView.cordonPanelOpen = true
        TestFixture.reportIncident("INC-CORDON", 30.5928, 114.3055)
        TestFixture.addSite("KK-1", "测试卡点", 0, 30.6, 114.3)

        // A name that is no boundary: refused, nothing set, nothing audited.
        const cordonsBefore = TestFixture.world.cordons.count
        const audited = TestFixture.countAudited()
        verify(!desk.setBoundary("Atlantis", true))
        verify(desk.statusIsError)
        compare(TestFixture.world.cordons.count, cordonsBefore)
        compare(TestFixture.countAudited(), audited)

        // A district with the city and the province around it: three rings, one audited action.
        verify(desk.setBoundary("江岸区", true), desk.status)
        compare(TestFixture.world.cordons.count, cordonsBefore + 3)
        compare(TestFixture.countAudited(), audited + 1)
        verify(!desk.statusIsError)
        // The last ring set (the district) is analysed: crossings of the training roads, by arrival.
        verify(desk.crossings.count > 0, desk.summary)
        verify(desk.summary.indexOf("江岸区") >= 0, desk.summary)
        // Earliest first; any the search did not reach (-1) come last.
        let last = 0
        let reached = 0
        let unreached = false
        for (let i = 0; i < desk.crossings.count; ++i) {
            const t = desk.crossings.data(desk.crossings.index(i, 0), 257 + 5)
            if (t < 0) {
                unreached = true
                continue
            }
            verify(!unreached, "a reached crossing after an unreached one")
            verify(t >= last)
            last = t
            ++reached
        }
        verify(reached > 0)
        win.mapView.map.zoomLevel = 12
        win.mapView.map.center = QtPositioning.coordinate(30.62, 114.32)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-panel"))

        // Lift the district ring: one more audited action, its crossings go.
        const id = desk.cordonId
        desk.clearCordon(id)
        compare(TestFixture.world.cordons.count, cordonsBefore + 2)
        compare(TestFixture.countAudited(), audited + 2)
        compare(desk.crossings.count, 0)
    }

    // A ring's manning plan: each crossing with the free unit that gets there first, gaps in red;
    // activated, one order per manned crossing (audited), and the cordon closes as units arrive.
    function test_manningPlanActivatesAndCloses() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const desk = TestFixture.cordons
        win.mapView.cordonPanelOpen = true
        TestFixture.reportIncident("INC-MAN", 30.62, 114.30)
        desk.setIncidentPoint(30.62, 114.30)
        // Units around the district, free.
        for (let i = 0; i < 12; ++i)
            TestFixture.addUnit("MAN-" + i, "Man " + i, 30.58 + 0.01 * (i % 4), 114.26 + 0.02 * Math.floor(i / 4))
        verify(desk.setBoundary("江岸区", false), desk.status)
        verify(desk.crossings.count > 0, desk.summary)
        verify(desk.planManning(), desk.status)
        const plan = desk.manning
        compare(plan.length, desk.crossings.count)
        let withUnit = 0
        const units = {}
        for (const row of plan) {
            if (row.unitId === "")
                continue
            ++withUnit
            verify(units[row.unitId] === undefined, "a unit planned twice: " + row.unitId)
            units[row.unitId] = true
            verify(row.unitMinutes > 0)
        }
        verify(withUnit > 0)
        verify(desk.manningSummary.indexOf(String(plan.length)) >= 0, desk.manningSummary)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-manning-plan"))

        // Leave the first crossing out, then activate: one order per other manned crossing.
        desk.setPostIncluded(0, false)
        const audited = TestFixture.countAudited()
        const ordersBefore = TestFixture.world.orders.count
        const expected = withUnit - (plan[0].unitId !== "" ? 1 : 0)
        compare(desk.activateManning(), expected)
        verify(desk.manningActive)
        compare(TestFixture.world.orders.count, ordersBefore + expected)
        verify(TestFixture.countAudited() > audited)
        compare(desk.closedPercent, 0)
        // A second activation is refused: the plan is under way.
        compare(desk.activateManning(), 0)

        // The units report on scene one by one: the cordon closes.
        const orders = TestFixture.world.orders
        for (let r = 0; r < orders.count; ++r) {
            const unit = String(orders.data(orders.index(r, 0), OrderModel.UnitIdRole))
            if (unit.startsWith("MAN-"))
                TestFixture.reportOnScene(orders.data(orders.index(r, 0), OrderModel.IdRole))
        }
        tryVerify(() => desk.closedPercent > 0, 5000, desk.manningSummary)
        const closedRows = desk.manning.filter(row => row.post === CordonDesk.Closed).length
        compare(closedRows, expected)
        verify(desk.manningSummary.indexOf("%") >= 0, desk.manningSummary)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-manning-active"))
        desk.clearCordon(desk.cordonId)
    }

    // A hot-listed plate read at three smart checkpoints: followed, its trail on the map with the
    // times, the checkpoints it can reach next from when; the drive-time ring follows the plate.
    function test_plateTrailAndItsRing() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const desk = TestFixture.cordons
        const trail = desk.plates
        win.mapView.platePanelOpen = true
        const sites = [["PT-1", 30.575, 114.255], ["PT-2", 30.590, 114.285], ["PT-3", 30.605, 114.310],
                       ["PT-4", 30.625, 114.335], ["PT-5", 30.640, 114.300], ["PT-6", 30.585, 114.340]]
        for (const s of sites)
            TestFixture.addSite(s[0], "卡口 " + s[0], 1, s[1], s[2])
        TestFixture.readPlate("PT-1", "鄂A·7T520", true)
        TestFixture.readPlate("PT-2", "鄂A·00001", false)
        TestFixture.readPlate("PT-2", "鄂A·7T520", true)
        TestFixture.readPlate("PT-3", "鄂A·7T520", true)
        compare(trail.hotPlates[0], "鄂A·7T520")

        verify(trail.follow("鄂a 7t520"), trail.status)
        compare(trail.plate, "鄂A·7T520")
        compare(trail.reads.length, 3)
        compare(trail.reads[2].siteId, "PT-3")
        verify(trail.ahead.length > 0, trail.status)
        for (const a of trail.ahead) {
            verify(a.siteId !== "PT-1" && a.siteId !== "PT-2" && a.siteId !== "PT-3", a.siteId)
            verify(a.time >= trail.reads[2].time)
        }
        const cordonsBefore = TestFixture.world.cordons.count
        const audited = TestFixture.countAudited()
        trail.ringFollows = true
        compare(TestFixture.world.cordons.count, cordonsBefore + 1)
        compare(TestFixture.countAudited(), audited + 1)
        verify(desk.summary.indexOf("鄂A·7T520") >= 0, desk.summary)

        win.mapView.map.zoomLevel = 13
        win.mapView.map.center = QtPositioning.coordinate(30.60, 114.30)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "plate-trail"))

        // Lifting the ring stops it following; the trail stays until the plate is let go.
        desk.clearCordon(desk.cordonId)
        verify(!trail.ringFollows)
        compare(trail.reads.length, 3)
        trail.stop()
        compare(trail.reads.length, 0)
        win.mapView.platePanelOpen = false
    }

    // Snapping: a click near a road or a boundary lands on it; with snapping off it stays put.
    function test_pointsSnapToRoadsAndBoundaries() {
        const editor = TestFixture.cordons.editor
        verify(editor.canSnap)
        editor.snapping = true
        editor.begin(CordonEditor.Tool.Polygon)
        const clicked = QtPositioning.coordinate(30.5928, 114.3055)
        editor.addPoint(clicked.latitude, clicked.longitude, 400)
        const snapped = editor.handles[0]
        const moved = clicked.distanceTo(snapped)
        verify(moved > 0 && moved <= 400, moved)
        // No radius, no snap; snapping off, no snap.
        editor.addPoint(30.60, 114.32, 0)
        compare(editor.handles[1].latitude, 30.60)
        editor.snapping = false
        editor.addPoint(30.61, 114.30, 400)
        compare(editor.handles[2].latitude, 30.61)
        compare(editor.handles[2].longitude, 114.30)
        editor.cancel()
        editor.snapping = true
    }
}
