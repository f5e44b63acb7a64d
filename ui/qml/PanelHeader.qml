import QtQuick
import Watchfloor.Theme

Rectangle {
    id: header
    property string title
    property string detail
    implicitHeight: 28
    color: Theme.panelBorder

    Text {
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: 8
        textFormat: Text.PlainText
        text: header.title
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontSize
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: parent.right
        anchors.rightMargin: 8
        textFormat: Text.PlainText
        text: header.detail
        color: Theme.textDim
        font.pixelSize: Theme.smallFontSize
    }
}
