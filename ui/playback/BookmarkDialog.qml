import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// Adds a bookmark at a moment of the recording, with an optional note. Enter saves, Esc
// cancels. The bookmark goes into the review file beside the journal, never into the journal.
Dialog {
    id: dialog
    required property PlaybackController controller
    property real timeMs: 0

    title: qsTr("Add bookmark")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 460
    standardButtons: Dialog.Save | Dialog.Cancel

    // Opens the dialog for the moment playback stands at.
    function openAtPosition() {
        dialog.timeMs = dialog.controller.positionMs
        note.text = ""
        dialog.open()
        note.forceActiveFocus()
    }

    onAccepted: dialog.controller.bookmarks.add(dialog.timeMs, note.text)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("At %1").arg(Theme.dateTimeText(dialog.timeMs))
            font.bold: true
        }
        TextField {
            id: note
            Layout.fillWidth: true
            maximumLength: 2000
            placeholderText: qsTr("Note (optional), e.g. the caller gave a second address")
            onAccepted: dialog.accept()
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Saved beside the recording with your name; the recording itself is never changed")
        }
    }
}
