pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// The instructor's controls, kept apart from the trainee's and marked as such. Every button is
// a command through the Instructor (audited, journaled, refused outside training).
Rectangle {
    id: panel
    required property Instructor instructor
    required property ScenarioState scenario
    required property UnitModel units
    // Where injections and moves go: the map centre, or a spot picked on the map.
    required property real targetLatitude
    required property real targetLongitude
    required property bool targetPicked
    // A unit chosen elsewhere (the unit list or the map) preselects the radio's unit.
    property string preferredUnit: ""
    property bool confirmingEnd: false
    readonly property alias endRunButton: endRunButton
    signal pickRequested
    signal closeRequested
    signal done(string message)

    color: Theme.panel
    border.color: Theme.training
    border.width: 2
    implicitHeight: column.implicitHeight + 10

    onPreferredUnitChanged: {
        const i = unitBox.indexOfValue(preferredUnit)
        if (i >= 0)
            unitBox.currentIndex = i
    }

    function report(ok: bool, message: string) {
        panel.done(ok ? message : qsTr("Refused: %1").arg(panel.instructor.lastError))
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 2
        spacing: 4

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 26
            color: Theme.training
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                Text {
                    Layout.fillWidth: true
                    text: qsTr("INSTRUCTOR — not for the trainee")
                    color: Theme.trainingText
                    font.bold: true
                    font.pixelSize: Theme.smallFontSize
                }
                ToolButton {
                    text: "×"
                    font.pixelSize: Theme.smallFontSize
                    palette.buttonText: Theme.trainingText
                    onClicked: panel.closeRequested()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Hide the instructor panel (Ctrl+Alt+I)")
                }
            }
        }

        RowLayout {
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: (panel.targetPicked ? qsTr("Spot picked on the map: %1, %2") : qsTr("Spot: map centre %1, %2"))
                      .arg(panel.targetLatitude.toFixed(4)).arg(panel.targetLongitude.toFixed(4))
                color: Theme.textDim
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Pick")
                font.pixelSize: Theme.smallFontSize
                onClicked: panel.pickRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Click the map to choose the spot; or search a place and use the map centre")
            }
        }

        // Inject an incident at the spot.
        RowLayout {
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 2
            ComboBox {
                id: typeBox
                Layout.fillWidth: true
                font.pixelSize: Theme.smallFontSize
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "pickpocketing", text: qsTr("Pickpocketing") },
                    { value: "theft", text: qsTr("Theft") },
                    { value: "traffic_accident", text: qsTr("Traffic accident") },
                    { value: "dispute", text: qsTr("Dispute") }
                ]
            }
            ComboBox {
                id: severityBox
                Layout.preferredWidth: 78
                font.pixelSize: Theme.smallFontSize
                // In the order of World.Severity: the index is the severity.
                currentIndex: World.Severity.High
                model: [qsTr("Low"), qsTr("Medium"), qsTr("High"), qsTr("Critical")]
            }
            Button {
                text: qsTr("Inject")
                font.pixelSize: Theme.smallFontSize
                onClicked: panel.report(panel.instructor.injectIncident(typeBox.currentValue, severityBox.currentIndex,
                                                                        panel.targetLatitude, panel.targetLongitude),
                                        qsTr("Incident injected at the spot"))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Report an incident of this type at the spot")
            }
        }

        // Move a suspect of the scenario to the spot.
        RowLayout {
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 2
            ComboBox {
                id: suspectBox
                Layout.fillWidth: true
                font.pixelSize: Theme.smallFontSize
                model: panel.scenario.suspects
                displayText: count > 0 ? currentText : qsTr("No suspects in this scenario")
                // Names from the scenario file, shown literally.
                delegate: ItemDelegate {
                    id: suspectItem
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: suspectBox.highlightedIndex === index
                    contentItem: Text {
                        text: suspectItem.modelData
                        textFormat: Text.PlainText
                        font: suspectBox.font
                        color: suspectBox.palette.text
                    }
                }
            }
            Button {
                text: qsTr("Move here")
                font.pixelSize: Theme.smallFontSize
                enabled: suspectBox.count > 0
                onClicked: panel.report(panel.instructor.moveSuspect(suspectBox.currentText, panel.targetLatitude,
                                                                     panel.targetLongitude),
                                        qsTr("Suspect %1 moved to the spot").arg(suspectBox.currentText))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The suspect continues its flight from the spot")
            }
        }

        // A unit's radio fails (no position reports, orders unanswered) or comes back.
        RowLayout {
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 2
            ComboBox {
                id: unitBox
                Layout.fillWidth: true
                font.pixelSize: Theme.smallFontSize
                model: panel.units
                textRole: "callSign"
                valueRole: "unitId"
                // Call signs come from the connector: shown literally.
                delegate: ItemDelegate {
                    id: unitItem
                    required property string callSign
                    required property int index
                    width: ListView.view.width
                    highlighted: unitBox.highlightedIndex === index
                    contentItem: Text {
                        text: unitItem.callSign
                        textFormat: Text.PlainText
                        font: unitBox.font
                        color: unitBox.palette.text
                    }
                }
            }
            Button {
                text: qsTr("Fail radio")
                font.pixelSize: Theme.smallFontSize
                enabled: unitBox.currentIndex >= 0
                onClicked: panel.report(panel.instructor.failRadio(unitBox.currentValue),
                                        qsTr("Radio of %1 failed").arg(unitBox.currentText))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The unit stops reporting and does not answer orders")
            }
            Button {
                text: qsTr("Restore radio")
                font.pixelSize: Theme.smallFontSize
                enabled: unitBox.currentIndex >= 0
                onClicked: panel.report(panel.instructor.restoreRadio(unitBox.currentValue),
                                        qsTr("Radio of %1 restored").arg(unitBox.currentText))
            }
        }

        // Which cameras had a suspect in view, and when (the training world's ground truth):
        // what the trainee could have spotted, and whether a mark was credited.
        Text {
            Layout.leftMargin: 6
            Layout.topMargin: 4
            text: qsTr("Suspects on camera")
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.smallFontSize
        }
        ListView {
            id: chanceList
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            Layout.preferredHeight: 90
            clip: true
            model: []
            delegate: Text {
                required property var modelData
                width: ListView.view.width
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.smallFontSize
                color: modelData.spotted ? Theme.available : Theme.textDim
                text: (modelData.toMs - modelData.fromMs < 60000
                       ? qsTr("%1 on %2 at %3").arg(modelData.suspect).arg(modelData.cameraName).arg(Theme.clockText(modelData.fromMs))
                       : qsTr("%1 on %2 %3–%4").arg(modelData.suspect).arg(modelData.cameraName)
                         .arg(Theme.clockText(modelData.fromMs)).arg(Theme.clockText(modelData.toMs)))
                      + (modelData.spotted ? qsTr(" · marked") : "")
            }
            Text {
                anchors.fill: parent
                visible: chanceList.count === 0
                wrapMode: Text.Wrap
                text: qsTr("No camera has had a suspect in view yet.")
                color: Theme.textDim
                font.pixelSize: Theme.smallFontSize
            }
            Timer {
                interval: 2000
                running: panel.visible
                repeat: true
                triggeredOnStart: true
                onTriggered: chanceList.model = panel.instructor.cameraChances()
            }
        }

        // Ending the run cannot be undone: the second click within a few seconds does it.
        Button {
            id: endRunButton
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            Layout.bottomMargin: 4
            font.pixelSize: Theme.smallFontSize
            enabled: !panel.scenario.ended
            text: panel.confirmingEnd ? qsTr("Click again to end the run and score it") : qsTr("End run")
            onClicked: {
                if (!panel.confirmingEnd) {
                    panel.confirmingEnd = true
                    confirmTimeout.restart()
                    return
                }
                panel.confirmingEnd = false
                panel.report(panel.instructor.endRun(), qsTr("Run ended"))
            }
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Stop the run now and show the debrief")
            Timer {
                id: confirmTimeout
                interval: 4000
                onTriggered: panel.confirmingEnd = false
            }
        }
    }
}
