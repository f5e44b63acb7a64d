pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Watchfloor.Core

// The situation map: the offline base map from the built-in tile service, with units, sites,
// cameras, incidents and congestion drawn over it.
Item {
    id: panel
    required property WorldState world
    required property string tileUrl
    property alias map: map

    function centreOn(latitude: real, longitude: real) {
        map.center = QtPositioning.coordinate(latitude, longitude)
        if (map.zoomLevel < 13)
            map.zoomLevel = 13
    }

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
        color: "#e4e0d6"
        // The custom host is the last map type the osm plugin offers.
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]

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
        DragHandler {
            id: drag
            target: null
            onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
        }

        MapItemView {
            model: panel.world.congestion
            delegate: MapCircle {
                required property real latitude
                required property real longitude
                required property int severity
                center: QtPositioning.coordinate(latitude, longitude)
                radius: 250 + severity * 200
                color: Qt.rgba(0.96, 0.55, 0.1, 0.25 + severity * 0.1)
                border.width: 0
            }
        }
        MapItemView {
            model: panel.world.sites
            delegate: MapQuickItem {
                id: site
                required property real latitude
                required property real longitude
                required property int kind
                required property string name
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(6, 6)
                sourceItem: Rectangle {
                    width: 12
                    height: 12
                    color: site.kind <= 1 ? Theme.checkpoint : Theme.station
                    border.color: "#1b1b1b"
                    border.width: 1
                    rotation: site.kind <= 1 ? 45 : 0
                }
            }
        }
        MapItemView {
            model: panel.world.cameras
            delegate: MapQuickItem {
                required property real latitude
                required property real longitude
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(3, 3)
                sourceItem: Rectangle {
                    width: 6
                    height: 6
                    radius: 1
                    color: Theme.camera
                    opacity: 0.8
                }
            }
        }
        MapItemView {
            model: panel.world.incidents
            delegate: MapQuickItem {
                id: incident
                required property real latitude
                required property real longitude
                required property bool open
                visible: open
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(9, 9)
                sourceItem: Rectangle {
                    width: 18
                    height: 18
                    rotation: 45
                    color: Theme.incident
                    border.color: "white"
                    border.width: 2
                }
            }
        }
        MapItemView {
            model: panel.world.units
            delegate: MapQuickItem {
                id: unit
                required property real latitude
                required property real longitude
                required property real heading
                required property int status
                required property string callSign
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(8, 8)
                sourceItem: Item {
                    width: 16
                    height: 16
                    Rectangle {
                        anchors.fill: parent
                        radius: 8
                        color: Theme.statusColor(unit.status)
                        border.color: "#10161d"
                        border.width: 2
                    }
                    // Heading tick
                    Rectangle {
                        x: 7
                        y: -5
                        width: 2
                        height: 7
                        color: "#10161d"
                        transform: Rotation { origin.x: 1; origin.y: 13; angle: unit.heading }
                    }
                    Text {
                        visible: map.zoomLevel >= 13
                        x: 18
                        y: -1
                        text: unit.callSign
                        font.pixelSize: 10
                        font.bold: true
                        color: "#10161d"
                        style: Text.Outline
                        styleColor: "white"
                    }
                }
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 4
        width: attribution.implicitWidth + 10
        height: attribution.implicitHeight + 6
        color: Qt.rgba(1, 1, 1, 0.75)
        radius: 3
        Text {
            id: attribution
            anchors.centerIn: parent
            text: qsTr("Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth")
            font.pixelSize: 10
            color: "#333"
        }
    }

    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: qsTr("Zoom %1").arg(map.zoomLevel.toFixed(1))
        font.pixelSize: 10
        color: "#333"
    }
}
