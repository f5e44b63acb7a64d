import QtQuick
import QtTest
import Watchfloor.Ui
import Watchfloor.Testing

// Names and texts come from outside: a camera file, a connector, a scenario. Markup in them is
// shown as the characters it is, never read as rich text (an <img> would fetch a picture from
// anywhere, <b> would restyle the text).
TestCase {
    id: testCase
    name: "HostileText"
    when: windowShown

    readonly property string hostile: "<img src=\"http://127.0.0.1:9/x.png\"><b>x</b>"

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

    // Every item under root that shows text containing marker and has a text format.
    function textsShowing(root, marker) {
        const found = []
        const visit = item => {
            if (typeof item.text === "string" && item.text.indexOf(marker) >= 0 && item.textFormat !== undefined)
                found.push(item)
            for (let i = 0; i < item.children.length; ++i)
                visit(item.children[i])
        }
        visit(root)
        return found
    }

    function test_outsideTextIsShownLiterally() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        TestFixture.addCamera("HOSTILE-CAM", hostile, 30.5928, 114.3055)
        TestFixture.addUnit("HOSTILE-UNIT", hostile, 30.5930, 114.3050)
        TestFixture.reportIncidentWithSummary("HOSTILE-INC", hostile, 30.5925, 114.3060)
        TestFixture.raiseAlert("HOSTILE-ALERT", hostile, 30.5928, 114.3055)
        // The wall tile, the unit list, the event log and the wall's alarm banner all show it.
        const root = win.contentItem.parent
        tryVerify(() => textsShowing(root, "<b>x</b>").length >= 4, 5000)
        for (const t of textsShowing(root, "<b>x</b>")) {
            compare(t.textFormat, Text.PlainText, "rich text allowed in " + t + ": " + t.text)
            // Literally: as wide as its forty-odd characters, not as one "x" and a picture.
            verify(t.implicitWidth > t.font.pixelSize * 8, t + " is " + t.implicitWidth + " px wide")
        }
    }
}
