pragma Singleton
import QtQuick
import Watchfloor.Core

// Colours and sizes of the night-shift theme, in one place.
QtObject {
    readonly property color window: "#0f141b"
    readonly property color panel: "#18202a"
    readonly property color panelBorder: "#2a3441"
    readonly property color text: "#dce3ec"
    readonly property color textDim: "#8a97a8"
    readonly property color accent: "#4aa3ff"
    readonly property color training: "#f2a900"
    readonly property color trainingText: "#1b1300"
    readonly property color live: "#b3001b"
    readonly property color liveText: "#ffffff"
    readonly property color available: "#2fbf71"
    readonly property color enRoute: "#f5a524"
    readonly property color onScene: "#e5484d"
    readonly property color offDuty: "#7b8794"
    readonly property color incident: "#ff5c7a"
    readonly property color camera: "#7cc4ff"
    readonly property color checkpoint: "#b18cff"
    readonly property color station: "#5ad1c8"
    readonly property int fontSize: 13
    readonly property int smallFontSize: 11

    // The centre's time zone: every list shows the world's clock in it (China time for the
    // Hubei world), whatever zone the workstation's own clock is set to.
    readonly property int centreUtcOffsetMinutes: 8 * 60
    readonly property color severityLow: "#8a97a8"
    readonly property color severityMedium: "#f5a524"
    readonly property color severityHigh: "#ff5c7a"
    readonly property color severityCritical: "#ff2d55"
    readonly property color makesIt: "#2fbf71"
    readonly property color missesIt: "#e5484d"
    readonly property color zoneKeySite: "#ff5c7a"
    readonly property color zoneCentral: "#f5a524"
    readonly property color zoneUrban: "#4aa3ff"
    // The coverage layer: reachable within 1, 3 and 5 minutes, and the zones' gaps.
    readonly property color coverage1: "#0b6b2c"
    readonly property color coverage3: "#2e9a4c"
    readonly property color coverage5: "#7cc487"
    readonly property color coverageGap: "#d7261e"
    readonly property color route: "#1f6feb"
    // A followed plate: its reads joined in time order, and the checkpoints it can reach next.
    readonly property color plateTrail: "#ff9800"
    readonly property color plateAhead: "#0288d1"
    readonly property color suspect: "#d946ef" // suspects and where they were last seen
    // A reviewer's bookmark on the playback timeline.
    readonly property color bookmark: "#ffd84d"
    // The playback bar: purple, so that a recording is never mistaken for the live picture; its
    // markers by kind (alerts, incidents, orders, status changes, cordon edits).
    readonly property color playback: "#3b1f5c"
    readonly property color playbackTrack: "#5d3f86"
    readonly property color playbackText: "#ffffff"
    readonly property color playbackTextDim: "#e9dcff"
    readonly property list<color> playbackMarkers: [incident, "#ff9f43", accent, available, checkpoint]

    // Lists: every other row, the row under the pointer, the current row.
    readonly property color rowAlternate: "#1d2631"
    readonly property color rowHover: "#243245"
    readonly property color rowCurrent: "#27384b"
    // Words on a dark panel that say how something stands: in order, needs the eye, not yet
    // there, wrong; and a name that moves the map when clicked.
    readonly property color goodText: "#9be7a0"
    readonly property color attentionText: "#ffd54f"
    readonly property color warningText: "#ffcc80"
    readonly property color problemText: "#ff8a80"
    readonly property color drawingProblemText: "#ffb4b4" // over the map, where a drawing is refused
    readonly property color linkText: "#80d8ff"
    // Dark text on a bright fill: the wall's banners, a tile's state, a dragged camera.
    readonly property color onBrightText: "#0b0f14"
    // Text on a light surface (the map's cards, tiles and light dialogs), strongest first.
    readonly property color onLightText: "#111"
    readonly property color onLightStrong: "#222"
    readonly property color onLightSecondary: "#333"
    readonly property color onLightDim: "#555"
    readonly property color onLightFaint: "#666"
    readonly property color onLightError: "#b00020"

    // The map: its ground before tiles arrive, the border of its cards and of a legend swatch,
    // the cordon ring (drawn, and its handles where an edit would be refused), a suspect's labels.
    readonly property color mapGround: "#e4e0d6"
    readonly property color mapCardBorder: "#b8b2a6"
    readonly property color swatchBorder: "#10161d"
    readonly property color cordon: "#d7261e"
    readonly property color cordonInvalid: "#8a8a8a"
    readonly property color suspectText: "#3b0764"
    // Over the map: a dark panel (cordons, plate trail), a dark chip (hints, a drawing's
    // measures), a light card (details, legend, route); and a row under the pointer on a panel
    // over the map. Each place sets how much of the map shows through (Qt.alpha).
    readonly property color mapPanel: Qt.rgba(0.09, 0.12, 0.16, 0.94)
    readonly property color mapChip: "#0f141c"
    readonly property color mapCard: "#ffffff"
    readonly property color mapPanelRowHover: Qt.rgba(1, 1, 1, 0.08)
    // Map markers by their style role: congestion and incidents by World.Severity, sites by
    // World.SiteKind, a cordon's crossings by whether a checkpoint or camera covers them.
    readonly property list<color> congestionMarkers: ["#f5a524", "#f58a24", "#ef5a24", "#d7261e"]
    readonly property list<color> siteMarkers: [checkpoint, "#8f6bd9", station, "#3aa79f", "#f0c04a"]
    readonly property list<color> incidentMarkers: ["#ff9db0", "#ff7a93", incident, "#d10f3a"]
    readonly property list<color> crossingMarkers: [cordon, "#2e9d4a"]

    // The camera wall: behind its tiles, and the veil under a tile's captions.
    readonly property color wall: "#05080b"
    readonly property color wallVeil: "#a0000000"

    function clockText(ms: real): string {
        if (!(ms > 0))
            return "--:--:--"
        return new Date(ms + centreUtcOffsetMinutes * 60000).toISOString().substring(11, 19)
    }
    // "2026-12-03 18:07:02" on the centre's clock, whatever zone the machine is set to.
    function dateTimeText(ms: real): string {
        if (!(ms > 0))
            return "----------- --:--:--"
        return new Date(ms + centreUtcOffsetMinutes * 60000).toISOString().substring(0, 19).replace("T", " ")
    }
    // "42 s", "3 min 05 s", "1 h 02 min".
    function durationText(seconds: real): string {
        const s = Math.max(0, Math.round(seconds))
        if (s < 60)
            return qsTr("%1 s").arg(s)
        if (s < 3600)
            return qsTr("%1 min %2 s").arg(Math.floor(s / 60)).arg(String(s % 60).padStart(2, "0"))
        return qsTr("%1 h %2 min").arg(Math.floor(s / 3600)).arg(String(Math.floor(s / 60) % 60).padStart(2, "0"))
    }
    function severityColor(severity: int): color {
        switch (severity) {
        case World.Severity.Low: return severityLow
        case World.Severity.Medium: return severityMedium
        case World.Severity.High: return severityHigh
        default: return severityCritical
        }
    }
    function severityText(severity: int): string {
        switch (severity) {
        case World.Severity.Low: return qsTr("low")
        case World.Severity.Medium: return qsTr("medium")
        case World.Severity.High: return qsTr("high")
        default: return qsTr("critical")
        }
    }

    function statusColor(status: int): color {
        switch (status) {
        case World.UnitStatus.Available: return available
        case World.UnitStatus.EnRoute: return enRoute
        case World.UnitStatus.OnScene: return onScene
        default: return offDuty
        }
    }
}
