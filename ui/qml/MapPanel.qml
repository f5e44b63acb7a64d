pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtLocation
import QtPositioning
import Watchfloor.Core
import Watchfloor.Cordons
import Watchfloor.Theme
import Watchfloor.Ui

// The situation map: the offline base map from the built-in tile service, and over it one
// batched scene-graph layer per kind of thing (units, cameras, sites, incidents, congestion).
// Each layer is a single item drawing all its markers; it follows the Map's camera through
// three bindings (centre, zoom, bearing), never through per-marker bindings.
Item {
    id: panel
    // Markers of the batched layers are drawn by position, not laid out: without the clip they
    // spill over the unit list when the wall takes most of the window.
    clip: true
    required property WorldState world
    required property string tileUrl
    required property MapTiles tiles
    // The response zones, drawn while zonesOn.
    property ResponseZoneModel zones: null
    readonly property bool zonesOn: legend.zonesOn
    // Where free units can be within 1, 3 and 5 minutes and the zones' gaps, drawn while coverageOn.
    property CoverageModel coverage: null
    // A supervisor's zone drawing tool; null: none.
    property ZoneEditor zoneEditor: null
    readonly property bool coverageOn: legend.coverageOn
    property alias map: map
    // The province's camera register (millions of cameras in a camera index), drawn over the
    // world's own cameras and searched with them; null: the world's cameras only.
    property CameraRegister cameraRegister: null
    readonly property string cameraDatabase: panel.cameraRegister ? panel.cameraRegister.path : ""
    // A short text on the map under a marker of its own (the plate trail's times): white on the
    // marker's colour, readable on any tile and apart from the layers' own labels.
    component MapLabel: Rectangle {
        property alias text: label.text
        property color fill: Theme.onLightSecondary
        width: label.implicitWidth + 8
        height: label.implicitHeight + 2
        radius: 3
        color: fill
        Text {
            id: label
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: 11
            font.bold: true
            textFormat: Text.PlainText
        }
    }
    // The register is drawn from this zoom on: further out its clusters, a city's worth of
    // cameras each, would cover the units and incidents the map is for.
    readonly property int registerMinZoom: 14
    // The cordon tools (drawing, boundaries, drive-time rings, crossings); null: none.
    property CordonDesk cordons: null
    property bool cordonPanelOpen: false
    property bool platePanelOpen: false
    // A unit's route to a clicked place and the drive-time areas around one; null: none.
    property RoutePreview routes: null
    // The instructor's map only: the training world's suspects with their tracks (the
    // Instructor's suspects()); empty on the trainee's map.
    property var suspectTracks: []
    // What the next click on the map is for: nothing special, the selected unit's destination,
    // or the centre of the drive-time areas.
    enum Pick { None, RouteTo, DriveAreas }
    property int picking: MapPanel.Pick.None
    function startRouteTo() {
        if (panel.routes !== null && panel.selectedKind === "unit")
            panel.picking = MapPanel.Pick.RouteTo
    }
    function startDriveAreas() {
        if (panel.routes !== null)
            panel.picking = MapPanel.Pick.DriveAreas
    }
    readonly property bool drawingCordon: (panel.cordons !== null && panel.cordons.editor.editing)
                                          || (panel.zoneEditor !== null && panel.zoneEditor.drawing.editing)
    // Age of a unit's last position fix at which it starts fading, and at which it is stale.
    property real fadeAfterSeconds: 30
    property real staleAfterSeconds: 120
    // What is selected: the kind ("unit", "camera", "site", "incident", "congestion") and id.
    property string selectedKind: ""
    property string selectedId: ""
    property string followedUnit: ""
    property int dataRevision: 0
    readonly property alias unitLayer: unitLayer
    readonly property alias legend: legend

    function centreOn(latitude: real, longitude: real) {
        map.center = QtPositioning.coordinate(latitude, longitude)
        if (map.zoomLevel < 13)
            map.zoomLevel = 13
    }

    function select(kind: string, id: string) {
        panel.selectedKind = kind
        panel.selectedId = id
        if (kind !== "unit" || id !== panel.followedUnit)
            panel.followedUnit = ""
    }

    // id tells the world's cameras from the register's (both are "camera").
    function layerOf(kind: string, id: string): MarkerLayer {
        switch (kind) {
        case "unit": return unitLayer
        case "camera":
            return panel.cameraDatabase !== "" && id !== "" && !cameraLayer.coordinateOf(id).isValid
                ? indexedCameraLayer : cameraLayer
        case "site": return siteLayer
        case "incident": return incidentLayer
        case "congestion": return congestionLayer
        }
        return null
    }

    // The topmost marker under a point: [kind, id], or [] when there is none.
    function hitTest(x: real, y: real): list<string> {
        const order = ["incident", "unit", "site", "camera", "congestion"]
        for (const kind of order) {
            const layer = panel.layerOf(kind, "")
            if (!layer.visible)
                continue
            const id = layer.idAt(x, y, kind === "congestion" ? 16 : 10)
            if (id !== "")
                return [kind, id]
        }
        if (indexedCameraLayer.visible) {
            const id = indexedCameraLayer.idAt(x, y, 10)
            if (id !== "")
                return ["camera", id]
        }
        return []
    }

    // Search by unit call sign, camera name or place name; centres the map on what it finds.
    function search(text: string): bool {
        const kinds = ["unit", "camera", "site"]
        for (const kind of kinds) {
            const layer = panel.layerOf(kind, "")
            const id = layer.findLabel(text)
            if (id !== "") {
                const c = layer.coordinateOf(id)
                panel.centreOn(c.latitude, c.longitude)
                panel.select(kind, id)
                return true
            }
        }
        // The register: a camera by id or name, shown close enough to stand on its own.
        if (panel.cameraRegister !== null && panel.cameraRegister.ready) {
            const camera = panel.cameraRegister.lookup(text)
            if (camera.found) {
                map.center = QtPositioning.coordinate(camera.latitude, camera.longitude)
                map.zoomLevel = Math.max(map.zoomLevel, 18)
                panel.select("camera", camera.cameraId)
                return true
            }
        }
        const place = mapSearch.findPlace(text)
        if (place.found) {
            map.center = QtPositioning.coordinate(place.latitude, place.longitude)
            map.zoomLevel = place.kind === "city" ? 11 : 15
            return true
        }
        return false
    }

    MapSearch { id: mapSearch }
    CameraDragProxy { id: cameraDrag }

    function openOfflineArea() {
        const tl = map.toCoordinate(Qt.point(0, 0), false)
        const br = map.toCoordinate(Qt.point(map.width, map.height), false)
        offlineArea.viewBox = { north: tl.latitude, west: tl.longitude, south: br.latitude, east: br.longitude }
        offlineArea.viewZoom = map.zoomLevel
        offlineArea.open()
    }
    Shortcut { sequence: "Ctrl+Alt+O"; onActivated: panel.openOfflineArea() }

    Plugin {
        id: basemap
        name: "osm"
        // The custom host is the only provider: no provider repository, no network.
        PluginParameter { name: "osm.mapping.custom.host"; value: panel.tileUrl }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
        PluginParameter { name: "osm.mapping.highdpi_tiles"; value: false }
        PluginParameter { name: "osm.useragent"; value: "Watchfloor" }
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: basemap
        center: QtPositioning.coordinate(30.5928, 114.3055) // Wuhan
        zoomLevel: 11
        minimumZoomLevel: 5
        maximumZoomLevel: 18
        copyrightsVisible: false
        color: Theme.mapGround
        // The custom host is the last map type the osm plugin offers.
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]

        // The keyboard, once the map has focus (a click on it, or Tab): the arrows pan by a
        // quarter of the view (Shift: half), + and - zoom by a level. Panning stops following.
        activeFocusOnTab: true
        Keys.onPressed: event => {
            const step = (event.modifiers & Qt.ShiftModifier) ? 0.5 : 0.25
            switch (event.key) {
            case Qt.Key_Left:
                map.pan(-map.width * step, 0)
                break
            case Qt.Key_Right:
                map.pan(map.width * step, 0)
                break
            case Qt.Key_Up:
                map.pan(0, -map.height * step)
                break
            case Qt.Key_Down:
                map.pan(0, map.height * step)
                break
            case Qt.Key_Plus:
            case Qt.Key_Equal:
                map.zoomLevel = Math.min(map.maximumZoomLevel, Math.floor(map.zoomLevel) + 1)
                event.accepted = true
                return
            case Qt.Key_Minus:
                map.zoomLevel = Math.max(map.minimumZoomLevel, Math.ceil(map.zoomLevel) - 1)
                event.accepted = true
                return
            default:
                return
            }
            panel.followedUnit = ""
            event.accepted = true
        }

        // The response zones (1, 3 and 5-minute targets), under everything else.
        MapItemView {
            model: panel.zonesOn && panel.zones ? panel.zones : null
            delegate: MapPolygon {
                required property list<geoCoordinate> ring
                required property int zone
                required property bool hole
                path: ring
                color: hole ? "transparent" : Qt.alpha(zone === ResponseZoneModel.KeySite ? Theme.zoneKeySite
                                                     : zone === ResponseZoneModel.Central ? Theme.zoneCentral : Theme.zoneUrban, 0.12)
                border.width: 1
                border.color: zone === ResponseZoneModel.KeySite ? Theme.zoneKeySite
                            : zone === ResponseZoneModel.Central ? Theme.zoneCentral : Theme.zoneUrban
            }
        }
        // The coverage: 5, 3 and 1-minute areas stacked (the nearer, the deeper the green), and
        // the gaps of the response zones in red. Shown while switched on, and during a what-if.
        MapItemView {
            model: panel.coverage && (panel.coverageOn || panel.coverage.withoutUnits.length > 0) ? panel.coverage : null
            delegate: MapPolygon {
                required path
                required property int area
                color: area === CoverageModel.Gap ? Qt.alpha(Theme.coverageGap, 0.2)
                     : Qt.alpha(area === CoverageModel.Within1 ? Theme.coverage1
                              : area === CoverageModel.Within3 ? Theme.coverage3 : Theme.coverage5, 0.2)
                border.width: area === CoverageModel.Gap ? 1 : 0
                border.color: Theme.coverageGap
            }
        }
        // The drive-time areas around a clicked place: 5, 3 and 1 minute, the nearer on top.
        MapItemView {
            model: panel.routes !== null && panel.routes.mode === RoutePreview.Areas ? panel.routes.areas : null
            delegate: MapPolygon {
                required property var modelData
                path: modelData.path
                color: Qt.alpha(modelData.seconds <= 60 ? Theme.coverage1
                              : modelData.seconds <= 180 ? Theme.coverage3 : Theme.coverage5, 0.25)
                border.width: 1
                border.color: Theme.coverage1
            }
        }
        // A unit's road route to a clicked place.
        MapPolyline {
            visible: panel.routes !== null && panel.routes.mode === RoutePreview.Route && panel.routes.path.length > 1
            path: panel.routes !== null ? panel.routes.path : []
            line.width: 5
            line.color: Theme.route
        }
        // The cordons set, under the markers.
        MapItemView {
            model: panel.world.cordons
            delegate: MapPolygon {
                required path
                color: Qt.alpha(Theme.cordon, 0.06)
                border.color: Theme.cordon
                border.width: 2
            }
        }
        // A followed plate: its reads joined in time order, each with its time, and the
        // checkpoints it can reach next with the earliest time it can be there.
        MapPolyline {
            visible: panel.cordons !== null && panel.cordons.plates.reads.length > 1
            path: panel.cordons !== null ? panel.cordons.plates.path : []
            line.width: 3
            line.color: Theme.plateTrail
        }
        MapItemView {
            model: panel.cordons !== null ? panel.cordons.plates.reads : []
            delegate: MapQuickItem {
                id: plateRead
                required property var modelData
                coordinate: QtPositioning.coordinate(modelData.latitude, modelData.longitude)
                anchorPoint: Qt.point(6, 6)
                z: 2
                sourceItem: Item {
                    width: 12
                    height: 12
                    Rectangle {
                        anchors.fill: parent
                        radius: 6
                        color: Theme.plateTrail
                        border.color: "white"
                        border.width: 2
                    }
                    // Below the marker: the checkpoint's own name is drawn beside it.
                    MapLabel {
                        anchors.top: parent.bottom
                        anchors.topMargin: 2
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: plateRead.modelData.timeText
                        fill: Theme.plateTrail
                    }
                }
            }
        }
        MapItemView {
            model: panel.cordons !== null ? panel.cordons.plates.ahead : []
            delegate: MapQuickItem {
                id: plateAhead
                required property var modelData
                coordinate: QtPositioning.coordinate(modelData.latitude, modelData.longitude)
                anchorPoint: Qt.point(9, 9)
                z: 2
                sourceItem: Item {
                    width: 18
                    height: 18
                    Rectangle {
                        anchors.fill: parent
                        radius: 9
                        color: "transparent"
                        border.color: Theme.plateAhead
                        border.width: 3
                    }
                    MapLabel {
                        anchors.top: parent.bottom
                        anchors.topMargin: 2
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("from %1").arg(plateAhead.modelData.timeText.substring(0, 5))
                        fill: Theme.plateAhead
                    }
                }
            }
        }

        // The instructor's view of the suspects: the way each came, and where it is.
        MapItemView {
            model: panel.suspectTracks
            delegate: MapPolyline {
                required property var modelData
                path: modelData.track.map(p => QtPositioning.coordinate(p.latitude, p.longitude))
                line.width: 3
                line.color: Qt.alpha(Theme.suspect, 0.7)
            }
        }
        MapItemView {
            model: panel.suspectTracks
            delegate: MapQuickItem {
                id: suspectMarker
                required property var modelData
                coordinate: QtPositioning.coordinate(modelData.latitude, modelData.longitude)
                anchorPoint.x: 7
                anchorPoint.y: 7
                sourceItem: Row {
                    spacing: 3
                    Rectangle {
                        width: 14
                        height: 14
                        radius: 7
                        color: Theme.suspect
                        border.color: "white"
                        border.width: 2
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: suspectMarker.modelData.plate !== "" ? suspectMarker.modelData.plate
                                                                   : suspectMarker.modelData.id
                        color: Theme.suspectText
                        font.bold: true
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
        }
        // Where the dispatcher last saw someone: a sighting marked on a camera, or a hot-listed
        // plate read at a checkpoint, with its time.
        MapItemView {
            model: panel.world.lastSeen
            delegate: MapQuickItem {
                id: seenMarker
                required property real latitude
                required property real longitude
                required property string label
                required property real time
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint.x: 6
                anchorPoint.y: 6
                sourceItem: Row {
                    spacing: 3
                    Rectangle {
                        width: 12
                        height: 12
                        rotation: 45
                        color: "transparent"
                        border.color: Theme.suspect
                        border.width: 3
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: qsTr("seen %1 · %2").arg(Theme.clockText(seenMarker.time).substring(0, 5)).arg(seenMarker.label)
                        color: Theme.suspectText
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
        }

        property geoCoordinate startCentroid
        PinchHandler {
            id: pinch
            target: null
            onActiveChanged: if (active) map.startCentroid = map.toCoordinate(pinch.centroid.position, false)
            onScaleChanged: delta => {
                map.zoomLevel += Math.log2(delta)
                map.alignCoordinateToPoint(map.startCentroid, pinch.centroid.position)
            }
            onRotationChanged: delta => {
                map.bearing -= delta
                map.alignCoordinateToPoint(map.startCentroid, pinch.centroid.position)
            }
            grabPermissions: PointerHandler.TakeOverForbidden
        }
        WheelHandler {
            id: wheel
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            rotationScale: 1 / 120
            property: "zoomLevel"
        }
        // A drag pans the map, unless it starts on a camera: then it carries that camera to
        // a wall tile.
        DragHandler {
            id: drag
            target: null
            onTranslationChanged: delta => {
                if (cameraDrag.Drag.active)
                    cameraDrag.follow(centroid.scenePosition)
                else
                    map.pan(-delta.x, -delta.y)
            }
            onActiveChanged: {
                if (!active) {
                    if (cameraDrag.Drag.active)
                        cameraDrag.finish()
                    return
                }
                const hit = panel.hitTest(centroid.pressPosition.x, centroid.pressPosition.y)
                if (hit.length === 2 && hit[0] === "camera" && !hit[1].startsWith("cluster-")) {
                    const data = panel.layerOf("camera", hit[1]).markerData(hit[1])
                    cameraDrag.start(hit[1], data.label || hit[1], centroid.scenePosition)
                } else {
                    panel.followedUnit = "" // a dispatcher's drag wins over following
                }
            }
        }
    }

    // The layers, over the map, in drawing order (the last is on top). Input goes to the Map's
    // handlers underneath; the tap and hover handlers here only look (passive grabs).
    Item {
        id: overlay
        anchors.fill: map

        // Each layer follows its Map's camera: centre, zoom and bearing.
        component Layer: MarkerLayer {
            required property Map view
            anchors.fill: parent
            center: view.center
            zoomLevel: view.zoomLevel
            bearing: view.bearing
        }

        Layer {
            id: congestionLayer
            view: map
            clock: panel.world.clock
            visible: legend.congestionOn
            model: panel.world.congestion
            roles: ({ id: "congestionId", latitude: "latitude", longitude: "longitude", style: "severity", label: "road" })
            shape: MarkerLayer.Shape.Halo
            markerSize: 34
            colors: Theme.congestionMarkers
            labelMinZoom: 15
            selectedId: panel.selectedKind === "congestion" ? panel.selectedId : ""
        }
        Layer {
            id: cameraLayer
            view: map
            clock: panel.world.clock
            visible: legend.camerasOn
            model: panel.world.cameras
            roles: ({ id: "cameraId", latitude: "latitude", longitude: "longitude", fovBearing: "bearing", fov: "fov", label: "name" })
            shape: MarkerLayer.Shape.Square
            markerSize: 9
            colors: [Theme.camera]
            clusterBelowZoom: 12
            wedgeMinZoom: 15
            labelMinZoom: 16
            selectedId: panel.selectedKind === "camera" ? panel.selectedId : ""
        }
        Layer {
            id: indexedCameraLayer
            view: map
            clock: panel.world.clock
            visible: legend.camerasOn && panel.cameraDatabase !== "" && map.zoomLevel >= panel.registerMinZoom
            model: cameraClusters
            roles: ({ id: "cameraId", latitude: "latitude", longitude: "longitude", fovBearing: "bearing", fov: "fov", label: "label", scale: "scale" })
            shape: MarkerLayer.Shape.Dot
            markerSize: 12
            colors: [Theme.camera]
            detailMinZoom: 0 // already clustered by the index
            wedgeMinZoom: 17
            labelMinZoom: 0
            refreshInterval: 0
            selectedId: panel.selectedKind === "camera" ? panel.selectedId : ""
        }
        Layer {
            id: siteLayer
            view: map
            clock: panel.world.clock
            visible: legend.sitesOn
            model: panel.world.sites
            roles: ({ id: "siteId", latitude: "latitude", longitude: "longitude", style: "kind", label: "name" })
            shape: MarkerLayer.Shape.Diamond
            markerSize: 13
            detailMinZoom: 8
            colors: Theme.siteMarkers
            labelMinZoom: 13
            selectedId: panel.selectedKind === "site" ? panel.selectedId : ""
        }
        Layer {
            id: unitLayer
            view: map
            clock: panel.world.clock
            visible: legend.unitsOn
            model: panel.world.units
            roles: ({ id: "unitId", latitude: "latitude", longitude: "longitude", heading: "heading", style: "status", time: "lastFix", label: "callSign" })
            shape: MarkerLayer.Shape.Pin
            markerSize: 14
            colors: [Theme.available, Theme.enRoute, Theme.onScene, Theme.offDuty]
            // Units that would cover each other are one cluster with its count, in the colour of
            // its most urgent unit (on scene, en route, available, off duty) and ringed by status.
            styleClusters: true
            stylePriority: [1, 2, 3, 0]
            fadeAfter: panel.fadeAfterSeconds * 1000
            staleAfter: panel.staleAfterSeconds * 1000
            labelMinZoom: 13
            selectedId: panel.selectedKind === "unit" ? panel.selectedId : ""
            onMarkersChanged: {
                ++panel.dataRevision
                if (panel.followedUnit === "")
                    return
                const c = coordinateOf(panel.followedUnit)
                if (c.isValid)
                    map.center = c
            }
        }
        Layer {
            id: incidentLayer
            view: map
            clock: panel.world.clock
            visible: legend.incidentsOn
            model: panel.world.incidents
            roles: ({ id: "incidentId", latitude: "latitude", longitude: "longitude", style: "severity", time: "reported", label: "type", visible: "open" })
            shape: MarkerLayer.Shape.Diamond
            markerSize: 18
            detailMinZoom: 0 // few and important: always full size
            colors: Theme.incidentMarkers
            labelMinZoom: 12
            selectedId: panel.selectedKind === "incident" ? panel.selectedId : ""
        }

        // Where roads cross the cordon looked at: green with a checkpoint or camera, red without.
        Layer {
            id: crossingLayer
            view: map
            visible: panel.cordons !== null
            model: panel.cordons ? panel.cordons.crossings : null
            roles: ({ id: "crossingId", latitude: "latitude", longitude: "longitude", style: "covered", label: "road" })
            shape: MarkerLayer.Shape.Square
            markerSize: 11
            detailMinZoom: 0
            colors: Theme.crossingMarkers
            labelMinZoom: 14
        }

        TapHandler {
            acceptedButtons: Qt.LeftButton
            gesturePolicy: TapHandler.DragThreshold
            onTapped: eventPoint => {
                map.forceActiveFocus() // for the arrow keys
                if (panel.picking !== MapPanel.Pick.None) {
                    const c = map.toCoordinate(eventPoint.position, false)
                    if (panel.picking === MapPanel.Pick.RouteTo)
                        panel.routes.routeUnit(panel.selectedId, c.latitude, c.longitude)
                    else
                        panel.routes.areasFrom(c.latitude, c.longitude)
                    panel.picking = MapPanel.Pick.None
                    return
                }
                const hit = panel.hitTest(eventPoint.position.x, eventPoint.position.y)
                if (hit.length === 2) {
                    panel.select(hit[0], hit[1])
                    return
                }
                // A cluster of units opens up: the map zooms in on it.
                const cluster = unitLayer.visible ? unitLayer.clusterAt(eventPoint.position.x, eventPoint.position.y) : ({})
                if (cluster.count !== undefined) {
                    map.center = QtPositioning.coordinate(cluster.latitude, cluster.longitude)
                    map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 2)
                    return
                }
                panel.select("", "")
            }
        }
        HoverHandler {
            id: hover
            onPointChanged: {
                const hit = panel.hitTest(hover.point.position.x, hover.point.position.y)
                tooltip.kind = hit.length === 2 ? hit[0] : ""
                tooltip.markerId = hit.length === 2 ? hit[1] : ""
                tooltip.cluster = hit.length === 2 || !unitLayer.visible ? ({})
                    : unitLayer.clusterAt(hover.point.position.x, hover.point.position.y)
            }
        }
    }

    // The handles of a response zone a supervisor is drawing.
    Loader {
        anchors.fill: map
        active: panel.zoneEditor !== null
        sourceComponent: CordonEditorVisuals {
            map: map
            editor: panel.zoneEditor.drawing
        }
    }

    // The handles of a cordon being drawn, above everything on the map.
    Loader {
        anchors.fill: map
        active: panel.cordons !== null
        sourceComponent: CordonEditorVisuals {
            map: map
            editor: panel.cordons.editor
        }
    }

    CameraClusterModel {
        id: cameraClusters
        database: panel.cameraDatabase
    }
    // The camera index is asked again when the view settles; the worker keeps only the newest.
    Timer {
        id: cameraQuery
        interval: 60
        onTriggered: {
            const tl = map.toCoordinate(Qt.point(0, 0), false)
            const br = map.toCoordinate(Qt.point(map.width, map.height), false)
            const tr = map.toCoordinate(Qt.point(map.width, 0), false)
            const bl = map.toCoordinate(Qt.point(0, map.height), false)
            cameraClusters.request(Math.max(tl.latitude, tr.latitude, bl.latitude, br.latitude),
                                   Math.min(tl.longitude, tr.longitude, bl.longitude, br.longitude),
                                   Math.min(tl.latitude, tr.latitude, bl.latitude, br.latitude),
                                   Math.max(tl.longitude, tr.longitude, bl.longitude, br.longitude),
                                   map.zoomLevel)
        }
    }
    Connections {
        target: map
        enabled: panel.cameraDatabase !== "" && map.zoomLevel >= panel.registerMinZoom
        function onCenterChanged() { cameraQuery.restart() }
        function onZoomLevelChanged() { cameraQuery.restart() }
        function onBearingChanged() { cameraQuery.restart() }
        function onWidthChanged() { cameraQuery.restart() }
    }
    Connections {
        target: cameraClusters
        function onDatabaseChanged() { cameraQuery.restart() }
    }

    // Hover tooltip: the marker's label, or what it is.
    Rectangle {
        id: tooltip
        property string kind: ""
        property string markerId: ""
        // A cluster of units under the pointer: its count and its units by status.
        property var cluster: ({})
        readonly property var info: kind === "" ? ({}) : panel.layerOf(kind, markerId).markerData(markerId)
        visible: (kind !== "" || cluster.count !== undefined) && hover.hovered
        x: Math.min(hover.point.position.x + 14, panel.width - width - 4)
        y: Math.max(hover.point.position.y - height - 6, 4)
        width: tooltipText.implicitWidth + 12
        height: tooltipText.implicitHeight + 8
        radius: 3
        color: Qt.alpha(Theme.mapChip, 0.9)
        Text {
            id: tooltipText
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: 11
            textFormat: Text.PlainText
            text: {
                if (tooltip.kind === "" && tooltip.cluster.count !== undefined) {
                    // Most urgent first: on scene, en route, available, off duty.
                    const n = tooltip.cluster.styles
                    const parts = []
                    if (n[World.UnitStatus.OnScene] > 0) parts.push(qsTr("%L1 on scene").arg(n[World.UnitStatus.OnScene]))
                    if (n[World.UnitStatus.EnRoute] > 0) parts.push(qsTr("%L1 en route").arg(n[World.UnitStatus.EnRoute]))
                    if (n[World.UnitStatus.Available] > 0) parts.push(qsTr("%L1 available").arg(n[World.UnitStatus.Available]))
                    if (n[World.UnitStatus.OffDuty] > 0) parts.push(qsTr("%L1 off duty").arg(n[World.UnitStatus.OffDuty]))
                    return qsTr("%L1 units: %2 (click to zoom in)").arg(tooltip.cluster.count).arg(parts.join(", "))
                }
                const label = tooltip.info.label ?? ""
                const stale = tooltip.info.stale === true ? " · " + qsTr("stale position") : ""
                switch (tooltip.kind) {
                case "unit": return qsTr("Unit %1").arg(label) + stale
                case "camera": return label === "" ? qsTr("Camera") : qsTr("Camera %1").arg(label)
                case "site": return label
                case "incident": return qsTr("Incident: %1").arg(label)
                case "congestion": return qsTr("Congestion: %1").arg(label)
                }
                return ""
            }
        }
    }

    MapLegend {
        id: legend
        coverage: panel.coverage
        registerHidden: panel.cameraDatabase !== "" && map.zoomLevel < panel.registerMinZoom
        registerCount: cameraClusters.compactCount(cameraClusters.cameraCount)
        registerMinZoom: panel.registerMinZoom
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 8
    }

    MapDetails {
        anchors.top: legend.bottom
        anchors.right: parent.right
        anchors.margins: 8
        kind: panel.selectedKind
        info: {
            panel.dataRevision // re-read when the layers' data change (positions, ages)
            return panel.selectedKind === "" ? ({}) : panel.layerOf(panel.selectedKind, panel.selectedId).markerData(panel.selectedId)
        }
        clock: panel.world.clock
        following: panel.followedUnit !== "" && panel.followedUnit === panel.selectedId
        onCloseRequested: panel.select("", "")
        onFollowToggled: on => panel.followedUnit = on ? panel.selectedId : ""
        onCentreRequested: (latitude, longitude) => panel.centreOn(latitude, longitude)
        canRoute: panel.routes !== null
        onRouteRequested: panel.startRouteTo()
    }

    // What a click will do, or what the route or the areas say, at the bottom of the map.
    Rectangle {
        id: routeCard
        readonly property bool shown: panel.picking !== MapPanel.Pick.None
                                      || (panel.routes !== null && (panel.routes.mode !== RoutePreview.None || panel.routes.busy))
        visible: shown
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 36
        width: Math.min(parent.width - 40, routeRow.implicitWidth + 20)
        height: routeRow.implicitHeight + 12
        radius: 4
        color: Qt.alpha(Theme.mapCard, 0.95)
        border.color: Theme.route
        RowLayout {
            id: routeRow
            anchors.centerIn: parent
            spacing: 10
            Text {
                Layout.maximumWidth: 560
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: 12
                color: panel.routes !== null && panel.routes.problem !== "" && panel.picking === MapPanel.Pick.None ? Theme.onLightError : Theme.onLightText
                text: {
                    if (panel.picking === MapPanel.Pick.RouteTo)
                        return qsTr("Click where %1 should go (Esc cancels)").arg(panel.selectedId)
                    if (panel.picking === MapPanel.Pick.DriveAreas)
                        return qsTr("Click a place to see how far a car gets from it in 1, 3 and 5 minutes (Esc cancels)")
                    if (panel.routes === null)
                        return ""
                    if (panel.routes.busy)
                        return qsTr("Working out the roads…")
                    if (panel.routes.problem !== "")
                        return panel.routes.problem
                    if (panel.routes.mode === RoutePreview.Route)
                        return qsTr("%1 by road: %2 (lights and siren)").arg(panel.routes.unitId).arg(panel.routes.summary)
                    return qsTr("Reached by car with lights and siren within 1 min (dark), 3 min and 5 min (light)")
                }
            }
            Button {
                text: panel.picking !== MapPanel.Pick.None ? qsTr("Cancel") : qsTr("Clear")
                font.pixelSize: 11
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Esc")
                onClicked: {
                    panel.picking = MapPanel.Pick.None
                    if (panel.routes !== null)
                        panel.routes.clear()
                }
            }
        }
    }
    Shortcut {
        sequence: "Esc"
        enabled: routeCard.shown
        onActivated: {
            panel.picking = MapPanel.Pick.None
            if (panel.routes !== null)
                panel.routes.clear()
        }
    }
    Shortcut {
        sequence: "Ctrl+Alt+R"
        enabled: panel.routes !== null && panel.selectedKind === "unit"
        onActivated: panel.startRouteTo()
    }
    Shortcut {
        sequence: "Ctrl+Alt+D"
        enabled: panel.routes !== null
        onActivated: panel.startDriveAreas()
    }


    TextField {
        id: searchBox
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 8
        width: 240
        placeholderText: qsTr("Search call sign, camera, place…")
        font.pixelSize: 12
        onAccepted: {
            searchFailed.visible = !panel.search(text)
        }
        onTextChanged: searchFailed.visible = false
    }
    Text {
        id: searchFailed
        visible: false
        anchors.top: searchBox.bottom
        anchors.left: searchBox.left
        anchors.topMargin: 2
        text: qsTr("Nothing found")
        color: Theme.onLightError
        font.pixelSize: 11
    }

    Button {
        id: offlineButton
        anchors.top: searchBox.bottom
        anchors.left: parent.left
        anchors.margins: 8
        anchors.topMargin: searchFailed.visible ? 20 : 6
        text: qsTr("Offline area…")
        font.pixelSize: 11
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("Prepare an offline area or import map tiles (Ctrl+Alt+O)")
        onClicked: panel.openOfflineArea()
    }
    Button {
        anchors.top: offlineButton.top
        anchors.left: offlineButton.right
        anchors.leftMargin: 4
        visible: panel.routes !== null
        text: qsTr("Drive-time…")
        font.pixelSize: 11
        checkable: true
        checked: panel.picking === MapPanel.Pick.DriveAreas
        onClicked: checked ? panel.startDriveAreas() : (panel.picking = MapPanel.Pick.None)
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("Show how far a car with lights and siren gets from a place in 1, 3 and 5 minutes (Ctrl+Alt+D)")
    }

    Button {
        id: cordonButton
        visible: panel.cordons !== null
        anchors.top: offlineButton.bottom
        anchors.left: parent.left
        anchors.margins: 8
        anchors.topMargin: 4
        text: qsTr("Cordons…")
        font.pixelSize: 11
        checkable: true
        checked: panel.cordonPanelOpen
        onToggled: panel.cordonPanelOpen = checked
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("Draw or pick a cordon ring and see its crossings (Ctrl+Shift+C)")
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: panel.cordons !== null
        onActivated: panel.cordonPanelOpen = !panel.cordonPanelOpen
    }
    Button {
        id: plateButton
        visible: panel.cordons !== null
        anchors.top: cordonButton.top
        anchors.left: cordonButton.right
        anchors.leftMargin: 4
        text: qsTr("Plate trail…")
        font.pixelSize: 11
        checkable: true
        checked: panel.platePanelOpen
        onToggled: panel.platePanelOpen = checked
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("Follow a plate across the smart checkpoints and where it can go next (Ctrl+Alt+T)")
    }
    Shortcut {
        sequence: "Ctrl+Alt+T"
        enabled: panel.cordons !== null
        onActivated: panel.platePanelOpen = !panel.platePanelOpen
    }
    Loader {
        // Beside the cordon panel when both are open: a trail and its ring's manning go together.
        anchors.top: cordonButton.bottom
        anchors.left: panel.cordonPanelOpen ? cordonPanelLoader.right : parent.left
        anchors.margins: 8
        active: panel.cordons !== null && panel.platePanelOpen
        sourceComponent: PlateTrailPanel {
            trail: panel.cordons.plates
            onCentreRequested: (latitude, longitude) => panel.centreOn(latitude, longitude)
            onCloseRequested: panel.platePanelOpen = false
        }
    }
    // Cordon files: the panel opens with its file dialog.
    Shortcut {
        sequence: "Ctrl+Alt+K"
        enabled: panel.cordons !== null
        onActivated: {
            panel.cordonPanelOpen = true;
            (cordonPanelLoader.item as CordonPanel)?.openImport()
        }
    }
    Shortcut {
        sequence: "Ctrl+Alt+X"
        enabled: panel.cordons !== null
        onActivated: {
            panel.cordonPanelOpen = true;
            (cordonPanelLoader.item as CordonPanel)?.openExport()
        }
    }
    Loader {
        id: cordonPanelLoader
        anchors.top: cordonButton.bottom
        anchors.left: parent.left
        anchors.margins: 8
        active: panel.cordons !== null && panel.cordonPanelOpen
        sourceComponent: CordonPanel {
            desk: panel.cordons
            cordons: panel.world.cordons
            fallbackLatitude: map.center.latitude
            fallbackLongitude: map.center.longitude
            onCentreRequested: (latitude, longitude) => panel.centreOn(latitude, longitude)
            onCloseRequested: panel.cordonPanelOpen = false
        }
    }

    OfflineAreaDialog {
        id: offlineArea
        tiles: panel.tiles
        anchors.centerIn: Overlay.overlay
    }

    // Whose map this is (the embedded base map's own note, or the configured upstream's), and
    // how many tiles failed to load: a failed tile is left blank, and counted here.
    Rectangle {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 4
        width: attributionColumn.implicitWidth + 10
        height: attributionColumn.implicitHeight + 6
        color: Qt.alpha(Theme.mapCard, 0.75)
        radius: 3
        Column {
            id: attributionColumn
            anchors.centerIn: parent
            Text {
                id: attribution
                textFormat: Text.PlainText
                text: panel.tiles.upstream && panel.tiles.attribution !== "" ? panel.tiles.attribution
                    : panel.tiles.upstream ? qsTr("Map tiles from the configured tile server")
                    : qsTr("Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth")
                font.pixelSize: 10
                color: Theme.onLightSecondary
            }
            Text {
                id: tileProblems
                visible: text !== ""
                textFormat: Text.PlainText
                text: {
                    const parts = []
                    if (panel.tiles.failedTiles > 0)
                        parts.push(qsTr("%L1 tiles failed to load").arg(panel.tiles.failedTiles))
                    if (panel.tiles.cacheError !== "")
                        parts.push(qsTr("tile cache not used: %1").arg(panel.tiles.cacheError))
                    return parts.join(" · ")
                }
                font.pixelSize: 10
                color: Theme.onLightError
                HoverHandler { id: problemsHover }
                PlainToolTip { // the reason quotes the upstream server
                    visible: problemsHover.hovered && panel.tiles.lastFailure !== ""
                    text: qsTr("Last failure: %1").arg(panel.tiles.lastFailure)
                }
            }
        }
    }

    // The register being prepared (the first training start makes it) or what went wrong.
    Rectangle {
        visible: panel.cameraRegister !== null && panel.cameraRegister.status !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 28
        width: registerText.implicitWidth + 16
        height: registerText.implicitHeight + 8
        radius: 3
        color: Qt.alpha(Theme.mapChip, 0.85)
        Text {
            id: registerText
            anchors.centerIn: parent
            textFormat: Text.PlainText
            color: "white"
            font.pixelSize: 11
            text: panel.cameraRegister === null ? ""
                : panel.cameraRegister.progress >= 0
                ? qsTr("%1 %2% (the map shows the world's cameras meanwhile)").arg(panel.cameraRegister.status).arg(Math.round(panel.cameraRegister.progress * 100))
                : panel.cameraRegister.status
        }
    }

    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        textFormat: Text.PlainText
        text: qsTr("Zoom %1").arg(map.zoomLevel.toFixed(1))
        font.pixelSize: 10
        color: Theme.onLightSecondary
    }
}
