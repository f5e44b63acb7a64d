pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtMultimedia
import Watchfloor.Theme
import Watchfloor.Ui

// One tile of the camera wall: the video, its health overlay (name, live/stale/lost, fps,
// resolution, bitrate, age of the last frame) and the operator's actions on it. Drop a camera
// from the camera list here to put it on this tile.
Rectangle {
    id: tile
    required property WallModel wall
    required property int slot
    required property string cameraId
    required property string name
    required property string mainUrl
    required property string subUrl
    required property bool highlighted
    required property bool reserved
    // The wall's "mark a sighting" mode: a click on the picture asks to mark one there.
    property bool spotting: false
    property bool canMark: false
    // A sighting to mark at (x, y) of the picture, 0..1 from its top left.
    signal markRequested(real x, real y)

    readonly property bool current: wall.currentSlot === slot
    readonly property bool maximised: wall.maximisedSlot === slot
    // Small tiles take the sub-stream; a maximised or large tile the main stream.
    readonly property bool large: maximised || width >= 560
    readonly property bool onSub: !large && subUrl !== ""
    readonly property alias player: player

    color: Theme.wall
    border.width: highlighted || current ? 2 : 1
    border.color: highlighted ? Theme.incident : (current ? Theme.accent : Theme.panelBorder)

    VideoOutput {
        id: video
        anchors.fill: parent
        anchors.margins: tile.border.width
        fillMode: VideoOutput.PreserveAspectFit
    }

    WallPlayer {
        id: player
        anchors.fill: video
        wall: tile.wall
        slot: tile.slot
        cameraId: tile.cameraId
        cameraName: tile.name
        source: tile.onSub ? tile.subUrl : tile.mainUrl
        videoSink: video.videoSink
        lostTimeoutMs: tile.wall.lostTimeoutMs
        measureLatency: tile.wall.measureLatency
    }

    function stateColor(): color {
        switch (player.state) {
        case WallPlayer.Live: return Theme.available
        case WallPlayer.Stale: return Theme.enRoute
        case WallPlayer.Lost:
        case WallPlayer.Failed: return Theme.incident
        default: return Theme.textDim
        }
    }
    function stateText(): string {
        switch (player.state) {
        // A recording in playback and a training camera's drawn picture never read LIVE.
        case WallPlayer.Live:
            return player.paused ? qsTr("PAUSED") : player.recording ? qsTr("RECORDED")
                 : player.simulated ? qsTr("SIMULATED") : qsTr("LIVE")
        case WallPlayer.NoRecording: return qsTr("NO RECORDING")
        case WallPlayer.Stale: return qsTr("STALE")
        case WallPlayer.Lost: return qsTr("SIGNAL LOST")
        case WallPlayer.Failed: return qsTr("NO SIGNAL")
        case WallPlayer.Connecting: return qsTr("CONNECTING")
        default: return ""
        }
    }
    function ageText(): string {
        if (player.frameAgeMs < 0)
            return qsTr("no frame yet")
        if (player.frameAgeMs < 10000)
            return qsTr("%1 s ago").arg((player.frameAgeMs / 1000).toFixed(1))
        return qsTr("%1 s ago").arg(Math.round(player.frameAgeMs / 1000))
    }

    // A point of the tile in the picture's own terms (0..1 from its top left), or null off it.
    function pictureXY(x: real, y: real): var {
        const r = video.contentRect
        if (r.width <= 0 || r.height <= 0)
            return null
        const px = (x - video.x - r.x) / r.width
        const py = (y - video.y - r.y) / r.height
        return px >= 0 && px <= 1 && py >= 0 && py <= 1 ? Qt.point(px, py) : null
    }
    function requestMark(x: real, y: real) {
        const p = pictureXY(x, y)
        if (p === null || player.pictureTimeMs() <= 0)
            return
        markRing.x = x - markRing.width / 2
        markRing.y = y - markRing.height / 2
        markRing.visible = true
        markRingTimer.restart()
        tile.markRequested(p.x, p.y)
    }

    readonly property bool compact: width < 200
    readonly property int overlayFont: compact ? 9 : Theme.smallFontSize

    // Top bar: camera name on the left, state on the right.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: tile.border.width
        height: nameText.implicitHeight + 4
        color: Theme.wallVeil
        visible: tile.cameraId !== ""
        Text {
            id: nameText
            anchors.left: parent.left
            anchors.right: stateBadge.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            textFormat: Text.PlainText
            text: tile.name
            color: Theme.text
            font.pixelSize: tile.overlayFont
            font.bold: true
            elide: Text.ElideRight
        }
        Rectangle {
            id: stateBadge
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.rightMargin: 3
            width: stateLabel.implicitWidth + 8
            height: stateLabel.implicitHeight + 2
            radius: 2
            color: tile.stateColor()
            visible: stateLabel.text !== ""
            Text {
                id: stateLabel
                anchors.centerIn: parent
                textFormat: Text.PlainText
                text: tile.stateText()
                color: Theme.onBrightText
                font.pixelSize: tile.overlayFont - 1
                font.bold: true
            }
        }
    }

    // Bottom bar: the health numbers.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: tile.border.width
        height: statsText.implicitHeight + 2
        color: Theme.wallVeil
        visible: tile.cameraId !== "" && player.state !== WallPlayer.Idle && tile.height > 70
        Text {
            id: statsText
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            color: player.state === WallPlayer.Live ? Theme.text : Theme.enRoute
            font.pixelSize: tile.overlayFont - 1
            textFormat: Text.PlainText
            text: {
                const parts = [qsTr("%1 fps").arg(player.fps.toFixed(1))]
                if (player.resolution.width > 0)
                    parts.push(player.resolution.width + "×" + player.resolution.height)
                if (player.bitrateKbps > 0)
                    parts.push(qsTr("%1 kb/s").arg(player.bitrateKbps))
                // A recording says which moment it shows; a live picture how fresh it is.
                parts.push(player.recording ? player.recordingNote : tile.ageText())
                parts.push(tile.onSub ? qsTr("sub") : qsTr("main"))
                return parts.join(" · ")
            }
        }
    }

    // The reason there is no picture, in the middle where the picture should be.
    Column {
        anchors.centerIn: parent
        width: parent.width - 16
        spacing: 2
        // In playback a camera without a recording address has nothing to show.
        readonly property bool noAddress: tile.wall.playback && tile.cameraId !== "" && tile.mainUrl === ""
        visible: tile.cameraId === "" || player.state === WallPlayer.Lost || player.state === WallPlayer.Failed
                 || player.state === WallPlayer.Connecting || player.state === WallPlayer.NoRecording || noAddress
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: tile.compact ? 10 : Theme.fontSize
            font.bold: player.state === WallPlayer.Lost || player.state === WallPlayer.Failed
            color: tile.cameraId === "" || player.state === WallPlayer.Connecting ? Theme.textDim : Theme.incident
            textFormat: Text.PlainText
            text: tile.cameraId === "" ? qsTr("Drop a camera here")
                : parent.noAddress ? qsTr("No recorded video for this camera")
                : player.state === WallPlayer.NoRecording ? qsTr("NO RECORDING")
                : player.state === WallPlayer.Connecting ? qsTr("Connecting…")
                : player.state === WallPlayer.Lost ? qsTr("SIGNAL LOST") : qsTr("NO SIGNAL")
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: tile.compact ? 2 : 4
            elide: Text.ElideRight
            visible: text !== "" && tile.cameraId !== ""
            color: Theme.textDim
            font.pixelSize: tile.compact ? 9 : Theme.smallFontSize
            textFormat: Text.PlainText
            text: {
                const parts = []
                if (parent.noAddress)
                    parts.push(qsTr("The site's camera file gives it no \"playback\" address"))
                if (player.state === WallPlayer.NoRecording)
                    parts.push(player.recordingNote)
                if (player.errorString !== "" && player.state !== WallPlayer.Connecting)
                    parts.push(player.errorString)
                if (player.retryInMs >= 0)
                    parts.push(qsTr("retrying in %1 s").arg(Math.ceil(player.retryInMs / 1000)))
                return parts.join(" — ")
            }
        }
    }

    Rectangle { // the alarm's reserved tiles wear a red frame
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.incident
        border.width: 3
        visible: tile.highlighted
        SequentialAnimation on opacity {
            running: tile.highlighted
            loops: Animation.Infinite
            NumberAnimation { to: 0.3; duration: 600 }
            NumberAnimation { to: 1; duration: 600 }
        }
    }

    Rectangle { // where a sighting was just marked
        id: markRing
        width: 28
        height: 28
        radius: 14
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        visible: false
        Timer {
            id: markRingTimer
            interval: 2500
            onTriggered: markRing.visible = false
        }
    }

    HoverHandler {
        cursorShape: tile.spotting ? Qt.CrossCursor : Qt.ArrowCursor
    }
    TapHandler {
        onTapped: eventPoint => {
            tile.wall.currentSlot = tile.slot
            if (tile.spotting)
                tile.requestMark(eventPoint.position.x, eventPoint.position.y)
        }
        onDoubleTapped: {
            if (!tile.spotting)
                tile.wall.toggleMaximised(tile.slot)
        }
    }
    property point menuPoint
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: eventPoint => {
            tile.wall.currentSlot = tile.slot
            tile.menuPoint = eventPoint.position
            menu.popup()
        }
    }
    Menu {
        id: menu
        MenuItem {
            text: qsTr("Mark sighting here")
            // Training cameras: the picture knows the world's moment and who it shows.
            visible: tile.canMark && tile.mainUrl.startsWith("sim://")
            height: visible ? implicitHeight : 0
            onTriggered: tile.requestMark(tile.menuPoint.x, tile.menuPoint.y)
        }
        MenuItem { text: tile.maximised ? qsTr("Restore") : qsTr("Maximise"); onTriggered: tile.wall.toggleMaximised(tile.slot) }
        MenuItem { text: player.paused ? qsTr("Resume") : qsTr("Pause"); onTriggered: tile.wall.togglePause(tile.slot) }
        MenuItem { text: qsTr("Step one frame"); onTriggered: tile.wall.step(tile.slot) }
        MenuItem { text: qsTr("Snapshot"); onTriggered: tile.wall.snapshot(tile.slot) }
        MenuItem { text: player.muted ? qsTr("Unmute") : qsTr("Mute"); onTriggered: player.muted = !player.muted }
        MenuItem { text: qsTr("Reconnect"); onTriggered: tile.wall.reconnect(tile.slot) }
        MenuItem { text: qsTr("Remove from wall"); onTriggered: tile.wall.clearSlot(tile.slot) }
    }

    DropArea {
        id: drop
        anchors.fill: parent
        // Camera drags carry their id as a key ("camera:CAM0001"); anything else is refused.
        onEntered: drag => drag.accepted = drag.keys.some(k => k.startsWith("camera:"))
        onDropped: drop => {
            const key = drop.keys.find(k => k.startsWith("camera:"))
            if (key !== undefined) {
                tile.wall.assign(tile.slot, key.substring(7))
                drop.accept()
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        visible: drop.containsDrag
    }
}
