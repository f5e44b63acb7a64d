import QtQuick
import QtTest
import QtLocation
import QtPositioning
import Watchfloor.Ui

// The batched marker layer over a real QtLocation Map: it must draw where the Map puts a
// coordinate (any zoom, any bearing), hit-test, select, hide, fade with age and cluster.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: units
        ListElement { uid: "U1"; lat: 30.5928; lon: 114.3055; hdg: 90; st: 0; fix: 100000; cs: "WH-01" }
        ListElement { uid: "U2"; lat: 30.6000; lon: 114.2500; hdg: 180; st: 1; fix: 100000; cs: "WH-02" }
        ListElement { uid: "U3"; lat: 30.5500; lon: 114.3500; hdg: 0; st: 2; fix: 1000; cs: "HY-07" }
    }

    // Far out these merge: A and B are 20 m apart (one cell below zoom 11, 20 px apart at zoom
    // 17), C is stale, and twenty more sit within ~50 m of them; D is alone, 15 km away.
    ListModel {
        id: crowd
        ListElement { uid: "A"; lat: 30.5400; lon: 114.3000; st: 0; fix: 125000 }
        ListElement { uid: "B"; lat: 30.5400; lon: 114.3002; st: 2; fix: 125000 }
        ListElement { uid: "C"; lat: 30.5401; lon: 114.3001; st: 3; fix: 1000 }
        ListElement { uid: "D"; lat: 30.6500; lon: 114.4000; st: 1; fix: 125000 }
        Component.onCompleted: {
            for (let i = 0; i < 20; ++i)
                append({ uid: "N" + i, lat: 30.5398 + 0.00002 * i, lon: 114.2999, st: 1, fix: 125000 })
        }
    }

    Plugin {
        id: osm
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: "http://127.0.0.1:9/" }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: osm
        center: QtPositioning.coordinate(30.5928, 114.3055)
        zoomLevel: 12
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
    }

    MarkerLayer {
        id: layer
        anchors.fill: map
        center: map.center
        zoomLevel: map.zoomLevel
        bearing: map.bearing
        model: units
        roles: ({ id: "uid", latitude: "lat", longitude: "lon", heading: "hdg", style: "st", time: "fix", label: "cs" })
        colors: ["green", "orange", "red", "grey"]
        clock: 130000
        fadeAfter: 10000
        staleAfter: 60000
        refreshInterval: 0
    }

    MarkerLayer {
        id: crowdLayer
        anchors.fill: map
        center: map.center
        zoomLevel: map.zoomLevel
        bearing: map.bearing
        model: crowd
        roles: ({ id: "uid", latitude: "lat", longitude: "lon", style: "st", time: "fix" })
        colors: ["green", "orange", "red", "grey"]
        clock: 130000
        staleAfter: 60000
        detailMinZoom: 11
        refreshInterval: 0
        visible: false
    }

    TestCase {
        name: "MapLayers"
        when: windowShown

        function init() {
            map.zoomLevel = 12
            map.bearing = 0
            map.center = QtPositioning.coordinate(30.5928, 114.3055)
            layer.visible = true
            layer.selectedId = ""
            layer.clusterBelowZoom = 0
            tryCompare(layer, "count", 3)
        }

        function test_projection_matches_map_data() {
            return [
                { tag: "z12", zoom: 12, bearing: 0 },
                { tag: "z9.5 rotated", zoom: 9.5, bearing: 37 },
                { tag: "z15 rotated", zoom: 15, bearing: 200 },
                { tag: "z6", zoom: 6, bearing: 0 },
            ]
        }
        function test_projection_matches_map(data) {
            map.zoomLevel = data.zoom
            map.bearing = data.bearing
            for (let i = 0; i < units.count; ++i) {
                const u = units.get(i)
                const expected = map.fromCoordinate(QtPositioning.coordinate(u.lat, u.lon), false)
                const actual = layer.toScreen(u.lat, u.lon)
                verify(Math.abs(expected.x - actual.x) < 1.0, `${u.uid} x ${actual.x} vs ${expected.x}`)
                verify(Math.abs(expected.y - actual.y) < 1.0, `${u.uid} y ${actual.y} vs ${expected.y}`)
            }
        }

        function test_hit_testing() {
            const p = map.fromCoordinate(QtPositioning.coordinate(30.6, 114.25), false)
            compare(layer.idAt(p.x + 3, p.y - 2, 10), "U2")
            compare(layer.idAt(p.x + 40, p.y + 40, 10), "")
        }

        function test_hidden_layer_hits_nothing() {
            const p = map.fromCoordinate(QtPositioning.coordinate(30.5928, 114.3055), false)
            compare(layer.idAt(p.x, p.y, 10), "U1")
            layer.visible = false
            compare(layer.idAt(p.x, p.y, 10), "")
        }

        function test_selection_and_data() {
            layer.selectedId = "U1"
            compare(layer.selectedId, "U1")
            const d = layer.markerData("U1")
            compare(d.label, "WH-01")
            compare(d.style, 0)
            compare(d.stale, false)
            // U3's last fix is 129 s old: stale after 60 s.
            compare(layer.markerData("U3").stale, true)
            compare(Object.keys(layer.markerData("nope")).length, 0)
        }

        function test_search_by_label() {
            compare(layer.findLabel("hy-07"), "U3")
            compare(layer.findLabel("WH"), "U1")
            compare(layer.findLabel("zz"), "")
            const c = layer.coordinateOf("U2")
            fuzzyCompare(c.latitude, 30.6, 1e-9)
        }

        function test_updates_follow_the_model() {
            units.setProperty(1, "lat", 30.61)
            tryVerify(() => Math.abs(layer.coordinateOf("U2").latitude - 30.61) < 1e-9)
            units.append({ uid: "U4", lat: 30.5, lon: 114.2, hdg: 0, st: 3, fix: 100000, cs: "WH-04" })
            tryCompare(layer, "count", 4)
            units.remove(3)
            tryCompare(layer, "count", 3)
            units.setProperty(1, "lat", 30.6)
        }

        function test_clusters_at_low_zoom() {
            layer.clusterBelowZoom = 10
            map.zoomLevel = 6
            verify(layer.clustered)
            map.zoomLevel = 12
            verify(!layer.clustered)
        }

        // Shows the crowd at a zoom and waits until the layer has rebuilt for it: first half a
        // level off, then at the zoom, so that a rebuild happens whatever was built before.
        function showCrowd(zoom: real): void {
            tryCompare(crowdLayer, "count", 24)
            map.center = QtPositioning.coordinate(30.5400, 114.3001)
            for (const z of [zoom + 0.5, zoom]) {
                const before = crowdLayer.geometryUploads
                map.zoomLevel = z
                crowdLayer.visible = true
                tryVerify(() => crowdLayer.geometryUploads > before, 2000, `no rebuild at zoom ${z}`)
            }
        }

        function test_merged_far_out() {
            showCrowd(9)
            // A, B, C and the twenty in one or two cells, D alone.
            verify(crowdLayer.drawnCount <= 3, `drawn: ${crowdLayer.drawnCount}`)
            // The merged marker is the most urgent (B, on scene) and hit-tests as that unit.
            const p = crowdLayer.toScreen(30.5400, 114.3001)
            compare(crowdLayer.idAt(p.x, p.y, 10), "B")
            const d = crowdLayer.toScreen(30.65, 114.4)
            compare(crowdLayer.idAt(d.x, d.y, 10), "D")
            crowdLayer.visible = false
        }

        function test_merge_priority_and_stale() {
            // Off duty (3) first, then available: C is off duty but stale, so it never wins.
            crowdLayer.stylePriority = [1, 0, 0, 2]
            showCrowd(9)
            const p = crowdLayer.toScreen(30.5400, 114.3001)
            compare(crowdLayer.idAt(p.x, p.y, 10), "A")
            crowdLayer.stylePriority = []
            crowdLayer.visible = false
        }

        function test_merged_markers_exact_close_in() {
            showCrowd(17)
            compare(crowdLayer.drawnCount, 23) // D is beyond the neighbourhood built close in
            // 20 m apart: each hit-tests to itself, not to the marker that stood for both.
            const a = crowdLayer.toScreen(30.5400, 114.3000)
            const b = crowdLayer.toScreen(30.5400, 114.3002)
            verify(b.x - a.x > 15, `A-B ${b.x - a.x} px`)
            compare(crowdLayer.idAt(a.x, a.y, 6), "A")
            compare(crowdLayer.idAt(b.x, b.y, 6), "B")
            crowdLayer.visible = false
        }

        function test_selected_marker_never_merged() {
            crowdLayer.selectedId = "N3"
            showCrowd(9)
            const p = crowdLayer.toScreen(30.5398 + 0.00006, 114.2999)
            compare(crowdLayer.idAt(p.x, p.y, 1), "N3")
            crowdLayer.selectedId = ""
            crowdLayer.visible = false
        }

        function test_geometry_not_rebuilt_by_panning() {
            wait(50)
            const before = layer.geometryUploads
            for (let i = 0; i < 10; ++i) {
                map.center = QtPositioning.coordinate(30.5928 + i * 0.001, 114.3055)
                map.bearing = i * 5
                wait(16)
            }
            // A pan or a turn moves one transform; the vertices stay where they are.
            verify(layer.geometryUploads - before <= 1, `uploads: ${layer.geometryUploads - before}`)
        }
    }
}
