pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// A lookout: a plate and/or a description (and a photo) broadcast to every unit on duty within a
// radius of a place (the incident's, typed, or picked on the map), or to the units chosen in the
// incident panel. Ctrl+L or "Lookout…" in the incident panel. Dispatch checks everything and
// sends all the orders or none; what it refuses is said here and nothing goes out.
Dialog {
    id: dialog
    required property Dispatch dispatch
    property string incidentId: ""
    property real latitude: NaN
    property real longitude: NaN
    property list<string> unitIds: []
    property alias plate: plateField.text
    property alias description: descriptionField.text
    property alias radiusMeters: radius.value
    readonly property alias errorText: error.text

    signal sent(string message)
    signal pickRequested()

    title: dialog.incidentId !== "" ? qsTr("Lookout for incident %1").arg(dialog.incidentId) : qsTr("Lookout")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    anchors.centerIn: parent
    width: 440

    function start(incident: string, lat: real, lon: real, units: list<string>) {
        dialog.incidentId = incident
        dialog.unitIds = units
        dialog.setCentre(lat, lon)
        toUnits.checked = units.length > 0
        toArea.checked = units.length === 0
        error.text = ""
        dialog.open()
        plateField.forceActiveFocus()
    }
    function setCentre(lat: real, lon: real) {
        dialog.latitude = lat
        dialog.longitude = lon
        latField.text = isNaN(lat) ? "" : lat.toFixed(5)
        lonField.text = isNaN(lon) ? "" : lon.toFixed(5)
    }

    onAccepted: {
        const orders = toArea.checked
            ? dialog.dispatch.broadcastLookoutInArea(plateField.text, descriptionField.text, photoField.text,
                                                     latField.text === "" ? NaN : Number(latField.text),
                                                     lonField.text === "" ? NaN : Number(lonField.text),
                                                     radius.value, dialog.incidentId)
            : dialog.dispatch.broadcastLookout(plateField.text, descriptionField.text, photoField.text,
                                               dialog.unitIds, dialog.incidentId)
        if (orders.length === 0) {
            error.text = dialog.dispatch.lastError
            // The dialog closes after this handler: open it again once it has.
            Qt.callLater(dialog.open)
            return
        }
        plateField.text = ""
        descriptionField.text = ""
        photoField.text = ""
        dialog.sent(qsTr("Lookout sent to %n unit(s)", "", orders.length))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label { text: qsTr("Plate") }
        TextField {
            id: plateField
            Layout.fillWidth: true
            maximumLength: 16
            placeholderText: qsTr("e.g. 鄂A12345")
        }
        Label { text: qsTr("Description") }
        TextArea {
            id: descriptionField
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Vehicle, colour, people, direction of travel")
            // The limit Dispatch enforces, shown before it refuses.
            readonly property bool tooLong: length > 1000
            color: tooLong ? Theme.incident : palette.text
        }
        Label { text: qsTr("Photo (optional)") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: photoField
                Layout.fillWidth: true
                maximumLength: 2000
                placeholderText: qsTr("http(s) link or file path")
            }
            Button {
                text: qsTr("Choose…")
                onClicked: photoPicker.open()
            }
        }
        Label { text: qsTr("Send to") }
        RadioButton {
            id: toArea
            text: qsTr("Every unit on duty within")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 24
            enabled: toArea.checked
            SpinBox {
                id: radius
                from: 100
                to: 50000
                stepSize: 500
                value: 2000
                editable: true
            }
            Label { text: qsTr("m of") }
            TextField {
                id: latField
                Layout.preferredWidth: 80
                placeholderText: qsTr("latitude")
                validator: DoubleValidator { bottom: -90; top: 90; decimals: 6 }
            }
            TextField {
                id: lonField
                Layout.preferredWidth: 90
                placeholderText: qsTr("longitude")
                validator: DoubleValidator { bottom: -180; top: 180; decimals: 6 }
            }
            Button {
                text: qsTr("Pick on map")
                onClicked: {
                    dialog.close()
                    dialog.pickRequested()
                }
            }
        }
        RadioButton {
            id: toUnits
            text: qsTr("The %n unit(s) chosen in the incident panel", "", dialog.unitIds.length)
            enabled: dialog.unitIds.length > 0
        }
        Label {
            id: error
            Layout.fillWidth: true
            visible: text !== ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.incident
        }
    }

    FileDialog {
        id: photoPicker
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)"), qsTr("All files (*)")]
        onAccepted: photoField.text = photoPicker.selectedFile.toString().replace(/^file:\/\//, "")
    }
}
