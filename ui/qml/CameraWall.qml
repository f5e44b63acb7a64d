pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// The camera wall: tiles in a layout (1, 2×2 … 6×6, one large plus small), each with its own
// player and health overlay. Keys: arrows move between tiles, Enter maximises/restores, Space
// pauses, "." steps, S takes a snapshot, Delete empties a tile, T starts/stops a tour, M then a
// click on a picture marks a sighting (a suspect seen there).
// An alert of high severity puts its nearest cameras on the reserved tiles at the end.
FocusScope {
    id: wall
    required property CameraModel cameras
    required property AlertModel alerts
    // The province's camera register (millions of cameras); null: the world's cameras only.
    property CameraRegister cameraRegister: null
    // The world behind the training cameras' synthetic video (its clock); null: none.
    property SceneSource sceneSource: null
    // In playback the tiles show recordings on the playback clock (camera id -> address).
    property alias playback: wallModel.playback
    property alias recordings: wallModel.recordings
    property alias layout: wallModel.layout
    property alias healthPath: wallModel.healthPath
    property alias lostTimeoutMs: wallModel.lostTimeoutMs
    property alias layoutsPath: wallModel.layoutsPath
    property bool expanded: false
    // In a window of its own (the physical wall on a second screen).
    property bool detached: false
    // Where a marked sighting goes (audited, and scored in training); null: no marking.
    property Dispatch dispatch: null
    // After M (or the button): the next click on a picture marks a sighting there.
    property bool spotting: false
    readonly property WallModel model: wallModel
    signal expandToggled()
    signal detachToggled()

    // A sighting marked at (x, y) of a tile's latest picture (0..1 from its top left).
    function markSighting(tile: WallTile, x: real, y: real): bool {
        wall.spotting = false
        if (!wall.dispatch || tile.cameraId === "")
            return false
        const pictureMs = tile.player.pictureTimeMs()
        const actorId = tile.player.actorAt(x, y)
        // The ground the point shows (invalid, NaN both ways, for a picture without a lens).
        const ground = tile.player.groundAt(x, y)
        if (!wall.dispatch.markSighting(tile.cameraId, pictureMs, x, y, actorId, ground.latitude, ground.longitude)) {
            status.text = qsTr("Sighting not marked: %1").arg(wall.dispatch.lastError)
            return false
        }
        status.text = actorId !== ""
            ? qsTr("Sighting marked on %1 at %2 (on someone in the picture)").arg(tile.name).arg(Theme.clockText(pictureMs))
            : qsTr("Sighting marked on %1 at %2").arg(tile.name).arg(Theme.clockText(pictureMs))
        return true
    }

    // The tile of a slot (null for none), e.g. to mark on it.
    function tile(slot: int): WallTile {
        return tileRepeater.itemAt(slot) as WallTile
    }

    // "Show cameras near here" for a map click or an incident.
    function showNear(latitude: real, longitude: real): int {
        return wallModel.showNear(latitude, longitude)
    }

    // The header's buttons are as wide as their text: the wall column is narrow.
    component HeaderButton: Button {
        implicitHeight: 24
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        leftPadding: 8
        rightPadding: 8
        font.pixelSize: Theme.smallFontSize
    }

    WallModel {
        id: wallModel
        cameras: wall.cameras
        cameraRegister: wall.cameraRegister
        scene: wall.sceneSource
        alerts: wall.alerts
        // Whoever watches the health file (tests, the benchmark) also gets glass-to-glass
        // latency from stamped test pictures; reading a stamp costs a few dozen pixel reads.
        measureLatency: healthPath !== ""
        onSnapshotTaken: path => status.text = qsTr("Snapshot saved: %1").arg(path)
    }

    Keys.onPressed: event => {
        const slot = wallModel.currentSlot
        switch (event.key) {
        case Qt.Key_Left: wallModel.moveCurrent(-1, 0); break
        case Qt.Key_Right: wallModel.moveCurrent(1, 0); break
        case Qt.Key_Up: wallModel.moveCurrent(0, -1); break
        case Qt.Key_Down: wallModel.moveCurrent(0, 1); break
        case Qt.Key_Return:
        case Qt.Key_Enter: wallModel.toggleMaximised(slot); break
        case Qt.Key_Escape:
            if (wall.spotting)
                wall.spotting = false
            else
                wallModel.maximisedSlot = -1
            break
        case Qt.Key_M:
            if (!wall.dispatch)
                return
            wall.spotting = !wall.spotting
            break
        case Qt.Key_Space: wallModel.togglePause(slot); break
        case Qt.Key_Period: wallModel.step(slot); break
        case Qt.Key_S: wallModel.snapshot(slot); break
        case Qt.Key_Delete: wallModel.clearSlot(slot); break
        case Qt.Key_T: wallModel.touring ? wallModel.stopTour() : wallModel.startTour(); break
        default: return
        }
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.panel
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle { // header: title, layout, tour, camera list, expand
            Layout.fillWidth: true
            implicitHeight: 30
            color: Theme.panelBorder
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 4
                spacing: 4
                Text {
                    text: qsTr("Camera wall")
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontSize
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: qsTr("%n cameras", "", wall.cameras.count)
                    color: Theme.textDim
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideRight
                }
                ComboBox {
                    id: layoutBox
                    implicitWidth: 66
                    implicitHeight: 24
                    font.pixelSize: Theme.smallFontSize
                    model: wallModel.layouts
                    currentIndex: wallModel.layouts.indexOf(wallModel.layout)
                    onActivated: index => wallModel.layout = wallModel.layouts[index]
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Wall layout")
                }
                HeaderButton {
                    text: wallModel.touring ? qsTr("Stop tour") : qsTr("Tour")
                    checkable: false
                    onClicked: wallModel.touring ? wallModel.stopTour() : wallModel.startTour()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Cycle all cameras through the wall every %1 s").arg(wallModel.tourDwellSeconds)
                }
                HeaderButton {
                    visible: wall.dispatch !== null
                    text: qsTr("Mark")
                    checkable: true
                    checked: wall.spotting
                    onClicked: wall.spotting = !wall.spotting
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Then click a suspect on a picture: the camera, the time and the place in the picture are recorded (M; Esc cancels)")
                }
                HeaderButton {
                    text: qsTr("Cameras")
                    checkable: true
                    checked: picker.visible
                    onClicked: picker.visible = !picker.visible
                }
                HeaderButton {
                    visible: !wall.detached
                    text: wall.expanded ? qsTr("Shrink") : qsTr("Expand")
                    onClicked: wall.expandToggled()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Give the wall most of the window (F10)")
                }
                HeaderButton {
                    id: moreButton
                    text: qsTr("Layouts ▾")
                    onClicked: moreMenu.open()
                    ToolTip.visible: hovered && !moreMenu.visible
                    ToolTip.text: qsTr("Saved layouts, and the wall on a screen of its own")
                    Menu {
                        id: moreMenu
                        y: moreButton.height
                        MenuItem {
                            text: qsTr("No saved layouts yet")
                            enabled: false
                            visible: wallModel.savedLayouts.length === 0
                            height: visible ? implicitHeight : 0
                        }
                        Instantiator {
                            model: wallModel.savedLayouts
                            delegate: MenuItem {
                                required property string modelData
                                text: modelData
                                onTriggered: {
                                    if (wallModel.applySavedLayout(modelData))
                                        status.text = qsTr("Layout “%1” put on the wall").arg(modelData)
                                }
                            }
                            onObjectAdded: (index, object) => moreMenu.insertItem(1 + index, object as MenuItem)
                            onObjectRemoved: (index, object) => moreMenu.removeItem(object as MenuItem)
                        }
                        MenuSeparator {}
                        MenuItem {
                            text: qsTr("Save this layout as…")
                            onTriggered: saveDialog.open()
                        }
                        Menu {
                            id: deleteMenu
                            title: qsTr("Delete a saved layout")
                            enabled: wallModel.savedLayouts.length > 0
                            Instantiator {
                                model: wallModel.savedLayouts
                                delegate: MenuItem {
                                    required property string modelData
                                    text: modelData
                                    onTriggered: wallModel.removeSavedLayout(modelData)
                                }
                                onObjectAdded: (index, object) => deleteMenu.insertItem(index, object as MenuItem)
                                onObjectRemoved: (index, object) => deleteMenu.removeItem(object as MenuItem)
                            }
                        }
                        MenuSeparator {}
                        MenuItem {
                            text: wall.detached ? qsTr("Bring the wall back into the main window (F9)")
                                                : qsTr("Open the wall in its own window (F9)")
                            onTriggered: wall.detachToggled()
                        }
                    }
                }
            }
        }

        Rectangle { // while marking: what the next click does
            Layout.fillWidth: true
            implicitHeight: 24
            visible: wall.spotting
            color: Theme.accent
            Text {
                anchors.fill: parent
                anchors.leftMargin: 8
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                text: qsTr("Click the suspect on a picture to mark a sighting (Esc cancels)")
                color: Theme.onBrightText
                font.bold: true
                font.pixelSize: Theme.smallFontSize
            }
        }

        Rectangle { // the alarm banner, while an alarm holds the reserved tiles
            Layout.fillWidth: true
            implicitHeight: 24
            visible: wallModel.alarmText !== ""
            color: Theme.incident
            Text {
                anchors.fill: parent
                anchors.leftMargin: 8
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                textFormat: Text.PlainText
                text: qsTr("ALARM: %1 — nearest cameras on the red tiles (click to dismiss)").arg(wallModel.alarmText)
                color: Theme.onBrightText
                font.bold: true
                font.pixelSize: Theme.smallFontSize
            }
            TapHandler { onTapped: wallModel.dismissAlarm() }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            CameraPicker {
                id: picker
                Layout.preferredWidth: 160
                Layout.fillHeight: true
                visible: false
                cameras: wall.cameras
                finder: wallModel
                onCameraChosen: cameraId => wallModel.assign(wallModel.currentSlot, cameraId)
            }

            Item { // the tiles, placed by their cell in the layout's grid
                id: area
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                readonly property real cell: Math.min(width / wallModel.gridSize, height / wallModel.gridSize * 704 / 576)
                readonly property real cellHeight: cell * 576 / 704
                readonly property real originX: (width - cell * wallModel.gridSize) / 2
                readonly property real originY: (height - cellHeight * wallModel.gridSize) / 2

                TapHandler { onTapped: wall.forceActiveFocus() }

                Repeater {
                    id: tileRepeater
                    model: wallModel
                    delegate: WallTile {
                        id: tileDelegate
                        required property int row
                        required property int column
                        required property int rowSpan
                        required property int columnSpan
                        wall: wallModel
                        spotting: wall.spotting
                        canMark: wall.dispatch !== null
                        onMarkRequested: (x, y) => wall.markSighting(tileDelegate, x, y)
                        readonly property bool hiddenByMaximised: wallModel.maximisedSlot >= 0 && !maximised
                        // A tile hidden behind a maximised one is invisible, so its player stops.
                        visible: !hiddenByMaximised
                        x: maximised ? area.originX : area.originX + column * area.cell
                        y: maximised ? area.originY : area.originY + row * area.cellHeight
                        width: maximised ? area.cell * wallModel.gridSize : columnSpan * area.cell
                        height: maximised ? area.cellHeight * wallModel.gridSize : rowSpan * area.cellHeight
                    }
                }
                Text {
                    anchors.centerIn: parent
                    visible: wall.cameras.count === 0
                    text: qsTr("No cameras known yet")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSize
                }
            }
        }
        Text {
            id: status
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 6
            visible: text !== ""
            color: Theme.textDim
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideMiddle
        }
    }

    Dialog {
        id: saveDialog
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save the wall layout")
        standardButtons: Dialog.Save | Dialog.Cancel
        onOpened: {
            nameField.text = ""
            nameField.forceActiveFocus()
        }
        onAccepted: {
            const name = nameField.text.trim()
            if (wallModel.saveLayoutAs(name))
                status.text = qsTr("Layout saved as “%1”").arg(name)
            else
                status.text = qsTr("Layout not saved: %1").arg(wallModel.savedLayoutsError)
        }
        ColumnLayout {
            spacing: 6
            Label {
                text: qsTr("Name (the layout and the camera on each tile are kept):")
            }
            TextField {
                id: nameField
                Layout.preferredWidth: 280
                placeholderText: qsTr("e.g. Night shift, Hankou station")
                onAccepted: saveDialog.accept()
            }
            Label {
                visible: wallModel.savedLayouts.indexOf(nameField.text.trim()) >= 0
                text: qsTr("A layout of this name exists and will be replaced.")
                color: Theme.incident
            }
        }
    }
}
