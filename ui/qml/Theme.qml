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
