import QtQuick
import QtQuick.Layouts
import Watchfloor.Theme

// Always visible in training: nothing a trainee does may be mistaken for live work.
Rectangle {
    id: banner
    required property bool training
    visible: training
    implicitHeight: training ? 30 : 0
    color: Theme.training

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        Text {
            text: qsTr("TRAINING")
            font.bold: true
            font.pixelSize: 16
            font.letterSpacing: 2
            color: Theme.trainingText
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Simulated world: orders go to simulated units only and never reach live forces.")
            color: Theme.trainingText
            font.pixelSize: Theme.fontSize
            elide: Text.ElideRight
        }
        // The training world's roads are generated (no real road data offline): say so.
        Text {
            text: qsTr("Road network: generated, not real")
            color: Theme.trainingText
            font.pixelSize: Theme.fontSize
        }
    }
}
