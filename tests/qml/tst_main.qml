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
}
