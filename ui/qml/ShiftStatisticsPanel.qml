pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Watchfloor.Theme
import Watchfloor.Ui

// The shift's statistics: per response class the arrivals within target (n of N and the
// share), the median and 90th-percentile times from an incident's creation to its first unit on
// scene; then per unit and per district. "Export CSV…" (Ctrl+Shift+S) saves them for a
// spreadsheet.
Rectangle {
    id: panel
    required property ShiftStatisticsModel model
    property string lastExport: ""

    signal done(string message)

    color: Theme.panel

    function figure(seconds: real): string {
        return seconds < 0 ? "–" : Theme.durationText(seconds)
    }
    function share(line: var): string {
        if (line.targeted === 0)
            return qsTr("no target")
        return qsTr("%1/%2 (%3 %)").arg(line.within).arg(line.targeted).arg(Math.round(line.percent))
    }
    function exportTo(file: url) {
        const error = panel.model.exportCsv(file.toString())
        panel.lastExport = error === "" ? qsTr("Saved %1").arg(file.toString().replace(/^file:\/\//, "")) : error
        panel.done(panel.lastExport)
    }

    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: panel.visible
        onActivated: saver.open()
    }

    // One row of a table: the name, then figures aligned right.
    component Cells: RowLayout {
        id: cells
        required property list<string> texts
        property bool header: false
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        spacing: 6
        Repeater {
            model: cells.texts
            Text {
                required property int index
                required property string modelData
                Layout.fillWidth: index === 0
                Layout.preferredWidth: index === 0 ? 120 : 70
                textFormat: Text.PlainText
                elide: Text.ElideRight
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                text: modelData
                color: cells.header ? Theme.textDim : Theme.text
                font.pixelSize: Theme.smallFontSize
            }
        }
    }

    // One table: a header row and a row per line (class, unit or district).
    component Table: ColumnLayout {
        id: table
        required property string title
        required property string nameHeader
        required property var lines
        property bool units: false
        spacing: 0
        Layout.fillWidth: true
        Text {
            Layout.topMargin: 8
            Layout.leftMargin: 8
            text: table.title
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.bold: true
        }
        Cells {
            header: true
            texts: [table.nameHeader, qsTr("within target"), table.units ? qsTr("arrivals") : qsTr("reached"),
                    qsTr("median"), qsTr("90th pct.")]
        }
        Repeater {
            model: table.lines
            Cells {
                id: lineRow
                required property var modelData
                texts: [lineRow.modelData.label, panel.share(lineRow.modelData),
                        table.units ? qsTr("%1 (%2 first)").arg(lineRow.modelData.reached).arg(lineRow.modelData.firstOnScene)
                                    : qsTr("%1/%2").arg(lineRow.modelData.reached).arg(lineRow.modelData.incidents),
                        panel.figure(lineRow.modelData.median), panel.figure(lineRow.modelData.p90)]
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 4
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                elide: Text.ElideRight
                text: qsTr("This shift: %n incident(s), %1 reached", "", panel.model.incidents).arg(panel.model.arrivals)
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Button {
                text: qsTr("Export CSV…")
                onClicked: saver.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Save the shift's statistics for a spreadsheet (Ctrl+Shift+S)")
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.model.arrivals === 0
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: panel.model.incidents === 0
                  ? qsTr("No arrivals yet: no incident this shift.")
                  : qsTr("No arrivals yet: %n incident(s) waiting for a first unit on scene.", "", panel.model.incidents)
            color: Theme.textDim
            font.pixelSize: Theme.fontSize
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.model.arrivals > 0
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 0
                Table {
                    title: qsTr("Response classes")
                    nameHeader: qsTr("class")
                    lines: panel.model.classes
                }
                Table {
                    title: qsTr("Districts")
                    nameHeader: qsTr("district")
                    lines: panel.model.districts
                }
                Text {
                    Layout.leftMargin: 8
                    visible: panel.model.districtProblem !== ""
                    textFormat: Text.PlainText
                    text: panel.model.districtProblem
                    color: Theme.missesIt
                    font.pixelSize: Theme.smallFontSize
                }
                Table {
                    title: qsTr("Units")
                    nameHeader: qsTr("unit")
                    lines: panel.model.units
                    units: true
                }
                Text {
                    Layout.fillWidth: true
                    Layout.margins: 8
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("Response time: from the incident's creation to its first unit on scene, on the world clock. An incident nobody reached counts against its target.")
                    color: Theme.textDim
                    font.pixelSize: Theme.smallFontSize
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.margins: 4
            visible: panel.lastExport !== ""
            elide: Text.ElideMiddle
            textFormat: Text.PlainText
            text: panel.lastExport
            color: Theme.textDim
            font.pixelSize: Theme.smallFontSize
        }
    }

    FileDialog {
        id: saver
        title: qsTr("Export the shift's statistics")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: panel.exportTo(saver.selectedFile)
    }
}
