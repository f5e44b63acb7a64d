import QtQuick
import QtQuick.Controls

// A tooltip that shows its text literally. The styles' own tooltips guess rich text, so a unit
// or camera name such as <img src="http://…"> would load a picture from anywhere: any tooltip
// that quotes text from outside (names, upstream errors) is this one.
ToolTip {
    id: tip
    contentItem: Text {
        text: tip.text
        textFormat: Text.PlainText
        font: tip.font
        wrapMode: Text.Wrap
        color: tip.palette.toolTipText
    }
}
