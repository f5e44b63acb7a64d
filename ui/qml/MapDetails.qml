pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// Details of the selected map object; a unit can be followed from here.
Rectangle {
    id: details
    property string kind: ""
    property var info: ({})
    property real clock: 0
    property bool following: false
    signal closeRequested()
    signal followToggled(bool on)
    signal centreRequested(real latitude, real longitude)
    // Whether a unit's route can be shown (a road graph is loaded), and the request to pick where to.
    property bool canRoute: false
    signal routeRequested()

    readonly property bool hasInfo: kind !== "" && info.id !== undefined
    visible: hasInfo
    width: 230
    height: column.implicitHeight + 16
    radius: 4
    color: Qt.alpha(Theme.mapCard, 0.92)
    border.color: Theme.mapCardBorder

    function kindName(k: string): string {
        switch (k) {
        case "unit": return qsTr("Patrol unit")
        case "camera": return qsTr("Camera")
        case "site": return qsTr("Checkpoint / station")
        case "incident": return qsTr("Incident")
        case "congestion": return qsTr("Congestion")
        }
        return ""
    }
    function statusName(s: int): string {
        switch (s) {
        case World.UnitStatus.Available: return qsTr("available")
        case World.UnitStatus.EnRoute: return qsTr("en route")
        case World.UnitStatus.OnScene: return qsTr("on scene")
        }
        return qsTr("off duty")
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 3
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: details.kindName(details.kind)
                font.pixelSize: 10
                color: Theme.onLightFaint
            }
            ToolButton {
                text: "✕"
                implicitWidth: 22
                implicitHeight: 22
                onClicked: details.closeRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: details.info.label !== undefined && details.info.label !== "" ? details.info.label : (details.info.id ?? "")
            font.pixelSize: 14
            font.bold: true
            color: Theme.onLightText
            elide: Text.ElideRight
        }
        Text {
            visible: details.kind === "unit"
            textFormat: Text.PlainText
            text: qsTr("Status: %1").arg(details.statusName(details.info.style ?? World.UnitStatus.OffDuty))
            font.pixelSize: 11
            color: Theme.onLightStrong
        }
        Text {
            visible: details.kind === "unit" && (details.info.time ?? 0) > 0
            textFormat: Text.PlainText
            text: details.info.stale === true ? qsTr("Last fix %1 s ago (stale)").arg(Math.round((details.clock - details.info.time) / 1000))
                                              : qsTr("Last fix %1 s ago").arg(Math.round((details.clock - details.info.time) / 1000))
            font.pixelSize: 11
            color: details.info.stale === true ? Theme.onLightError : Theme.onLightStrong
        }
        Text {
            visible: details.info.heading !== undefined && details.info.heading !== null
            textFormat: Text.PlainText
            text: qsTr("Heading %1°").arg(Math.round(details.info.heading ?? 0))
            font.pixelSize: 11
            color: Theme.onLightStrong
        }
        Text {
            textFormat: Text.PlainText
            text: (details.info.latitude ?? 0).toFixed(5) + ", " + (details.info.longitude ?? 0).toFixed(5) + " (WGS-84)"
            font.pixelSize: 10
            color: Theme.onLightDim
        }
        RowLayout {
            spacing: 6
            Button {
                text: qsTr("Centre")
                font.pixelSize: 11
                onClicked: details.centreRequested(details.info.latitude, details.info.longitude)
            }
            Button {
                visible: details.kind === "unit"
                text: details.following ? qsTr("Stop following") : qsTr("Follow")
                checkable: true
                checked: details.following
                font.pixelSize: 11
                onClicked: details.followToggled(!details.following)
            }
            Button {
                visible: details.kind === "unit" && details.canRoute
                text: qsTr("Route to…")
                font.pixelSize: 11
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Click a place on the map to see this unit's road route there and its ETA (Ctrl+Alt+R)")
                onClicked: details.routeRequested()
            }
        }
    }
}
