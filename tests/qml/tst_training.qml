import QtQuick
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// The training panel over a real simulator: the pause button stops the clock and toggles, the
// instructor's "end run" brings up the debrief from the ScenarioScored event.
TestCase {
    id: testCase
    name: "TrainingPanel"
    when: windowShown
    width: 1600
    height: 900

    Component {
        id: mainComponent
        Main {
            world: TestFixture.world
            dispatch: TestFixture.dispatch
            session: TestFixture.session
            events: TestFixture.events
            timeControl: TestFixture.timeControl
            instructor: TestFixture.instructor
            zones: TestFixture.zones
            recommendations: TestFixture.recommendations
            tiles: TestFixture.tiles
            instructorOpen: true
        }
    }

    // Each test starts its own run of the scenario, at 1x and not paused.
    function init() {
        verify(TestFixture.startScenario("key-site-drills"))
        TestFixture.timeControl.setSpeed(1) // runs, at 1x
    }

    function test_panelShowsTheScenario() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        verify(win.trainingPanel.visible)
        verify(win.instructorPanel.visible)
        compare(TestFixture.world.scenario.scenarioId, "key-site-drills")
        verify(TestFixture.world.scenario.title.length > 0)
        verify(TestFixture.world.scenario.briefing.length > 0)
        verify(!TestFixture.world.scenario.ended)
    }

    function test_pauseButtonStopsTheClockAndToggles() {
        const win = createTemporaryObject(mainComponent, testCase)
        waitForRendering(win.contentItem)
        const pause = win.trainingPanel.pauseButton
        verify(!TestFixture.timeControl.paused)
        verify(!win.trainingPanel.stepButton.enabled)
        const audited = TestFixture.countAudited()
        mouseClick(pause)
        verify(TestFixture.timeControl.paused)
        verify(pause.checked)
        verify(win.trainingPanel.stepButton.enabled)
        compare(TestFixture.countAudited(), audited + 1) // pausing is an operator action
        // Paused, the simulated clock stands still...
        const clock = TestFixture.world.clock
        wait(1500)
        compare(TestFixture.world.clock, clock)
        // ...and a step moves it by one second (dozens of units report every second).
        mouseClick(win.trainingPanel.stepButton)
        compare(TestFixture.world.clock, clock + 1000)
        mouseClick(pause)
        verify(!TestFixture.timeControl.paused)
        verify(!pause.checked)
        tryVerify(() => TestFixture.world.clock > clock, 5000)
    }

    function test_speedButtonsChangeTheRate() {
        const win = createTemporaryObject(mainComponent, testCase)
        waitForRendering(win.contentItem)
        mouseClick(win.trainingPanel.speedButton(16))
        compare(TestFixture.timeControl.speed, 16)
        verify(win.trainingPanel.speedButton(16).checked)
        verify(!win.trainingPanel.speedButton(1).checked)
        mouseClick(win.trainingPanel.pauseButton)
        verify(!win.trainingPanel.speedButton(16).checked) // paused: no speed is running
        mouseClick(win.trainingPanel.speedButton(1)) // a speed resumes
        verify(!TestFixture.timeControl.paused)
        compare(TestFixture.timeControl.speed, 1)
    }

    function test_endRunShowsTheDebrief() {
        const win = createTemporaryObject(mainComponent, testCase)
        waitForRendering(win.contentItem)
        verify(!win.debrief.opened)
        const end = win.instructorPanel.endRunButton
        mouseClick(end) // the first click asks for confirmation
        verify(!TestFixture.world.scenario.ended)
        mouseClick(end)
        verify(TestFixture.world.scenario.ended)
        compare(TestFixture.world.scenario.endReason, "instructor")
        tryVerify(() => win.debrief.opened, 3000)
        verify(TestFixture.world.scenario.debriefPath.endsWith("debrief.json"))
        // The Scorer's figures reached the UI: the score out of its maximum, the orders.
        const debrief = TestFixture.world.scenario.debrief
        compare(debrief.scenario, "key-site-drills")
        verify(debrief.score.max > 0, JSON.stringify(debrief.score))
        verify(debrief.score.percent >= 0 && debrief.score.percent <= 100, JSON.stringify(debrief.score))
        compare(typeof debrief.orders.issued, "number")
        verify(debrief.orders.completed <= debrief.orders.issued, JSON.stringify(debrief.orders))
        verify(!win.instructorPanel.endRunButton.enabled)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "debrief-qml"))
    }
}
