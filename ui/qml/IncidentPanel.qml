pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// The incidents being worked, and for the chosen one: its stage and times, its response target
// from the zone it lies in, and the available units ranked by road travel time against that
// target. Choose units and dispatch them (Enter), or call support (the two best).
Rectangle {
    id: panel
    required property IncidentListModel model
    required property UnitRecommendationModel recommendations
    required property Dispatch dispatch
    required property real clock
    // The chosen incident, by id: the list re-sorts as incidents arrive and change, and the
    // choice must stay on the incident, not on a row number.
    property string currentIncidentId: ""
    property bool syncing: false
    // The coverage layer: while units are chosen, it shows what they would leave behind.
    property CoverageModel coverage: null
    // The chosen incident's place (the centre of a lookout's area). The row can be gone for a
    // moment before the list's current index follows (an incident closed): then there is none.
    readonly property bool hasCurrentRow: list.currentIndex >= 0 && list.currentIndex < panel.model.count
    readonly property real currentLatitude: hasCurrentRow
        ? panel.model.data(panel.model.index(list.currentIndex, 0), IncidentModel.LatitudeRole) : NaN
    readonly property real currentLongitude: hasCurrentRow
        ? panel.model.data(panel.model.index(list.currentIndex, 0), IncidentModel.LongitudeRole) : NaN
    property var chosen: ({})
    property int chosenCount: 0

    signal locate(real latitude, real longitude)
    signal done(string message)
    // A lookout for the chosen incident, to the units ticked (or, with none, to an area around it).
    signal lookoutRequested(string incidentId, real latitude, real longitude, var unitIds)

    color: Theme.panel

    function choose(unitId: string, on: bool) {
        const c = panel.chosen
        if (on)
            c[unitId] = true
        else
            delete c[unitId]
        panel.setChosen(c)
    }
    function setChosen(c: var) {
        panel.chosen = c
        panel.chosenCount = Object.keys(c).length
        if (panel.coverage)
            panel.coverage.withoutUnits = Object.keys(c)
    }
    // "key sites 1 min 64% → 60%" for each class of zone the centre has.
    function whatIfText(): string {
        if (!panel.coverage || panel.coverage.updates === 0)
            return qsTr("Coverage left behind: computing…")
        const parts = []
        const classes = [[ResponseZoneModel.KeySite, qsTr("key sites 1 min")],
                         [ResponseZoneModel.Central, qsTr("central 3 min")],
                         [ResponseZoneModel.Urban, qsTr("urban 5 min")]]
        for (const c of classes) {
            const before = panel.coverage.coveredPercentBefore(c[0])
            const after = panel.coverage.coveredPercent(c[0])
            if (before >= 0)
                parts.push(qsTr("%1 %2% → %3%").arg(c[1]).arg(before.toFixed(0)).arg(after.toFixed(0)))
        }
        return qsTr("Coverage left behind: %1").arg(parts.join(" · "))
    }
    function dispatchUnits(unitIds: list<string>) {
        if (unitIds.length === 0)
            return
        const orders = panel.dispatch.dispatchUnits(panel.currentIncidentId, unitIds)
        if (orders.length === 0) {
            panel.done(panel.dispatch.lastError)
            return
        }
        panel.setChosen({})
        panel.done(qsTr("%n unit(s) dispatched to %1", "", orders.length).arg(panel.currentIncidentId))
    }
    function select(incidentId: string) {
        if (panel.model.rowOf(incidentId) < 0)
            return
        panel.currentIncidentId = incidentId
        panel.syncIndex()
    }
    // Puts the list's highlight on the chosen incident after the list changed; with none chosen
    // (or the chosen one gone from the list), the first incident is chosen.
    function syncIndex() {
        let row = panel.model.rowOf(panel.currentIncidentId)
        if (row < 0 && list.count > 0) {
            row = 0
            panel.currentIncidentId = panel.model.incidentIdAt(0)
        } else if (row < 0) {
            panel.currentIncidentId = ""
        }
        panel.syncing = true
        list.currentIndex = row
        panel.syncing = false
    }
    Connections {
        target: panel.model
        function onLayoutChanged() { panel.syncIndex() }
        function onRowsInserted() { panel.syncIndex() }
        function onRowsRemoved() { panel.syncIndex() }
        function onModelReset() { panel.syncIndex() }
    }

    onCurrentIncidentIdChanged: {
        panel.recommendations.incidentId = panel.currentIncidentId
        panel.setChosen({})
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 150)
            Layout.minimumHeight: 40
            clip: true
            model: panel.model
            ScrollBar.vertical: ScrollBar {}
            // Keys and taps move the highlight; the choice follows it.
            onCurrentIndexChanged: {
                if (!panel.syncing && currentIndex >= 0)
                    panel.currentIncidentId = panel.model.incidentIdAt(currentIndex)
            }
            delegate: Rectangle {
                id: row
                required property int index
                required property string incidentId
                required property string typeText
                required property string stageText
                required property string summary
                required property int severity
                required property double reported
                required property double latitude
                required property double longitude
                width: ListView.view.width
                height: 22
                color: ListView.isCurrentItem ? Theme.rowCurrent : index % 2 ? "transparent" : Theme.rowAlternate
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    Rectangle { Layout.preferredWidth: 6; Layout.fillHeight: true; Layout.margins: 3; color: Theme.severityColor(row.severity) }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        text: Theme.clockText(row.reported) + "  " + row.typeText + (row.summary !== "" ? " · " + row.summary : "")
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: row.stageText
                        color: Theme.textDim
                        font.pixelSize: Theme.smallFontSize
                    }
                }
                TapHandler {
                    onTapped: list.currentIndex = row.index
                    onDoubleTapped: panel.locate(row.latitude, row.longitude)
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No open incident. Ctrl+N or a right-click on the map makes one.")
                color: Theme.textDim
                font.pixelSize: Theme.smallFontSize
            }
        }
        Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.panelBorder }
        // The chosen incident's recommendation.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 4
            visible: panel.currentIncidentId !== ""
            spacing: 2
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: {
                    const t = panel.recommendations.targetSeconds
                    const zone = panel.recommendations.zone === ResponseZoneModel.KeySite ? qsTr("key site")
                               : panel.recommendations.zone === ResponseZoneModel.Central ? qsTr("central urban")
                               : panel.recommendations.zone === ResponseZoneModel.Urban ? qsTr("urban") : qsTr("outside the response zones")
                    return t > 0 ? qsTr("%1: target %2 min · %3 of %4 available units make it")
                                   .arg(zone).arg(t / 60).arg(panel.recommendations.makingIt).arg(panel.recommendations.count)
                                 : qsTr("%1: no response target · %2 available units within 30 min").arg(zone).arg(panel.recommendations.count)
                }
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                visible: panel.recommendations.problem !== ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: panel.recommendations.problem
                color: Theme.incident
                font.pixelSize: Theme.smallFontSize
            }
            ListView {
                id: units
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: panel.recommendations
                ScrollBar.vertical: ScrollBar {}
                delegate: RowLayout {
                    id: unit
                    required property int index
                    required property string unitId
                    required property string callSign
                    required property double etaSeconds
                    required property double marginSeconds
                    required property bool makesIt
                    width: ListView.view.width
                    spacing: 4
                    CheckBox {
                        checked: panel.chosen[unit.unitId] === true
                        onToggled: panel.choose(unit.unitId, checked)
                    }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        text: unit.callSign
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: qsTr("ETA %1").arg(Theme.durationText(unit.etaSeconds))
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        Layout.preferredWidth: 120
                        textFormat: Text.PlainText
                        text: panel.recommendations.targetSeconds <= 0 ? ""
                              : unit.makesIt ? qsTr("makes it (%1 spare)").arg(Theme.durationText(unit.marginSeconds))
                                             : qsTr("misses by %1").arg(Theme.durationText(-unit.marginSeconds))
                        color: unit.makesIt ? Theme.makesIt : Theme.missesIt
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: panel.chosenCount > 0 && panel.coverage !== null
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: panel.coverage && panel.coverage.updates >= 0 ? panel.whatIfText() : ""
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                Button {
                    text: qsTr("Dispatch %n unit(s)", "", panel.chosenCount)
                    enabled: panel.chosenCount > 0
                    onClicked: panel.dispatchUnits(Object.keys(panel.chosen))
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+Enter: send the chosen units to this incident")
                }
                Button {
                    text: qsTr("Call support")
                    enabled: panel.recommendations.count > 0
                    onClicked: panel.dispatchUnits(panel.recommendations.best(2))
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+Shift+Enter: send the two fastest available units")
                }
                Button {
                    text: qsTr("Lookout…")
                    onClicked: panel.lookoutRequested(panel.currentIncidentId, panel.currentLatitude,
                                                      panel.currentLongitude, Object.keys(panel.chosen))
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+L: broadcast a plate or description to the units around the incident or to the ticked units")
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Resolve")
                    onClicked: {
                        if (!panel.dispatch.setIncidentStage(panel.currentIncidentId, IncidentModel.Resolved, ""))
                            panel.done(panel.dispatch.lastError)
                    }
                }
                Button {
                    text: qsTr("Close")
                    onClicked: {
                        if (!panel.dispatch.setIncidentStage(panel.currentIncidentId, IncidentModel.Closed, ""))
                            panel.done(panel.dispatch.lastError)
                    }
                }
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: panel.visible && panel.chosenCount > 0
        onActivated: panel.dispatchUnits(Object.keys(panel.chosen))
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]
        enabled: panel.visible && panel.currentIncidentId !== "" && panel.recommendations.count > 0
        onActivated: panel.dispatchUnits(panel.recommendations.best(2))
    }
}
