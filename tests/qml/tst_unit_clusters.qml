import QtQuick
import QtPositioning
import QtTest
import Watchfloor.Core
import Watchfloor.Ui
import Watchfloor.Testing

// Readable at scale: the main window over the training world with 10,000 units. Over Wuhan at
// zoom 11 and at zoom 14, units that would cover each other are drawn as one cluster: no two
// drawn unit symbols overlap by more than a quarter of the smaller one. The screenshots go to
// tests/ui/screenshots/ to be looked at.
TestCase {
    id: testCase
    name: "UnitClusters"
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

    // The worst overlap between two drawn symbols, as a share of the smaller one's square.
    function worstOverlap(symbols) {
        let worst = { share: 0, a: null, b: null }
        const sorted = symbols.slice().sort((p, q) => p.x - q.x)
        for (let i = 0; i < sorted.length; ++i) {
            const a = sorted[i]
            for (let j = i + 1; j < sorted.length; ++j) {
                const b = sorted[j]
                if (b.x - a.x > (a.size + b.size) / 2)
                    break // sorted by x: nothing further right can touch a
                const w = Math.min(a.x + a.size / 2, b.x + b.size / 2) - Math.max(a.x - a.size / 2, b.x - b.size / 2)
                const h = Math.min(a.y + a.size / 2, b.y + b.size / 2) - Math.max(a.y - a.size / 2, b.y - b.size / 2)
                if (w <= 0 || h <= 0)
                    continue
                const share = w * h / Math.min(a.size * a.size, b.size * b.size)
                if (share > worst.share)
                    worst = { share: share, a: a, b: b }
            }
        }
        return worst
    }

    function checkZoom(win, zoom, name) {
        const map = win.mapView
        map.map.center = QtPositioning.coordinate(30.5928, 114.3055)
        map.map.zoomLevel = zoom
        const layer = map.unitLayer
        // The layer rebuilds on the next frame for the new zoom.
        waitForRendering(win.contentItem)
        tryVerify(() => layer.drawnSymbols().length > 20, 5000)
        wait(300)
        const symbols = layer.drawnSymbols()
        const worst = worstOverlap(symbols)
        verify(worst.share <= 0.25, "zoom " + zoom + ": symbols at " + JSON.stringify(worst.a) + " and "
               + JSON.stringify(worst.b) + " overlap by " + worst.share.toFixed(2))
        let units = 0
        let clusters = 0
        for (const s of symbols) {
            units += s.count
            if (s.count > 1)
                ++clusters
        }
        TestFixture.saveScreenshot(win, name)
        return { symbols: symbols.length, units: units, clusters: clusters }
    }

    function test_tenThousandUnitsOverWuhan() {
        verify(TestFixture.startSimulator(10000))
        const win = createTemporaryObject(mainComponent, testCase)
        tryVerify(() => TestFixture.world.units.count >= 10000, 60000)
        tryVerify(() => win.mapView.unitLayer.count >= 10000, 10000)
        const far = checkZoom(win, 11, "units-10000-zoom11")
        // Far out most units are in clusters, and the clusters are few enough to read.
        verify(far.clusters > 5, JSON.stringify(far))
        verify(far.symbols < 600, JSON.stringify(far))
        verify(far.units > 1000, JSON.stringify(far))
        const near = checkZoom(win, 14, "units-10000-zoom14")
        // Closer in, clusters have come apart: fewer units per symbol drawn.
        verify(near.units / near.symbols < far.units / far.symbols, JSON.stringify([far, near]))
    }
}
