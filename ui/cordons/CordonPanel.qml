pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Cordons
import Watchfloor.Theme

// The cordon panel: draw a ring, pick a boundary (with the ones around it), or a drive-time ring
// from the incident; the cordons set, and for the one looked at its road crossings with their
// checkpoints and cameras, earliest suspect arrival first. A click on a crossing centres the map.
Rectangle {
    id: root
    required property CordonDesk desk
    required property CordonModel cordons
    // The point drive-time rings start from when there is no incident (the map's centre).
    property real fallbackLatitude: 30.5928
    property real fallbackLongitude: 114.3055
    signal centreRequested(real latitude, real longitude)
    signal closeRequested()

    implicitWidth: 420
    implicitHeight: column.implicitHeight + 16
    color: Theme.mapPanel
    radius: 4

    function openImport() {
        importDialog.open()
    }
    function openExport() {
        exportDialog.open()
    }

    function arrivalText(seconds: real): string {
        return seconds < 0 ? qsTr("—") : qsTr("%1 min").arg((seconds / 60).toFixed(1))
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Cordons")
                font.bold: true
                color: "white"
            }
            ToolButton {
                text: "×"
                onClicked: root.closeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the cordon panel")
            }
        }

        // Drawing tools.
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Button {
                text: qsTr("Polygon")
                onClicked: root.desk.editor.begin(CordonEditor.Tool.Polygon)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Click points on the map; Enter finishes, Esc cancels")
            }
            Button {
                text: qsTr("Circle")
                onClicked: root.desk.editor.begin(CordonEditor.Tool.Circle)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Click the centre, then a point on the rim")
            }
            Button {
                text: qsTr("Rectangle")
                onClicked: root.desk.editor.begin(CordonEditor.Tool.Rectangle)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Click one corner, then the opposite corner")
            }
            Button {
                text: qsTr("Lasso")
                onClicked: root.desk.editor.begin(CordonEditor.Tool.Lasso)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Draw round the area freehand; it becomes a polygon you can adjust")
            }
            CheckBox {
                text: qsTr("Snap")
                visible: root.desk.editor.canSnap
                checked: root.desk.editor.snapping
                onToggled: root.desk.editor.snapping = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Points snap to the nearest boundary corner or road within a dozen pixels")
            }
        }

        // Rings from the boundaries.
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            ComboBox {
                id: boundary
                Layout.fillWidth: true
                editable: true
                model: root.desk.boundaryNames
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A prefecture, district or county, or the province")
            }
            CheckBox {
                id: nested
                text: qsTr("Nested")
                checked: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Also the city and province rings around it")
            }
            Button {
                text: qsTr("Set")
                onClicked: root.desk.setBoundary(boundary.editText, nested.checked)
            }
        }

        // Drive-time ring.
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            enabled: root.desk.hasRoads
            Label { text: qsTr("Fled"); color: "white" }
            SpinBox { id: elapsed; from: 0; to: 600; value: 15; editable: true; Layout.preferredWidth: 90 }
            Label { text: qsTr("min, ring"); color: "white" }
            SpinBox { id: lead; from: 1; to: 120; value: 10; editable: true; Layout.preferredWidth: 90 }
            Label { text: qsTr("min ahead"); color: "white" }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            enabled: root.desk.hasRoads
            ComboBox {
                id: profile
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("Car"), value: "car" }, { text: qsTr("Evading (village and county roads)"), value: "evading" }]
            }
            BusyIndicator {
                running: root.desk.working
                visible: running
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Button {
                text: qsTr("Drive-time ring")
                enabled: !root.desk.working
                ToolTip.visible: hovered
                ToolTip.text: qsTr("From the newest open incident, or the map's centre")
                onClicked: {
                    let lat = root.fallbackLatitude
                    let lon = root.fallbackLongitude
                    const incidents = root.desk.incidentPosition()
                    if (incidents.length === 2) {
                        lat = incidents[0]
                        lon = incidents[1]
                    }
                    root.desk.requestDriveRing(lat, lon, elapsed.value, lead.value, profile.currentValue)
                }
            }
        }

        // Cordons from and to files.
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Button {
                text: qsTr("Import…")
                onClicked: root.openImport()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Set each polygon of a GeoJSON, KML, Shapefile or GeoPackage file (at most %1 MB) as a cordon; a file with one bad polygon sets none (Ctrl+Alt+K)")
                    .arg(root.desk.importLimitMegabytes())
            }
            Button {
                text: qsTr("Export…")
                enabled: root.cordons.count > 0
                onClicked: root.openExport()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Write the cordons set to a new GeoJSON or KML file (Ctrl+Alt+X)")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.desk.status
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: root.desk.statusIsError ? Theme.problemText : Theme.goodText
        }

        // The cordons set.
        Repeater {
            model: root.cordons
            delegate: RowLayout {
                id: cordonRow
                required property string cordonId
                required property string name
                required property int cordonState
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: cordonRow.name
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: cordonRow.cordonId === root.desk.cordonId ? Theme.attentionText : "white"
                }
                Label {
                    visible: cordonRow.cordonState !== CordonModel.Set
                    text: cordonRow.cordonState === CordonModel.Closed ? qsTr("posts closed") : qsTr("manning")
                    color: cordonRow.cordonState === CordonModel.Closed ? Theme.goodText : Theme.attentionText
                    font.pixelSize: 11
                }
                Button {
                    text: qsTr("Crossings")
                    onClicked: root.desk.analyse(cordonRow.cordonId)
                }
                Button {
                    text: qsTr("Lift")
                    onClicked: root.desk.clearCordon(cordonRow.cordonId)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.cordons.count === 0
            text: qsTr("No cordon set: draw one, pick a boundary or a drive-time ring, or import a file")
            wrapMode: Text.Wrap
            color: Theme.textDim
        }

        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.desk.summary
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "white"
        }

        ListView {
            id: crossingList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 260)
            clip: true
            model: root.desk.crossings
            delegate: ItemDelegate {
                id: crossing
                required property int index
                required property string road
                required property real arrivalSeconds
                required property string checkpoints
                required property int cameraCount
                required property bool covered
                required property real latitude
                required property real longitude
                width: ListView.view.width
                background: Rectangle { color: crossing.hovered ? Theme.mapPanelRowHover : "transparent" }
                contentItem: Text {
                    textFormat: Text.PlainText
                    color: crossing.covered ? "white" : Theme.problemText
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    text: qsTr("%1. %2 · %3 · %4 · %n camera(s)", "", crossing.cameraCount)
                        .arg(crossing.index + 1)
                        .arg(crossing.road)
                        .arg(root.arrivalText(crossing.arrivalSeconds))
                        .arg(crossing.checkpoints === "" ? qsTr("no checkpoint") : crossing.checkpoints)
                }
                onClicked: root.centreRequested(crossing.latitude, crossing.longitude)
            }
        }

        // The manning plan: who closes which crossing, before the suspect can be there or not.
        RowLayout {
            Layout.fillWidth: true
            visible: crossingList.count > 0
            spacing: 4
            Button {
                text: qsTr("Manning plan")
                enabled: !root.desk.manningActive
                ToolTip.visible: hovered
                ToolTip.text: qsTr("For each crossing, the free unit that gets there first, against the suspect's earliest arrival")
                onClicked: root.desk.planManning()
            }
            Button {
                text: qsTr("Activate")
                enabled: root.desk.manning.length > 0 && !root.desk.manningActive
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send each ticked unit a man-checkpoint order to its crossing")
                onClicked: root.desk.activateManning()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.desk.manningSummary
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: root.desk.manningActive ? Theme.goodText : "white"
        }
        ListView {
            id: manningList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 220)
            clip: true
            model: root.desk.manning
            delegate: RowLayout {
                id: post
                required property int index
                required property var modelData
                width: ListView.view.width
                spacing: 4
                CheckBox {
                    checked: post.modelData.included
                    enabled: !root.desk.manningActive
                    onToggled: root.desk.setPostIncluded(post.index, checked)
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    color: !post.modelData.included ? Theme.textDim : post.modelData.inTime ? "white" : Theme.problemText
                    text: {
                        const d = post.modelData
                        const who = d.unitId === "" ? qsTr("nobody within reach")
                            : qsTr("%1 in %2 min").arg(d.callSign).arg(d.unitMinutes.toFixed(1))
                        const suspect = d.suspectMinutes < 0 ? qsTr("suspect: not within reach")
                            : qsTr("suspect %1 min").arg(d.suspectMinutes.toFixed(1))
                        const state = !root.desk.manningActive ? ""
                            : d.post === CordonPosts.Closed ? qsTr(" · closed")
                            : d.post === CordonPosts.EnRoute ? qsTr(" · en route") : qsTr(" · unmanned")
                        return qsTr("%1. %2: %3 · %4").arg(post.index + 1).arg(d.road).arg(who).arg(suspect) + state
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: root.centreRequested(post.modelData.latitude, post.modelData.longitude)
                    }
                }
            }
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import cordons")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Vector layers (*.geojson *.json *.kml *.shp *.gpkg)"), qsTr("All files (*)")]
        onAccepted: root.desk.importFile(importDialog.selectedFile)
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export cordons")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "geojson"
        nameFilters: [qsTr("GeoJSON (*.geojson)"), qsTr("KML (*.kml)")]
        onAccepted: root.desk.exportFile(exportDialog.selectedFile)
    }
}
