import QtQuick
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// Training never looks live: the camera wall in its own window (F9, --wall-window), the
// physical wall on a second screen, carries the TRAINING banner too, above the tiles.
TestCase {
    id: testCase
    name: "WallWindow"
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
            sceneSource: TestFixture.sceneSource
        }
    }

    function visibleTexts(root, text) {
        const found = []
        const visit = item => {
            if (item.text === text && item.visible && item.width > 0 && item.height > 0)
                found.push(item)
            for (let i = 0; i < item.children.length; ++i)
                visit(item.children[i])
        }
        visit(root)
        return found
    }

    function test_theWallsOwnWindowIsMarkedTraining() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        verify(TestFixture.session.training)
        const wall = win.wall
        win.wallDetached = true
        tryVerify(() => wall.Window.window !== null && wall.Window.window !== win, 5000)
        const wallWindow = wall.Window.window
        tryVerify(() => wallWindow.visible, 5000)
        verify(wallWindow.title.indexOf("TRAINING") >= 0, wallWindow.title)
        tryVerify(() => wall.width === wallWindow.width && wall.height > 0, 5000)
        const banners = visibleTexts(wallWindow.contentItem, "TRAINING")
        compare(banners.length, 1)
        // Above the tiles, not over them.
        const bannerBottom = banners[0].mapToItem(wallWindow.contentItem, 0, banners[0].height).y
        const wallTop = wall.mapToItem(wallWindow.contentItem, 0, 0).y
        verify(bannerBottom <= wallTop, bannerBottom + " > " + wallTop)
        // Back in the main window, the main window's banner is the one.
        win.wallDetached = false
        tryVerify(() => wall.Window.window === win, 5000)
    }

    // A training camera's tile shows a picture the simulated world draws: it reads SIMULATED, never
    // LIVE, as soon as its first picture is up.
    function test_trainingTilesNeverReadLive() {
        verify(TestFixture.startScenario("pickpocketing")) // a training run puts its cameras up
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        verify(TestFixture.session.training)
        tryVerify(() => visibleTexts(win.contentItem, "SIMULATED").length >= 4, 15000)
        compare(visibleTexts(win.contentItem, "LIVE").length, 0)
    }
}
