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
