pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// The alert queue: what waits for the operator, most urgent first. Keyboard: Up/Down choose,
// A acknowledges, N makes an incident of it, D dismisses (with a reason), S snoozes 10 minutes,
// W puts the cameras that see its place on the wall, Enter shows it on the map.
Rectangle {
    id: queue
    required property AlertQueueModel model
    required property Dispatch dispatch
    required property real clock
    property alias currentIndex: list.currentIndex
    readonly property string currentAlertId: queue.model.alertIdAt(list.currentIndex)

    signal locate(real latitude, real longitude)
    signal incidentRequested(string alertId, real latitude, real longitude, int severity, string text)
    signal done(string message)
    // W: the cameras that best see the alert's place, on the wall.
    signal camerasRequested(real latitude, real longitude)

    color: Theme.panel
    activeFocusOnTab: true

    function acknowledge() {
        const id = queue.currentAlertId
        if (id !== "" && queue.dispatch.acknowledgeAlert(id))
            queue.done(qsTr("Alert %1 acknowledged").arg(id))
    }
    function dismiss(reason: string) {
        const id = queue.currentAlertId
        if (id === "")
            return
        if (queue.dispatch.dismissAlert(id, reason))
            queue.done(qsTr("Alert %1 dismissed: %2").arg(id).arg(reason))
        else
            queue.done(queue.dispatch.lastError)
    }
    function snooze(minutes: int) {
        const id = queue.currentAlertId
        if (id !== "" && queue.dispatch.snoozeAlert(id, minutes))
            queue.done(qsTr("Alert %1 snoozed for %n minute(s)", "", minutes).arg(id))
    }
    function makeIncident() {
        const item = list.currentItem as AlertRow
        if (item)
            queue.incidentRequested(item.alertId, item.latitude, item.longitude, item.severity, item.displayText)
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_A) { queue.acknowledge(); event.accepted = true }
        else if (event.key === Qt.Key_N) { queue.makeIncident(); event.accepted = true }
        else if (event.key === Qt.Key_D) { dismissMenu.popup(); event.accepted = true }
        else if (event.key === Qt.Key_S) { queue.snooze(10); event.accepted = true }
        else if (event.key === Qt.Key_W) {
            const item = list.currentItem as AlertRow
            if (item)
                queue.camerasRequested(item.latitude, item.longitude)
            event.accepted = true
        }
        else if (event.key === Qt.Key_Down) { list.incrementCurrentIndex(); event.accepted = true }
        else if (event.key === Qt.Key_Up) { list.decrementCurrentIndex(); event.accepted = true }
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            const item = list.currentItem as AlertRow
            if (item)
                queue.locate(item.latitude, item.longitude)
            event.accepted = true
        }
    }

    component AlertRow: Rectangle {
        id: row
        required property int index
        required property string alertId
        required property string displayText
        required property int severity
        required property double raised
        required property double latitude
        required property double longitude
        width: ListView.view.width
        height: rowLayout.implicitHeight + 8
        color: ListView.isCurrentItem ? Theme.rowCurrent : index % 2 ? "transparent" : Theme.rowAlternate
        RowLayout {
            id: rowLayout
            anchors.fill: parent
            anchors.leftMargin: 6
            anchors.rightMargin: 6
            spacing: 6
            Rectangle {
                Layout.preferredWidth: 6
                Layout.fillHeight: true
                Layout.topMargin: 3
                Layout.bottomMargin: 3
                color: Theme.severityColor(row.severity)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    text: row.displayText
                    color: Theme.text
                    font.pixelSize: Theme.smallFontSize
                    font.bold: row.severity >= World.Severity.High
                }
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("%1 · %2 · waiting %3").arg(Theme.severityText(row.severity)).arg(Theme.clockText(row.raised))
                          .arg(Theme.durationText((queue.clock - row.raised) / 1000))
                    color: Theme.textDim
                    font.pixelSize: Theme.smallFontSize
                }
            }
        }
        TapHandler {
            onTapped: {
                list.currentIndex = row.index
                queue.forceActiveFocus()
            }
            onDoubleTapped: queue.locate(row.latitude, row.longitude)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: queue.model
            currentIndex: 0
            ScrollBar.vertical: ScrollBar {}
            delegate: AlertRow {}
            Text {
                anchors.centerIn: parent
                width: parent.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: qsTr("No alert waits. New alarms, hot-list hits and tips appear here, most urgent first.")
                color: Theme.textDim
                font.pixelSize: Theme.fontSize
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 4
            spacing: 4
            enabled: list.count > 0
            Button {
                text: qsTr("Acknowledge")
                onClicked: queue.acknowledge()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A: acknowledge the chosen alert")
            }
            Button {
                text: qsTr("New incident")
                onClicked: queue.makeIncident()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("N: make an incident of the chosen alert")
            }
            Button {
                text: qsTr("Dismiss…")
                onClicked: dismissMenu.popup()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("D: dismiss the chosen alert, with a reason")
            }
            Button {
                text: qsTr("Snooze")
                onClicked: snoozeMenu.popup()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("S: snooze the chosen alert for 10 minutes")
            }
            Button {
                text: qsTr("Cameras")
                onClicked: {
                    const item = list.currentItem as AlertRow
                    if (item)
                        queue.camerasRequested(item.latitude, item.longitude)
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("W: put the cameras that best see the alert's place on the wall")
            }
        }
    }

    Menu {
        id: dismissMenu
        MenuItem { text: qsTr("False alarm"); onTriggered: queue.dismiss(qsTr("false alarm")) }
        MenuItem { text: qsTr("Duplicate"); onTriggered: queue.dismiss(qsTr("duplicate")) }
        MenuItem { text: qsTr("Handled elsewhere"); onTriggered: queue.dismiss(qsTr("handled elsewhere")) }
        MenuItem { text: qsTr("Test"); onTriggered: queue.dismiss(qsTr("test")) }
    }
    Menu {
        id: snoozeMenu
        MenuItem { text: qsTr("5 minutes"); onTriggered: queue.snooze(5) }
        MenuItem { text: qsTr("10 minutes"); onTriggered: queue.snooze(10) }
        MenuItem { text: qsTr("30 minutes"); onTriggered: queue.snooze(30) }
        MenuItem { text: qsTr("1 hour"); onTriggered: queue.snooze(60) }
    }
}
