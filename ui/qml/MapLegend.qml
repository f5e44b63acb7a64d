pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// The map's legend: one switch per layer with its colours. The layers bind to the switches.
Rectangle {
    id: legend
    property alias unitsOn: units.checked
    property alias camerasOn: cameras.checked
    property alias sitesOn: sites.checked
    property alias incidentsOn: incidents.checked
    property alias congestionOn: congestion.checked
    property alias zonesOn: zones.checked
    property alias coverageOn: coverageSwitch.checked
    // The coverage layer's figures (shares of each class of zone reached in time); null: none.
    property CoverageModel coverage: null
    // The camera register is drawn only from registerMinZoom on (a city's worth of clusters would
    // bury the situation); while zoomed out, the legend says so and how many it holds.
    property bool registerHidden: false
    property string registerCount: ""
    property int registerMinZoom: 14
    // The list of zones (and a supervisor's editing of them) is asked for.
    signal zoneListRequested()

    function shareText(zone: int, label: string): string {
        const percent = legend.coverage ? legend.coverage.coveredPercent(zone) : -1
        if (percent < 0)
            return ""
        const gaps = legend.coverage.gapZones(zone)
        return gaps > 0 ? qsTr("%1: %2% in time, %n zone(s) with a gap", "", gaps).arg(label).arg(percent.toFixed(0))
                        : qsTr("%1: %2% in time").arg(label).arg(percent.toFixed(0))
    }

    implicitWidth: column.implicitWidth + 16
    implicitHeight: column.implicitHeight + 12
    width: implicitWidth
    height: implicitHeight
    radius: 4
    color: Qt.alpha(Theme.mapCard, 0.88)
    border.color: Theme.mapCardBorder

    component Swatch: Rectangle {
        implicitWidth: 10
        implicitHeight: 10
        radius: 2
        border.color: Theme.swatchBorder
        border.width: 1
    }
    component LayerSwitch: CheckBox {
        checked: true
        padding: 0
        font.pixelSize: 11
    }

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 2
        Text { text: qsTr("Layers"); font.pixelSize: 11; font.bold: true; color: Theme.onLightStrong }
        LayerSwitch { id: units; text: qsTr("Patrol units") }
        RowLayout {
            Layout.leftMargin: 24
            spacing: 4
            Swatch { color: Theme.available }
            Text { text: qsTr("available"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.enRoute }
            Text { text: qsTr("en route"); font.pixelSize: 10; color: Theme.onLightSecondary }
        }
        RowLayout {
            Layout.leftMargin: 24
            spacing: 4
            Swatch { color: Theme.onScene }
            Text { text: qsTr("on scene"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.offDuty }
            Text { text: qsTr("off duty / stale"); font.pixelSize: 10; color: Theme.onLightSecondary }
        }
        LayerSwitch { id: cameras; text: qsTr("Cameras") }
        Text {
            Layout.leftMargin: 24
            visible: legend.registerHidden && cameras.checked
            text: qsTr("register: %1 cameras, shown from zoom %2").arg(legend.registerCount).arg(legend.registerMinZoom)
            font.pixelSize: 10
            color: Theme.onLightDim
        }
        LayerSwitch { id: sites; text: qsTr("Checkpoints and stations") }
        RowLayout {
            Layout.leftMargin: 24
            spacing: 4
            Swatch { color: Theme.checkpoint; rotation: 45 }
            Text { text: qsTr("checkpoint"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.station; rotation: 45 }
            Text { text: qsTr("station"); font.pixelSize: 10; color: Theme.onLightSecondary }
        }
        LayerSwitch { id: incidents; text: qsTr("Incidents") }
        LayerSwitch { id: congestion; text: qsTr("Congestion") }
        LayerSwitch { id: zones; checked: false; text: qsTr("Response zones (F7)") }
        RowLayout {
            Layout.leftMargin: 24
            spacing: 4
            visible: zones.checked
            Swatch { color: Theme.zoneKeySite }
            Text { text: qsTr("1 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.zoneCentral }
            Text { text: qsTr("3 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.zoneUrban }
            Text { text: qsTr("5 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Button {
                text: qsTr("List…")
                font.pixelSize: 10
                padding: 2
                onClicked: legend.zoneListRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The zones one by one; a supervisor edits them here")
            }
        }
        LayerSwitch {
            id: coverageSwitch
            checked: false
            visible: legend.coverage !== null
            text: qsTr("Coverage (F8)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Where a free unit can be within 1, 3 and 5 minutes by road now, and the parts of the response zones nobody reaches in time (red)")
        }
        RowLayout {
            Layout.leftMargin: 24
            spacing: 4
            visible: coverageSwitch.checked
            Swatch { color: Theme.coverage1 }
            Text { text: qsTr("1 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.coverage3 }
            Text { text: qsTr("3 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.coverage5 }
            Text { text: qsTr("5 min"); font.pixelSize: 10; color: Theme.onLightSecondary }
            Swatch { color: Theme.coverageGap }
            Text { text: qsTr("gap"); font.pixelSize: 10; color: Theme.onLightSecondary }
        }
        Repeater {
            model: coverageSwitch.checked && legend.coverage ? [[ResponseZoneModel.KeySite, qsTr("Key sites, 1 min")],
                                                               [ResponseZoneModel.Central, qsTr("Central, 3 min")],
                                                               [ResponseZoneModel.Urban, qsTr("Urban, 5 min")]] : []
            delegate: Text {
                required property var modelData
                Layout.leftMargin: 24
                visible: text !== ""
                textFormat: Text.PlainText
                text: legend.coverage && legend.coverage.updates > 0 ? legend.shareText(modelData[0], modelData[1]) : qsTr("computing…")
                font.pixelSize: 10
                color: Theme.onLightSecondary
            }
        }
    }
}
