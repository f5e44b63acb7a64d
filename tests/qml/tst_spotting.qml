import QtQuick
import QtTest
import QtPositioning
import Watchfloor.Core
import Watchfloor.Ui
import Watchfloor.Testing

// Spotting on the camera wall in the pickpocketing scenario: the wall fills with the Hubu
// Alley cameras, a pickpocket at work shows in a picture; the M key and a click on the
// pickpocket marks a real sighting, "Mark" and a click on a picture with nobody wanted in it a
// false one; the trainee's map places the sightings (on the ground the click showed) and the
// debrief counts them.
TestCase {
    id: testCase
    name: "Spotting"
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
            sceneSource: TestFixture.sceneSource
        }
    }

    // Where on a tile's picture the world's actor named like prefix stands (as 0..1), or null.
    function find(tile: WallTile, prefix: string): var {
        if (tile === null || tile.player.pictureTimeMs() <= 0)
            return null
        for (let y = 0.02; y < 1; y += 0.02) {
            for (let x = 0.01; x < 1; x += 0.01) {
                if (tile.player.actorAt(x, y).startsWith(prefix))
                    return Qt.point(x, y)
            }
        }
        return null
    }
    function clickOnPicture(tile: WallTile, p: point) {
        const b = tile.border.width
        mouseClick(tile, b + p.x * (tile.width - 2 * b), b + p.y * (tile.height - 2 * b))
    }

    function cleanup() {
        TestFixture.setTimeScale(1) // the next test's run goes at the normal pace
    }

    function test_markRealAndFalseSightings() {
        verify(TestFixture.startScenario("pickpocketing"))
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        const wall = win.wall
        wall.layout = "3x3" // nine of the alley's cameras
        // The scenario's wall: the Hubu Alley cameras on the first tiles.
        tryVerify(() => wall.tile(0) !== null && wall.tile(0).name.startsWith("户部巷"), 10000)
        TestFixture.setTimeScale(16)
        // Until a pickpocket at work is on a picture (the reports start 5 minutes in).
        let seenOn = -1, at = null
        tryVerify(() => {
            for (let slot = 0; slot < wall.model.count && seenOn < 0; ++slot) {
                const p = find(wall.tile(slot), "pickpocket:")
                if (p !== null) {
                    seenOn = slot
                    at = p
                }
            }
            return seenOn >= 0
        }, 150000, "no pickpocket showed on the Hubu Alley tiles")
        TestFixture.setTimeScale(0) // the picture holds still while the trainee marks
        const tile = wall.tile(seenOn)
        // The trainee looks closer: the tile fills the wall.
        wall.model.toggleMaximised(seenOn)
        tryVerify(() => tile.width > 400, 5000)
        wait(500)
        at = find(tile, "pickpocket:")
        verify(at !== null)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "spotting-pickpocket-on-the-wall"))

        // The trainee's way: a click on the tile gives the wall the keyboard, M arms the next
        // click, and a click on the pickpocket marks it.
        verify(!wall.spotting)
        win.requestActivate() // keys go to the active window
        tryVerify(() => win.active, 5000)
        clickOnPicture(tile, Qt.point(0.03, 0.5))
        tryVerify(() => wall.activeFocus, 2000, "a click on a tile did not give the wall the keyboard")
        wait(600) // not a double click (that maximises or restores the tile)
        keyClick(Qt.Key_M)
        verify(wall.spotting, "M did not arm marking")
        const seenBefore = TestFixture.world.lastSeen.count
        clickOnPicture(tile, at)
        verify(!wall.spotting)
        compare(TestFixture.dispatch.lastError, "")
        compare(TestFixture.events.data(TestFixture.events.index(0, 0), EventLogModel.TextRole),
                "Sighting marked on camera " + tile.cameraId)
        // The trainee's map now shows where the pickpocket was seen, with the picture's time:
        // on the ground the click showed (where the pickpocket stands), not at the camera.
        compare(seenBefore, 0)
        compare(TestFixture.world.lastSeen.count, 1)
        const seen = TestFixture.world.lastSeen
        const place = QtPositioning.coordinate(seen.data(seen.index(0, 0), LastSeenModel.LatitudeRole),
                                               seen.data(seen.index(0, 0), LastSeenModel.LongitudeRole))
        const cameras = TestFixture.world.cameras
        let camera = null
        for (let i = 0; i < cameras.count && camera === null; ++i) {
            if (cameras.data(cameras.index(i, 0), CameraModel.IdRole) === tile.cameraId)
                camera = QtPositioning.coordinate(cameras.data(cameras.index(i, 0), CameraModel.LatitudeRole),
                                                  cameras.data(cameras.index(i, 0), CameraModel.LongitudeRole))
        }
        verify(camera !== null && camera.isValid && place.isValid)
        const metres = camera.distanceTo(place)
        verify(metres > 3 && metres <= 401, "the mark is placed " + metres + " m from its camera")

        wall.model.toggleMaximised(seenOn) // back to the whole wall
        tryVerify(() => tile.width < 400, 5000)

        // Another tile with no pickpocket in its picture: a false sighting.
        let far = -1
        for (let slot = 0; slot < wall.model.count && far < 0; ++slot) {
            const t = wall.tile(slot)
            if (slot !== seenOn && t.cameraId !== "" && find(t, "pickpocket:") === null)
                far = slot
        }
        verify(far >= 0, "every tile shows a pickpocket")
        wall.spotting = true
        clickOnPicture(wall.tile(far), Qt.point(0.5, 0.1)) // the sky above the street
        compare(TestFixture.world.lastSeen.count, 2)
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "spotting-marked"))

        // The run ends; the debrief judges the two marks.
        verify(TestFixture.instructor.endRun())
        tryVerify(() => win.debrief.opened, 5000)
        const sightings = TestFixture.world.scenario.debrief.sightings
        compare(sightings.marked, 2)
        compare(sightings.real, 1)
        compare(sightings["false"], 1)
        compare(sightings.marks[0].real, true)
        verify(sightings.marks[0].suspect.startsWith("pickpocket:"))
        compare(sightings.marks[1].why, "no suspect in view")
        waitForRendering(win.contentItem)
        verify(TestFixture.saveScreenshot(win, "spotting-debrief"))
    }
}
