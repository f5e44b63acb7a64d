pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Cordons
import Watchfloor.Theme

// The plate trail panel: follow a plate (a hot-listed one, or one typed, in part if that is all a
// witness saw) across the smart checkpoints; its reads with their times, the checkpoints it can
// reach next and from when, and a drive-time ring that moves with each new read.
Rectangle {
    id: root
    required property PlateTrail trail
    signal centreRequested(real latitude, real longitude)
    signal closeRequested()

    implicitWidth: 380
    implicitHeight: column.implicitHeight + 16
    color: Theme.mapPanel
    radius: 4

    function followTyped() {
        if (plateField.editText.trim() === "")
            return
        root.trail.follow(plateField.editText)
        suggestions.model = root.trail.reads.length === 0 ? root.trail.matching(plateField.editText, 6) : []
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
                text: root.trail.plate === "" ? qsTr("Plate trail") : qsTr("Plate trail: %1").arg(root.trail.plate)
                font.bold: true
                color: "white"
                elide: Text.ElideRight
            }
            ToolButton {
                text: "×"
                onClicked: root.closeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the plate trail panel (the trail stays on the map)")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            ComboBox {
                id: plateField
                Layout.fillWidth: true
                editable: true
                model: root.trail.hotPlates
                Component.onCompleted: plateField.contentItem.forceActiveFocus()
                onAccepted: root.followTyped()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A hot-listed plate from the list, or type one (part of a plate lists the plates read that contain it)")
            }
            Button {
                text: qsTr("Follow")
                onClicked: root.followTyped()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show the plate's reads and where it can go next (Enter)")
            }
            Button {
                text: qsTr("Stop")
                enabled: root.trail.plate !== ""
                onClicked: {
                    root.trail.stop()
                    suggestions.model = []
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Stop following the plate and take its trail off the map")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.trail.hotPlates.length === 0 && root.trail.plate === ""
            text: qsTr("No hot-listed plate read yet; type a plate to follow it")
            color: Theme.textDim
            wrapMode: Text.Wrap
        }

        // Plates that contain what was typed, when the typed plate itself was not read.
        Flow {
            Layout.fillWidth: true
            spacing: 4
            visible: suggestions.count > 0
            Repeater {
                id: suggestions
                model: []
                delegate: Button {
                    required property string modelData
                    text: modelData
                    flat: true
                    font.pixelSize: 12
                    onClicked: {
                        plateField.editText = modelData
                        root.followTyped()
                    }
                }
            }
        }

        CheckBox {
            text: qsTr("Drive-time ring follows the plate (10 min ahead)")
            checked: root.trail.ringFollows
            onToggled: root.trail.ringFollows = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Sets a cordon where the vehicle can be by road, moved at each new read and as time passes")
        }

        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.trail.status
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: root.trail.reads.length > 0 ? Theme.goodText : Theme.warningText
        }

        Label {
            visible: readList.count > 0
            text: qsTr("Reads")
            color: Theme.textDim
        }
        ListView {
            id: readList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 150)
            clip: true
            model: root.trail.reads
            delegate: ItemDelegate {
                id: read
                required property int index
                required property var modelData
                width: ListView.view.width
                height: 24
                background: Rectangle { color: read.hovered ? Theme.mapPanelRowHover : "transparent" }
                contentItem: Text {
                    textFormat: Text.PlainText
                    color: read.modelData.hot ? Theme.warningText : "white"
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    text: qsTr("%1. %2 · %3").arg(read.index + 1).arg(read.modelData.timeText).arg(read.modelData.siteName)
                }
                onClicked: root.centreRequested(read.modelData.latitude, read.modelData.longitude)
            }
        }

        Label {
            visible: aheadList.count > 0
            text: qsTr("It can reach next")
            color: Theme.textDim
        }
        ListView {
            id: aheadList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 200)
            clip: true
            model: root.trail.ahead
            delegate: ItemDelegate {
                id: next
                required property var modelData
                width: ListView.view.width
                height: 24
                background: Rectangle { color: next.hovered ? Theme.mapPanelRowHover : "transparent" }
                contentItem: Text {
                    textFormat: Text.PlainText
                    color: Theme.linkText
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    text: qsTr("%1 · from %2 (%3 min after the read)").arg(next.modelData.name).arg(next.modelData.timeText)
                        .arg(next.modelData.minutes.toFixed(1))
                }
                onClicked: root.centreRequested(next.modelData.latitude, next.modelData.longitude)
            }
        }
    }
}
