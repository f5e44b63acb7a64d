pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// The trainee's side of a training run: what the scenario is, the simulated clock and the
// time control. Speeds and pause go to the simulator through TimeControl.
Rectangle {
    id: panel
    required property ScenarioState scenario
    required property TimeControl timeControl
    required property real clock
    property bool briefingOpen: true
    readonly property alias pauseButton: pauseButton
    readonly property alias stepButton: stepButton
    signal debriefRequested
    signal instructorRequested

    color: Theme.panel
    implicitHeight: column.implicitHeight + 8

    // The button of a speed (1, 4 or 16).
    function speedButton(speed: real): Button {
        return speed === 1 ? speed1 : speed === 4 ? speed4 : speed16
    }

    function runningAt(speed: real): bool {
        return !panel.timeControl.paused && panel.timeControl.speed === speed
    }

    function minutesText(ms: real): string {
        const s = Math.max(0, Math.floor(ms / 1000))
        const m = Math.floor(s / 60)
        return m + ":" + String(s % 60).padStart(2, "0")
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: 4

        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Training run")
            detail: panel.scenario.scenarioId
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            textFormat: Text.PlainText
            text: panel.scenario.active ? panel.scenario.title : qsTr("Waiting for the simulator…")
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        ToolButton {
            Layout.leftMargin: 4
            visible: panel.scenario.briefing !== ""
            text: panel.briefingOpen ? qsTr("Hide briefing") : qsTr("Show briefing")
            font.pixelSize: Theme.smallFontSize
            palette.buttonText: Theme.accent // the style's dark text vanishes on the night panel
            onClicked: panel.briefingOpen = !panel.briefingOpen
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("The scenario's briefing: what happened and what is asked of you")
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.maximumHeight: 140
            visible: panel.briefingOpen && text !== ""
            textFormat: Text.PlainText
            text: panel.scenario.briefing
            color: Theme.textDim
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            clip: true
        }
        RowLayout {
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            spacing: 8
            Text {
                textFormat: Text.PlainText
                text: Theme.clockText(panel.clock)
                color: panel.timeControl.paused ? Theme.training : Theme.text
                font.pixelSize: 22
                font.family: "monospace"
                ToolTip.visible: clockArea.containsMouse
                ToolTip.text: qsTr("Simulated time (China Standard Time, UTC+8)")
                MouseArea {
                    id: clockArea
                    anchors.fill: parent
                    hoverEnabled: true
                }
            }
            Text {
                Layout.fillWidth: true
                visible: panel.scenario.active
                textFormat: Text.PlainText
                text: qsTr("%1 of %2").arg(panel.minutesText(panel.clock - panel.scenario.startMs))
                                    .arg(panel.minutesText(panel.scenario.endMs - panel.scenario.startMs))
                color: Theme.textDim
                font.pixelSize: Theme.smallFontSize
            }
        }
        // Time control. Shortcuts live in Main.qml: Ctrl+Space, Ctrl+1, Ctrl+4, Ctrl+6 and Ctrl+full stop.
        // The buttons show the state as "checked" without being checkable: the time control
        // decides, and a click must not break the binding.
        RowLayout {
            Layout.leftMargin: 4
            Layout.rightMargin: 4
            spacing: 2
            enabled: panel.timeControl.available && !panel.scenario.ended
            component SpeedButton: Button {
                Layout.fillWidth: true
                Layout.preferredWidth: 40
                font.pixelSize: Theme.smallFontSize
                ToolTip.visible: hovered
                ToolTip.delay: 600
            }
            Button {
                id: pauseButton
                Layout.fillWidth: true
                Layout.preferredWidth: 64
                font.pixelSize: Theme.smallFontSize
                checked: panel.timeControl.paused
                text: panel.timeControl.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: panel.timeControl.togglePause()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Pause or resume the simulated world (Ctrl+Space)")
            }
            SpeedButton {
                id: speed1
                text: "1×"
                checked: panel.runningAt(1)
                onClicked: panel.timeControl.setSpeed(1)
                ToolTip.text: qsTr("Real time (Ctrl+1)")
            }
            SpeedButton {
                id: speed4
                text: "4×"
                checked: panel.runningAt(4)
                onClicked: panel.timeControl.setSpeed(4)
                ToolTip.text: qsTr("Four times real time (Ctrl+4)")
            }
            SpeedButton {
                id: speed16
                text: "16×"
                checked: panel.runningAt(16)
                onClicked: panel.timeControl.setSpeed(16)
                ToolTip.text: qsTr("Sixteen times real time (Ctrl+6)")
            }
            Button {
                id: stepButton
                Layout.fillWidth: true
                Layout.preferredWidth: 48
                font.pixelSize: Theme.smallFontSize
                enabled: panel.timeControl.paused
                text: qsTr("Step")
                onClicked: panel.timeControl.step()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("While paused: advance the world by one second (Ctrl+.)")
            }
        }
        RowLayout {
            Layout.leftMargin: 4
            Layout.rightMargin: 4
            Layout.bottomMargin: 4
            spacing: 4
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: 4
                textFormat: Text.PlainText
                text: panel.scenario.ended ? qsTr("Run over")
                                           : panel.timeControl.paused ? qsTr("Paused")
                                                                      : qsTr("Running at %1×").arg(panel.timeControl.speed)
                color: panel.scenario.ended || panel.timeControl.paused ? Theme.training : Theme.textDim
                font.pixelSize: Theme.smallFontSize
            }
            ToolButton {
                visible: panel.scenario.ended
                text: qsTr("Debrief")
                font.pixelSize: Theme.smallFontSize
                palette.buttonText: Theme.accent
                onClicked: panel.debriefRequested()
            }
            ToolButton {
                text: qsTr("Instructor")
                font.pixelSize: Theme.smallFontSize
                palette.buttonText: Theme.accent
                onClicked: panel.instructorRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Show or hide the instructor panel (Ctrl+Alt+I)")
            }
        }
    }
}
