pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// The bookmarks of the recording in time order: go to one, or remove it (removals are audited
// like additions). Says where they are kept, and why none can be saved when that is so.
Dialog {
    id: dialog
    required property PlaybackController controller

    title: qsTr("Bookmarks")
    modal: false
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 560
    height: 420
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("Kept in %1, beside the recording; the recording itself is never changed.")
                .arg(dialog.controller.bookmarks.reviewPath)
            font.pixelSize: Theme.smallFontSize
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.controller.bookmarks.lastError !== ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: dialog.controller.bookmarks.lastError
            color: Theme.missesIt
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.controller.bookmarks.count === 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("No bookmarks yet. Press B (or the Bookmark button) at a moment worth coming back to.")
            color: Theme.textDim
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.controller.bookmarks
            delegate: RowLayout {
                id: row
                required property int index
                required property var bookmarkId
                required property var timeMs
                required property string note
                required property string author
                width: ListView.view.width
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    text: Theme.dateTimeText(row.timeMs).substring(5)
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    text: row.note === "" ? qsTr("(no note) — %1").arg(row.author) : row.note + " — " + row.author // the note last: a "%1" in it stays as typed
                }
                Button {
                    text: qsTr("Go to")
                    onClicked: dialog.controller.seek(row.timeMs)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Show the recording at this bookmark")
                }
                Button {
                    text: qsTr("Remove")
                    onClicked: dialog.controller.bookmarks.remove(row.bookmarkId)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Remove this bookmark (the removal is recorded with your name)")
                }
            }
        }
    }
}
