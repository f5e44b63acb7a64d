import QtQuick
import QtTest
import QtPositioning
import Watchfloor.Core
import Watchfloor.Cordons
import Watchfloor.Ui
import Watchfloor.Testing

// The cordon panel in the main window over the training world's roads: nested boundary rings
// set in one audited action, their crossings listed by the suspect's arrival and drawn on the
// map, a bad name refused without setting anything, a cordon lifted; cordons imported from a
// file (a bad one sets none); a manning plan's activation and the cordon's closure recorded; a
// hot-listed plate's trail with the checkpoints it can reach next and a ring that follows it;
// points snapping to roads and boundaries.
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
            const t = desk.crossings.data(desk.crossings.index(i, 0), CrossingModel.ArrivalSecondsRole)
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
        // A second activation is refused: the plan is under way, and the desk says so.
        compare(desk.activateManning(), 0)
        verify(desk.statusIsError)
        verify(desk.status.indexOf("manning is active") >= 0, desk.status)

        // The units report on scene one by one: the cordon closes.
        const orders = TestFixture.world.orders
        for (let r = 0; r < orders.count; ++r) {
            const unit = String(orders.data(orders.index(r, 0), OrderModel.UnitIdRole))
            if (unit.startsWith("MAN-"))
                TestFixture.reportOnScene(orders.data(orders.index(r, 0), OrderModel.IdRole))
        }
        tryVerify(() => desk.closedPercent > 0, 5000, desk.manningSummary)
        const closedRows = desk.manning.filter(row => row.post === CordonPosts.Closed).length
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

    function rowOf(cordonId) {
        const cordons = TestFixture.world.cordons
        for (let r = 0; r < cordons.count; ++r) {
            if (cordons.data(cordons.index(r, 0), CordonModel.IdRole) === cordonId)
                return r
        }
        return -1
    }

    function logHas(text) {
        const log = TestFixture.events
        for (let r = 0; r < Math.min(log.count, 20); ++r) {
            if (String(log.data(log.index(r, 0), EventLogModel.TextRole)).indexOf(text) >= 0)
                return true
        }
        return false
    }

    function placemark(name, lat, lon, half) {
        const c = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
                   [lon - half, lat + half], [lon - half, lat - half]].map(p => p[0] + "," + p[1]).join(" ")
        return "<Placemark><name>" + name + "</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            + c + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>"
    }

    // A KML of two rings imported as the file dialog would: both set as cordons in one audited
    // action, listed in the panel and drawn on the map. Before it, a GeoJSON with a ring that
    // crosses itself sets nothing and the panel says which feature and why.
    function test_importedFileSetsCordons() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const desk = TestFixture.cordons
        win.mapView.cordonPanelOpen = true
        const before = TestFixture.world.cordons.count
        const audited = TestFixture.countAudited()

        const bad = TestFixture.writeTempFile("bad-rings.geojson",
            '{"type":"FeatureCollection","features":['
            + '{"type":"Feature","properties":{"name":"Good"},"geometry":{"type":"Polygon","coordinates":'
            + '[[[114.28,30.58],[114.32,30.58],[114.32,30.62],[114.28,30.62],[114.28,30.58]]]}},'
            + '{"type":"Feature","properties":{"name":"Bow tie"},"geometry":{"type":"Polygon","coordinates":'
            + '[[[114.0,30.0],[114.1,30.1],[114.1,30.0],[114.0,30.1],[114.0,30.0]]]}}]}')
        verify(!desk.importFile(bad))
        verify(desk.statusIsError)
        verify(desk.status.indexOf("feature 2 (Bow tie)") >= 0, desk.status)
        verify(desk.status.indexOf("crosses itself") >= 0, desk.status)
        compare(TestFixture.world.cordons.count, before)
        compare(TestFixture.countAudited(), audited)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-import-refused"))

        const kml = TestFixture.writeTempFile("rings.kml",
            '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            + placemark("汉口站 ring", 30.618, 114.255, 0.012) + placemark("Riverside ring", 30.585, 114.31, 0.01)
            + "</Document></kml>")
        verify(desk.importFile(kml), desk.status)
        verify(!desk.statusIsError, desk.status)
        verify(desk.status.indexOf("rings.kml") >= 0, desk.status)
        compare(TestFixture.world.cordons.count, before + 2)
        compare(TestFixture.countAudited(), audited + 1)
        verify(logHas("Cordon 汉口站 ring set"))
        verify(logHas("Cordon Riverside ring set"))
        // Both rings right of the panel.
        win.mapView.map.zoomLevel = 12
        win.mapView.map.center = QtPositioning.coordinate(30.60, 114.234)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-import"))
        // Lifted again, so that the other cases start from the cordons they expect.
        const cordons = TestFixture.world.cordons
        for (let r = cordons.count - 1; r >= before; --r)
            desk.clearCordon(cordons.data(cordons.index(r, 0), CordonModel.IdRole))
        compare(TestFixture.world.cordons.count, before)
    }

    // A small ring manned in full: the activation is an event of its own (the panel marks the
    // cordon "manning"), and when the last unit is on its post the cordon's closure is too.
    function test_activationAndClosureAreRecorded() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const desk = TestFixture.cordons
        win.mapView.cordonPanelOpen = true
        TestFixture.reportIncident("INC-CLOSE", 30.600, 114.290)
        desk.setIncidentPoint(30.600, 114.290)
        for (let i = 0; i < 16; ++i)
            TestFixture.addUnit("CL-" + i, "Close " + i, 30.585 + 0.01 * (i % 4), 114.275 + 0.01 * Math.floor(i / 4))
        const ring = [QtPositioning.coordinate(30.592, 114.282), QtPositioning.coordinate(30.592, 114.298),
                      QtPositioning.coordinate(30.608, 114.298), QtPositioning.coordinate(30.608, 114.282)]
        verify(desk.setRing(ring, "Small ring"), desk.status)
        verify(desk.crossings.count > 0, desk.summary)
        verify(desk.planManning(), desk.status)
        const plan = desk.manning
        compare(plan.filter(row => row.unitId === "").length, 0, desk.manningSummary)
        const id = desk.cordonId
        const cordons = TestFixture.world.cordons
        compare(cordons.data(cordons.index(rowOf(id), 0), CordonModel.StateRole), CordonModel.Set)

        compare(desk.activateManning(), plan.length)
        compare(cordons.data(cordons.index(rowOf(id), 0), CordonModel.StateRole), CordonModel.Activated)
        verify(logHas("Cordon " + id + " manning activated: " + plan.length + " order"))
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-activated"))

        const planned = plan.map(row => row.unitId)
        const orders = TestFixture.world.orders
        for (let r = 0; r < orders.count; ++r) {
            if (planned.indexOf(String(orders.data(orders.index(r, 0), OrderModel.UnitIdRole))) >= 0)
                TestFixture.reportOnScene(orders.data(orders.index(r, 0), OrderModel.IdRole))
        }
        tryVerify(() => cordons.data(cordons.index(rowOf(id), 0), CordonModel.StateRole) === CordonModel.Closed,
                  5000, desk.manningSummary)
        compare(desk.closedPercent, 100)
        verify(logHas("Cordon " + id + " closed: a unit on every post"))
        win.mapView.map.zoomLevel = 14
        win.mapView.map.center = QtPositioning.coordinate(30.60, 114.273) // the ring right of the panel
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "cordon-closed"))
        desk.clearCordon(id)
        // Off shift again, so that no other case plans with these units.
        for (let i = 0; i < 16; ++i)
            TestFixture.setStatus("CL-" + i, 3)
    }
}
