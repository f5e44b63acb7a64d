pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import QtMultimedia
import Watchfloor.Theme
import Watchfloor.Ui

// The dispatcher's working column: the alert queue, the incidents with their recommended units,
// the orders, the event log and the shift's statistics, one tab each (Ctrl+Shift+A, I, O, E, T). A new urgent alert
// flashes the alerts tab and brings it forward unless the operator is choosing units.
Rectangle {
    id: panel
    required property WorldState world
    required property Dispatch dispatch
    required property UnitRecommendationModel recommendations
    required property ResponseZoneModel zones
    required property EventLogModel events
    // The coverage layer, for the what-if while units are chosen; null: none.
    property CoverageModel coverage: null
    // How many units are ticked for the chosen incident (the what-if runs while there are some).
    readonly property int chosenUnits: incidentPanel.chosenCount
    readonly property alias alertQueue: alertQueue
    readonly property alias incidentPanel: incidentPanel
    readonly property alias queueModel: queueModel
    readonly property alias statistics: statisticsModel
    property alias currentTab: tabs.currentIndex

    signal locate(real latitude, real longitude)
    signal incidentRequested(string alertId, real latitude, real longitude, int severity, string text)
    signal done(string message)
    signal camerasRequested(real latitude, real longitude)
    signal lookoutRequested(string incidentId, real latitude, real longitude, var unitIds)

    color: Theme.panel

    // The chime for a new urgent alert: Ctrl+Shift+M or the bell button mutes it (the flash stays).
    property bool muted: false
    property int announcements: 0
    function announce() {
        if (panel.muted)
            return
        ++panel.announcements
        chime.play()
    }
    SoundEffect {
        id: chime
        source: Qt.resolvedUrl("sounds/alert-chime.wav")
        volume: 0.8
    }
    Shortcut { sequence: "Ctrl+Shift+M"; onActivated: panel.muted = !panel.muted }

    function showIncident(incidentId: string) {
        tabs.currentIndex = 1
        incidentPanel.select(incidentId)
    }

    AlertQueueModel {
        id: queueModel
        alerts: panel.world.alerts
        clock: panel.world.clock
        property int lastUrgent: 0
        onCountChanged: {
            if (urgentCount > lastUrgent) {
                flash.restart()
                panel.announce()
                if (tabs.currentIndex !== 1)
                    tabs.currentIndex = 0
            }
            lastUrgent = urgentCount
        }
    }
    IncidentListModel {
        id: incidentModel
        incidents: panel.world.incidents
    }
    OrderListModel {
        id: orderModel
        orders: panel.world.orders
        units: panel.world.units
    }
    ShiftStatisticsModel {
        id: statisticsModel
        world: panel.world
        zones: panel.zones
        utcOffsetMinutes: Theme.centreUtcOffsetMinutes
    }

    Shortcut { sequence: "Ctrl+Shift+A"; onActivated: { tabs.currentIndex = 0; alertQueue.forceActiveFocus() } }
    Shortcut { sequence: "Ctrl+Shift+I"; onActivated: tabs.currentIndex = 1 }
    Shortcut { sequence: "Ctrl+Shift+O"; onActivated: tabs.currentIndex = 2 }
    Shortcut { sequence: "Ctrl+Shift+E"; onActivated: tabs.currentIndex = 3 }
    Shortcut { sequence: "Ctrl+Shift+T"; onActivated: tabs.currentIndex = 4 }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            TabBar {
                id: tabs
                Layout.fillWidth: true
                TabButton {
                    id: alertsTab
                    text: qsTr("Alerts (%1)").arg(queueModel.count)
                    font.bold: queueModel.urgentCount > 0
                    background: Rectangle {
                        color: flash.running && flash.on ? Theme.severityHigh : alertsTab.checked ? Theme.panel : Theme.panelBorder
                    }
                }
                TabButton { text: qsTr("Incidents (%1)").arg(panel.world.incidents.openCount) }
                TabButton { text: qsTr("Orders") }
                TabButton { text: qsTr("Events") }
                TabButton { text: qsTr("Statistics") }
            }
            ToolButton {
                text: panel.muted ? qsTr("Muted") : qsTr("Sound on")
                onClicked: panel.muted = !panel.muted
                ToolTip.visible: hovered
                ToolTip.text: panel.muted ? qsTr("The chime for urgent alerts is off (Ctrl+Shift+M turns it on)")
                                          : qsTr("A chime sounds for each new urgent alert (Ctrl+Shift+M mutes it)")
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            AlertQueue {
                id: alertQueue
                model: queueModel
                dispatch: panel.dispatch
                clock: panel.world.clock
                onLocate: (lat, lon) => panel.locate(lat, lon)
                onIncidentRequested: (id, lat, lon, sev, text) => panel.incidentRequested(id, lat, lon, sev, text)
                onCamerasRequested: (lat, lon) => panel.camerasRequested(lat, lon)
                onDone: message => panel.done(message)
            }
            IncidentPanel {
                id: incidentPanel
                model: incidentModel
                recommendations: panel.recommendations
                coverage: panel.coverage
                dispatch: panel.dispatch
                clock: panel.world.clock
                onLocate: (lat, lon) => panel.locate(lat, lon)
                onDone: message => panel.done(message)
                onLookoutRequested: (id, lat, lon, units) => panel.lookoutRequested(id, lat, lon, units)
            }
            OrderList {
                model: orderModel
                clock: panel.world.clock
            }
            EventList {
                events: panel.events
            }
            ShiftStatisticsPanel {
                model: statisticsModel
                onDone: message => panel.done(message)
                onVisibleChanged: if (visible) statisticsModel.refresh()
            }
        }
    }

    // The announcement of a new urgent alert: the tab flashes for a few seconds.
    Timer {
        id: flash
        property bool on: false
        property int ticks: 0
        interval: 250
        repeat: true
        onTriggered: {
            on = !on
            if (++ticks >= 12) {
                stop()
                ticks = 0
                on = false
            }
        }
    }
}
