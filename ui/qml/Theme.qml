pragma Singleton
import QtQuick

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

    function statusColor(status: int): color {
        switch (status) {
        case 0: return available
        case 1: return enRoute
        case 2: return onScene
        default: return offDuty
        }
    }
}
