import QtQuick
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// The backend connection, always in sight when there is one: LIVE is a red band that cannot be
// mistaken for the amber of training, and it says which broker, as which role, in which
// namespace, and whether orders are going out right now.
Rectangle {
    id: bar
    required property Session session
    readonly property bool live: !session.training && !session.playback
    readonly property bool shown: live || session.hasBackend
    readonly property bool healthy: session.backendState === "connected"
    readonly property string summary: qsTr("Backend %1 · role %2 · namespace %3 · %4")
        .arg(session.backendBroker || "—")
        .arg(session.backendRole || "—")
        .arg(session.backendNamespace || (live ? "live" : "training"))
        .arg(stateText(session.backendState))
        + (session.backendDetail !== "" ? " — " + session.backendDetail : "")
    visible: shown
    implicitHeight: shown ? 30 : 0
    color: live ? Theme.live : Theme.panel
    border.color: healthy ? "transparent" : Theme.incident
    border.width: healthy ? 0 : 2

    function stateText(state: string): string {
        switch (state) {
        case "connected": return qsTr("connected")
        case "connecting": return qsTr("connecting…")
        case "disconnected": return qsTr("disconnected: orders wait in the outbox")
        case "refused": return qsTr("refused")
        default: return qsTr("no connection yet")
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 16
        Text {
            visible: bar.live
            text: qsTr("LIVE")
            font.bold: true
            font.pixelSize: 16
            font.letterSpacing: 2
            color: Theme.liveText
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: bar.live ? Theme.liveText : Theme.text
            font.pixelSize: Theme.fontSize
            text: bar.summary
            HoverHandler { id: detailHover }
            PlainToolTip {
                visible: detailHover.hovered
                text: qsTr("Orders, alerts and cordons go through this broker. Training and live never share a namespace.")
            }
        }
        Text {
            textFormat: Text.PlainText
            visible: bar.session.backendOutbox > 0
            text: qsTr("Outbox: %1").arg(bar.session.backendOutbox)
            color: bar.live ? Theme.liveText : Theme.text
            font.pixelSize: Theme.fontSize
        }
        Text {
            textFormat: Text.PlainText
            visible: bar.session.backendRefusedMessages > 0
            text: qsTr("Refused messages: %1").arg(bar.session.backendRefusedMessages)
            color: bar.live ? Theme.liveText : Theme.incident
            font.pixelSize: Theme.fontSize
        }
    }
}
