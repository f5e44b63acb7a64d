pragma ComponentBehavior: Bound
import QtQuick
import QtPositioning
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Cordons
import Watchfloor.Theme
import Watchfloor.Ui

// The dispatcher's workstation: units on the left, the map in the middle, the camera wall and
// the event log on the right, and a TRAINING banner whenever the world is simulated. In
// training the left column also holds the training panel (scenario, clock, time control) and,
// when opened, the instructor's panel; the debrief appears when the run ends.
ApplicationWindow {
    id: window
    required property WorldState world
    required property Dispatch dispatch
    required property Session session
    required property EventLogModel events
    required property MapTiles tiles
    required property TimeControl timeControl
    required property Instructor instructor
    required property ResponseZoneModel zones
    required property UnitRecommendationModel recommendations
    // The cordon tools; the application always gives them, a test window may not.
    property CordonDesk cordons: null
    // The coverage layer (1/3/5-minute reach and the zones' gaps); null in a test window without it.
    property CoverageModel coverage: null
    // A unit's route to a clicked place and drive-time areas; null in a test window without roads.
    property RoutePreview routes: null
    // A supervisor's editing of the response zones; null in a test window without it.
    property ZoneEditor zoneEditor: null
    // The province's camera register (--camera-index, or the generated one in training).
    property CameraRegister cameraRegister: null
    // The world behind the training cameras' synthetic video; null in a test window without it.
    property SceneSource sceneSource: null
    // --instructor: the instructor's workstation starts with its panel open.
    property bool instructorOpen: false
    // A recorded journal shown read-only (--playback); null in a running shift.
    property PlaybackController playback: null
    // "Open recording…" (Ctrl+O): a journal in playback, in a window of its own; in playback,
    // "Train from here" (Ctrl+T) through it too; null in a test window without it.
    property RecordingOpener recordings: null
    // The training world's suspects for the instructor's map, refreshed while the panel is open.
    property var suspectTracks: []
    Timer {
        interval: 1000
        repeat: true
        triggeredOnStart: true
        running: window.session.training && window.instructorOpen
        onTriggered: window.suspectTracks = window.instructor.suspects()
    }

    // The instructor's spot for injections and moves: the map centre unless one was picked.
    property bool pickingSpot: false
    property bool spotPicked: false
    property real spotLatitude: 0
    property real spotLongitude: 0
    readonly property alias trainingPanel: trainingPanel
    readonly property alias instructorPanel: instructorPanel
    readonly property alias debrief: debrief
    // The camera wall's start-up settings (--wall-layout, --wall-health, --wall-lost-after).
    property string wallLayout: "2x2"
    property string wallHealthPath: ""
    property int wallLostTimeoutMs: 5000
    property bool wallExpanded: false
    property string wallLayoutsPath: ""
    // In playback: where each site camera's recorded video is (camera id -> address).
    property var wallRecordings: ({})
    // The wall in a window of its own, on the second screen when there is one (F9).
    property bool wallDetached: false
    // Where the map starts (--view LAT,LON,ZOOM); NaN keeps the map's own default view.
    property real startLatitude: NaN
    property real startLongitude: NaN
    property real startZoom: NaN
    readonly property CameraWall wall: cameraWall
    readonly property MapPanel mapView: mapPanel

    width: 1600
    height: 900
    visible: true
    color: Theme.window
    title: window.playback !== null ? qsTr("Watchfloor — PLAYBACK") : session.training ? qsTr("Watchfloor — TRAINING") : qsTr("Watchfloor — LIVE")

    // Where the next map click goes: the instructor's spot, or a new incident's place.
    property bool pickingIncidentPlace: false
    property bool pickingLookoutCentre: false
    readonly property DispatchPanel dispatchPanel: dispatchPanel
    readonly property NewIncidentDialog newIncidentDialog: newIncident
    readonly property LookoutDialog lookoutDialog: lookout

    function newIncidentAt(latitude: real, longitude: real) {
        if (window.playback !== null) {
            statusText.text = qsTr("Playback shows a recording: nothing can be changed")
            return
        }
        newIncident.start("", latitude, longitude, World.Severity.Medium, "")
    }
    // Moves the unit selected on the map to a place (a "move to point" order).
    function moveSelectedUnit(latitude: real, longitude: real) {
        if (window.playback !== null) {
            statusText.text = qsTr("Playback shows a recording: no order is sent")
            return
        }
        if (mapPanel.selectedKind !== "unit") {
            statusText.text = qsTr("Select a unit on the map first")
            return
        }
        const orderId = window.dispatch.orderUnit(mapPanel.selectedId, Dispatch.MoveTo, latitude, longitude, "")
        statusText.text = orderId !== "" ? qsTr("Order %1 sent to %2").arg(orderId).arg(mapPanel.selectedId)
                                         : window.dispatch.lastError
    }

    Shortcut { sequence: StandardKey.Quit; onActivated: Qt.quit() }
    Shortcut { sequence: "Ctrl+O"; enabled: window.recordings !== null; onActivated: recordingChooser.open() }
    FileDialog {
        id: recordingChooser
        title: qsTr("Open recording")
        nameFilters: [qsTr("Journals (*.sqlite *.db)"), qsTr("All files (*)")]
        onAccepted: {
            if (window.recordings === null)
                return
            statusText.text = window.recordings.open(String(recordingChooser.selectedFile))
                ? qsTr("The recording opens in a PLAYBACK window of its own") : window.recordings.lastError
        }
    }
    Shortcut { sequence: "F11"; onActivated: window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen }
    Shortcut { sequence: "Ctrl+="; onActivated: mapPanel.map.zoomLevel += 1 }
    Shortcut { sequence: "Ctrl+-"; onActivated: mapPanel.map.zoomLevel -= 1 }
    Shortcut { sequence: "Ctrl+0"; onActivated: mapPanel.centreOn(30.5928, 114.3055) }
    Shortcut { sequence: "F10"; onActivated: window.wallExpanded = !window.wallExpanded } // the wall takes most of the window
    Shortcut { sequence: "F9"; onActivated: window.wallDetached = !window.wallDetached }
    Shortcut { sequence: "F7"; onActivated: mapPanel.legend.zonesOn = !mapPanel.legend.zonesOn }
    Shortcut { sequence: "F8"; onActivated: mapPanel.legend.coverageOn = !mapPanel.legend.coverageOn }
    Connections {
        target: mapPanel.legend
        function onZoneListRequested() {
            const dialog = zoneDialog.item as ZoneDialog
            if (dialog)
                dialog.open()
        }
    }
    Loader {
        id: zoneDialog
        active: window.zoneEditor !== null
        sourceComponent: ZoneDialog {
            parent: Overlay.overlay
            zones: window.zones
            editor: window.zoneEditor
        }
    }
    // Coverage is computed only while someone looks at it: the layer, or the what-if of units
    // being chosen for an incident.
    Binding {
        target: window.coverage
        property: "active"
        value: mapPanel.legend.coverageOn || dispatchPanel.chosenUnits > 0
        when: window.coverage !== null
    }
    Shortcut { sequence: "Ctrl+N"; onActivated: window.newIncidentAt(mapPanel.map.center.latitude, mapPanel.map.center.longitude) }

    // The physical wall: the same wall (its players keep running) moved into a window of its
    // own, full screen on the second screen when there is one.
    Window {
        id: wallWindow
        // Qt.application is a QQuickApplication at run time; qmllint only knows its base type.
        readonly property bool hasWallScreen: Qt.application.screens.length > 1 // qmllint disable missing-property
        title: window.session.training ? qsTr("Watchfloor — camera wall — TRAINING") : qsTr("Watchfloor — camera wall")
        width: 1280
        height: 760
        color: Theme.window
        screen: hasWallScreen ? Qt.application.screens[1] : window.screen // qmllint disable missing-property
        visibility: !window.wallDetached ? Window.Hidden : hasWallScreen ? Window.FullScreen : Window.Windowed
        onClosing: window.wallDetached = false
        Shortcut { sequence: "F9"; onActivated: window.wallDetached = false }
        // Training never looks live: the physical wall carries the banner the main window does,
        // above the tiles, never over them.
        TrainingBanner {
            id: wallWindowBanner
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: implicitHeight
            training: window.session.training
        }
        Item {
            id: wallWindowArea
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: wallWindowBanner.bottom
            anchors.bottom: parent.bottom
        }
    }

    // Training time control and the instructor's panel (training sessions only).
    // Ctrl+ because Space and "." without it pause and step the focused wall tile.
    Shortcut { sequence: "Ctrl+Space"; enabled: window.session.training; onActivated: window.timeControl.togglePause() }
    Shortcut { sequence: "Ctrl+1"; enabled: window.session.training; onActivated: window.timeControl.setSpeed(1) }
    Shortcut { sequence: "Ctrl+4"; enabled: window.session.training; onActivated: window.timeControl.setSpeed(4) }
    Shortcut { sequence: "Ctrl+6"; enabled: window.session.training; onActivated: window.timeControl.setSpeed(16) }
    Shortcut { sequence: "Ctrl+."; enabled: window.session.training; onActivated: window.timeControl.step() }
    Shortcut { sequence: "Ctrl+Alt+I"; enabled: window.session.training; onActivated: window.instructorOpen = !window.instructorOpen }

    // A unit selected on the map is the instructor's radio unit too.
    Connections {
        target: mapPanel
        function onSelectedIdChanged() {
            if (mapPanel.selectedKind === "unit")
                instructorPanel.preferredUnit = mapPanel.selectedId
        }
    }
    Connections {
        target: window.world.scenario
        function onScored() {
            if (window.world.scenario.ended)
                debrief.open()
        }
    }

    header: ColumnLayout {
        spacing: 0
        Loader {
            Layout.fillWidth: true
            active: window.playback !== null
            visible: active
            sourceComponent: TimelineBar { controller: window.playback; opener: window.recordings; map: mapPanel.map }
        }
        TrainingBanner {
            Layout.fillWidth: true
            training: window.session.training
        }
        BackendBanner { Layout.fillWidth: true; session: window.session }
    }

    footer: Rectangle {
        implicitHeight: 24
        color: Theme.panelBorder
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 16
            ToolButton {
                visible: window.recordings !== null
                implicitHeight: 22
                text: qsTr("Open recording…")
                font.pixelSize: Theme.smallFontSize
                onClicked: recordingChooser.open()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Review a recorded journal in a PLAYBACK window of its own; this shift goes on (Ctrl+O)")
            }
            Text {
                id: statusText
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Right-click the map for a new incident there; Shift+click shows the cameras that see a place")
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Open incidents: %1").arg(window.world.incidents.openCount)
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Orders: %1").arg(window.world.orders.count)
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Rejected events: %1").arg(window.world.rejectedEvents)
                visible: window.world.rejectedEvents > 0
                color: Theme.incident
                font.pixelSize: Theme.smallFontSize
            }
            Text {
                textFormat: Text.PlainText
                // Trouble with the journal in words: events not saved are evidence missing.
                text: window.session.journalLost > 0
                      ? qsTr("Journal: %1 events lost, not saved (%2)").arg(window.session.journalLost).arg(window.session.journalProblem)
                      : window.session.journalFailing
                        ? qsTr("Journal not saving (%1); %2 events waiting").arg(window.session.journalProblem).arg(window.session.journalUnwritten)
                        : window.session.journalErrors > 0 ? qsTr("Journal errors: %1").arg(window.session.journalErrors)
                                                           : qsTr("Journal: %1").arg(window.session.journalPath)
                color: window.session.journalErrors > 0 || window.session.journalLost > 0 ? Theme.incident : Theme.textDim
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideLeft
                Layout.maximumWidth: 420
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 1

        ColumnLayout {
            Layout.preferredWidth: window.session.training ? 290 : 250
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: 1

            TrainingPanel {
                id: trainingPanel
                Layout.fillWidth: true
                visible: window.session.training
                scenario: window.world.scenario
                timeControl: window.timeControl
                clock: window.world.clock
                onDebriefRequested: debrief.open()
                onInstructorRequested: window.instructorOpen = !window.instructorOpen
            }
            UnitList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                units: window.world.units
                onUnitChosen: (unitId, latitude, longitude) => {
                    mapPanel.centreOn(latitude, longitude)
                    instructorPanel.preferredUnit = unitId
                }
            }
            InstructorPanel {
                id: instructorPanel
                Layout.fillWidth: true
                visible: window.session.training && window.instructorOpen
                instructor: window.instructor
                scenario: window.world.scenario
                units: window.world.units
                targetPicked: window.spotPicked
                targetLatitude: window.spotPicked ? window.spotLatitude : mapPanel.map.center.latitude
                targetLongitude: window.spotPicked ? window.spotLongitude : mapPanel.map.center.longitude
                onPickRequested: {
                    window.pickingSpot = true
                    statusText.text = qsTr("Click the map to choose the instructor's spot (Esc: use the map centre)")
                }
                onCloseRequested: window.instructorOpen = false
                onDone: message => statusText.text = message
            }
        }

        MapPanel {
            id: mapPanel
            Layout.fillWidth: true
            Layout.fillHeight: true
            world: window.world
            tileUrl: window.session.tileUrl
            tiles: window.tiles
            zones: window.zones
            coverage: window.coverage
            routes: window.routes
            zoneEditor: window.zoneEditor
            cordons: window.cordons
            cameraRegister: window.cameraRegister
            // The suspects and their tracks are the instructor's: the trainee finds them.
            suspectTracks: window.session.training && window.instructorOpen ? window.suspectTracks : []
            Component.onCompleted: {
                if (!isNaN(window.startLatitude) && !isNaN(window.startLongitude))
                    mapPanel.map.center = QtPositioning.coordinate(window.startLatitude, window.startLongitude)
                if (!isNaN(window.startZoom))
                    mapPanel.map.zoomLevel = window.startZoom
            }

            TapHandler {
                acceptedButtons: Qt.RightButton
                enabled: !mapPanel.drawingCordon // right-click deletes a cordon's point then
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    mapMenu.latitude = c.latitude
                    mapMenu.longitude = c.longitude
                    mapMenu.popup()
                }
            }
            Menu {
                id: mapMenu
                property real latitude: 0
                property real longitude: 0
                MenuItem {
                    text: qsTr("New incident here…")
                    onTriggered: window.newIncidentAt(mapMenu.latitude, mapMenu.longitude)
                }
                MenuItem {
                    text: qsTr("Move the selected unit here")
                    enabled: mapPanel.selectedKind === "unit"
                    onTriggered: window.moveSelectedUnit(mapMenu.latitude, mapMenu.longitude)
                }
            }
            // A new incident's place: the next click after "Pick on map" chooses it.
            TapHandler {
                enabled: window.pickingIncidentPlace
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    window.pickingIncidentPlace = false
                    newIncident.latitude = c.latitude
                    newIncident.longitude = c.longitude
                    newIncident.placeName = ""
                    newIncident.open()
                }
            }
            // A lookout's centre: the next click after the lookout dialog's "Pick on map".
            TapHandler {
                enabled: window.pickingLookoutCentre
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    window.pickingLookoutCentre = false
                    lookout.setCentre(c.latitude, c.longitude)
                    lookout.open()
                }
            }
            // The instructor's spot: the next click after "Pick" chooses it.
            TapHandler {
                enabled: window.pickingSpot
                onTapped: eventPoint => {
                    const c = mapPanel.map.toCoordinate(eventPoint.position, false)
                    window.spotLatitude = c.latitude
                    window.spotLongitude = c.longitude
                    window.spotPicked = true
                    window.pickingSpot = false
                    statusText.text = qsTr("Instructor's spot: %1, %2").arg(c.latitude.toFixed(4)).arg(c.longitude.toFixed(4))
                }
            }
            Shortcut {
                sequence: "Esc"
                enabled: window.pickingSpot || window.spotPicked
                onActivated: {
                    window.pickingSpot = false
                    window.spotPicked = false
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
                    parent: window.wallDetached ? wallWindowArea : wallHome
                    anchors.fill: parent
                    cameras: window.world.cameras
                    cameraRegister: window.cameraRegister
                    sceneSource: window.sceneSource
                    playback: window.playback !== null
                    recordings: window.wallRecordings
                    dispatch: window.dispatch
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
            DispatchPanel {
                id: dispatchPanel
                Layout.fillWidth: true
                Layout.fillHeight: true
                world: window.world
                dispatch: window.dispatch
                recommendations: window.recommendations
                coverage: window.coverage
                zones: window.zones
                events: window.events
                onLocate: (lat, lon) => mapPanel.centreOn(lat, lon)
                onIncidentRequested: (alertId, lat, lon, sev, text) => newIncident.start(alertId, lat, lon, sev, text)
                onCamerasRequested: (lat, lon) => {
                    const n = cameraWall.showNear(lat, lon)
                    statusText.text = qsTr("%n camera(s) near the place put on the wall", "", n)
                }
                onLookoutRequested: (id, lat, lon, units) => window.startLookout(id, lat, lon, units)
                onDone: message => statusText.text = message
            }
        }
    }

    NewIncidentDialog {
        id: newIncident
        dispatch: window.dispatch
        onCreated: incidentId => {
            statusText.text = qsTr("Incident %1 created: choose the units to send").arg(incidentId)
            dispatchPanel.showIncident(incidentId)
        }
        onPickRequested: {
            window.pickingIncidentPlace = true
            statusText.text = qsTr("Click the map to place the incident")
        }
    }

    LookoutDialog {
        id: lookout
        dispatch: window.dispatch
        onSent: message => statusText.text = message
        onPickRequested: {
            window.pickingLookoutCentre = true
            statusText.text = qsTr("Click the map at the centre of the lookout's area")
        }
    }
    // Ctrl+L: a lookout for the chosen incident (around it, or to the ticked units); with no
    // incident, around the map's centre.
    function startLookout(incidentId: string, lat: real, lon: real, units: list<string>) {
        const here = isNaN(lat) || incidentId === ""
        lookout.start(incidentId, here ? mapPanel.map.center.latitude : lat,
                      here ? mapPanel.map.center.longitude : lon, units)
    }
    Shortcut {
        sequence: "Ctrl+L"
        enabled: window.playback === null
        onActivated: {
            const p = dispatchPanel.incidentPanel
            window.startLookout(p.currentIncidentId, p.currentLatitude, p.currentLongitude, Object.keys(p.chosen))
        }
    }

    DebriefDialog {
        id: debrief
        scenario: window.world.scenario
    }
}
