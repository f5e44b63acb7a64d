pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Ui

// The dispatcher's workstation: units on the left, the map in the middle, the camera wall and
// the event log on the right, and a TRAINING banner whenever the world is simulated.
ApplicationWindow {
    id: window
    required property WorldState world
    required property Dispatch dispatch
    required property Session session
    required property EventLogModel events
    required property MapTiles tiles
    // The camera wall's start-up settings (--wall-layout, --wall-health, --wall-lost-after).
    property string wallLayout: "2x2"
    property string wallHealthPath: ""
    property int wallLostTimeoutMs: 5000
    property bool wallExpanded: false
    property string wallLayoutsPath: ""
    // The wall in a window of its own, on the second screen when there is one (F9).
    property bool wallDetached: false
    readonly property CameraWall wall: cameraWall
    readonly property MapPanel mapView: mapPanel

    width: 1600
    height: 900
    visible: true
    color: Theme.window
    title: session.training ? qsTr("Watchfloor — TRAINING") : qsTr("Watchfloor")

    function orderNearestUnit(latitude: real, longitude: real) {
        const unitId = window.world.nearestUnit(latitude, longitude, 0)
        if (unitId === "") {
            statusText.text = qsTr("No available unit to send")
            return
        }
        const orderId = window.dispatch.orderUnit(unitId, "respond", latitude, longitude, "")
        statusText.text = qsTr("Order %1 sent to %2").arg(orderId).arg(unitId)
    }

    Shortcut { sequence: StandardKey.Quit; onActivated: Qt.quit() }
    Shortcut { sequence: "F11"; onActivated: window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen }
    Shortcut { sequence: "Ctrl+="; onActivated: mapPanel.map.zoomLevel += 1 }
    Shortcut { sequence: "Ctrl+-"; onActivated: mapPanel.map.zoomLevel -= 1 }
    Shortcut { sequence: "Ctrl+0"; onActivated: mapPanel.centreOn(30.5928, 114.3055) }
    Shortcut { sequence: "F10"; onActivated: window.wallExpanded = !window.wallExpanded } // the wall takes most of the window
    Shortcut { sequence: "F9"; onActivated: window.wallDetached = !window.wallDetached }

    // The physical wall: the same wall (its players keep running) moved into a window of its
    // own, full screen on the second screen when there is one.
    Window {
        id: wallWindow
        // Qt.application is a QQuickApplication at run time; qmllint only knows its base type.
        readonly property bool hasWallScreen: Qt.application.screens.length > 1 // qmllint disable missing-property
        title: qsTr("Watchfloor — camera wall")
        width: 1280
        height: 760
        color: Theme.window
        screen: hasWallScreen ? Qt.application.screens[1] : window.screen // qmllint disable missing-property
        visibility: !window.wallDetached ? Window.Hidden : hasWallScreen ? Window.FullScreen : Window.Windowed
        onClosing: window.wallDetached = false
        Shortcut { sequence: "F9"; onActivated: window.wallDetached = false }
    }

    header: TrainingBanner { training: window.session.training }

    footer: Rectangle {
        implicitHeight: 24
        color: Theme.panelBorder
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 16
            Text {
                id: statusText
                Layout.fillWidth: true
                text: qsTr("Right-click the map to send the nearest available unit there; Shift+click to show the cameras that see a place")
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
            }
            Text {
                text: qsTr("Open incidents: %1").arg(window.world.incidents.count)
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                text: qsTr("Orders: %1").arg(window.world.orders.count)
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                text: qsTr("Rejected events: %1").arg(window.world.rejectedEvents)
                visible: window.world.rejectedEvents > 0
                color: Theme.incident
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                text: window.session.journalErrors > 0 ? qsTr("Journal errors: %1").arg(window.session.journalErrors)
                                                       : qsTr("Journal: %1").arg(window.session.journalPath)
                color: window.session.journalErrors > 0 ? Theme.incident : Theme.textDim
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideLeft
                Layout.maximumWidth: 420
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 1

        UnitList {
            Layout.preferredWidth: 250
            Layout.maximumWidth: 250
            Layout.fillHeight: true
            units: window.world.units
            onUnitChosen: (unitId, latitude, longitude) => mapPanel.centreOn(latitude, longitude)
        }

        MapPanel {
            id: mapPanel
            Layout.fillWidth: true
            Layout.fillHeight: true
            world: window.world
            tileUrl: window.session.tileUrl
            tiles: window.tiles

            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    window.orderNearestUnit(c.latitude, c.longitude)
                }
            }
            // Camera wall: Shift+click puts the cameras that best see the place on the wall.
            TapHandler {
                acceptedModifiers: Qt.ShiftModifier
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    const n = cameraWall.showNear(c.latitude, c.longitude)
                    statusText.text = qsTr("%n camera(s) near the place put on the wall", "", n)
                }
            }
        }

        ColumnLayout {
            // The camera wall column; F10 or the wall's Expand button gives it most of the window.
            Layout.preferredWidth: window.wallExpanded && !window.wallDetached ? Math.round(window.width * 0.66) : 460
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 1
            Item { // where the wall lives while it is in the main window
                id: wallHome
                Layout.fillWidth: true
                Layout.preferredHeight: window.wallDetached ? 32 : window.wallExpanded ? window.height * 0.7 : 420
                Layout.fillHeight: window.wallExpanded && !window.wallDetached
                Text {
                    anchors.centerIn: parent
                    visible: window.wallDetached
                    text: qsTr("The camera wall is in its own window (F9 brings it back)")
                    color: Theme.textDim
                    font.pixelSize: Theme.smallFontSize
                }
                CameraWall {
                    id: cameraWall
                    parent: window.wallDetached ? wallWindow.contentItem : wallHome
                    anchors.fill: parent
                    cameras: window.world.cameras
                    alerts: window.world.alerts
                    layout: window.wallLayout
                    healthPath: window.wallHealthPath
                    lostTimeoutMs: window.wallLostTimeoutMs
                    layoutsPath: window.wallLayoutsPath
                    expanded: window.wallExpanded
                    detached: window.wallDetached
                    onExpandToggled: window.wallExpanded = !window.wallExpanded
                    onDetachToggled: window.wallDetached = !window.wallDetached
                }
            }
            EventList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                events: window.events
            }
        }
    }
}
