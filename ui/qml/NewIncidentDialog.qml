pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme
import Watchfloor.Ui

// A new incident: from an alert (its place and priority filled in), a map click or Ctrl+N (the
// map centre, or pick on the map). The incident is made by Dispatch, which refuses it without a
// place or a type.
Dialog {
    id: dialog
    required property Dispatch dispatch
    property string alertId: ""
    property real latitude: NaN
    property real longitude: NaN
    property int severity: World.Severity.Medium
    property string description: ""
    property string placeName: ""

    MapSearch { id: search }

    signal created(string incidentId)
    signal pickRequested()

    title: qsTr("New incident")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    anchors.centerIn: parent
    width: 420

    // Sets the place from a name of the base map or typed coordinates; says so when none matches.
    function findPlace(text: string): bool {
        const place = search.findPlace(text)
        if (!place.found) {
            error.text = qsTr("No place called \"%1\"").arg(text)
            return false
        }
        dialog.latitude = place.latitude
        dialog.longitude = place.longitude
        dialog.placeName = place.name
        error.text = ""
        return true
    }

    function start(alert: string, lat: real, lon: real, sev: int, text: string) {
        placeField.text = ""
        dialog.placeName = ""
        dialog.alertId = alert
        dialog.latitude = lat
        dialog.longitude = lon
        dialog.severity = sev
        dialog.description = text
        descriptionField.text = text
        priority.currentIndex = Math.max(World.Severity.Low, Math.min(World.Severity.Critical, sev))
        error.text = ""
        dialog.open()
        typeBox.forceActiveFocus()
    }

    onAccepted: {
        const id = dialog.dispatch.createIncident(typeBox.currentValue, priority.currentIndex, dialog.latitude,
                                                  dialog.longitude, descriptionField.text, dialog.alertId)
        if (id === "") {
            error.text = dialog.dispatch.lastError
            dialog.open()
            return
        }
        dialog.created(id)
    }
    // Enter belongs to the fields (the place search takes it); Ctrl+Enter makes the incident from
    // anywhere in the dialog, as Ctrl+Enter dispatches from the incident panel. A modal dialog
    // blocks the window's other shortcuts, so the two never compete.
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.visible
        onActivated: dialog.accept()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label { text: qsTr("Type") }
        ComboBox {
            id: typeBox
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "dispute", text: qsTr("dispute") },
                { value: "theft", text: qsTr("theft") },
                { value: "pickpocketing", text: qsTr("pickpocketing") },
                { value: "traffic_accident", text: qsTr("traffic accident") },
                { value: "hit_and_run", text: qsTr("hit and run") },
                { value: "robbery", text: qsTr("robbery") },
                { value: "fight", text: qsTr("fight") },
                { value: "fire", text: qsTr("fire") },
                { value: "medical", text: qsTr("medical emergency") },
                { value: "other", text: qsTr("other") }
            ]
        }
        Label { text: qsTr("Priority") }
        ComboBox {
            id: priority
            Layout.fillWidth: true
            model: [qsTr("low"), qsTr("medium"), qsTr("high"), qsTr("critical")]
            currentIndex: 1
        }
        Label { text: qsTr("Description") }
        TextField {
            id: descriptionField
            Layout.fillWidth: true
            maximumLength: 2000
            placeholderText: qsTr("What happened, who is involved")
        }
        Label { text: qsTr("Place") }
        TextField {
            id: placeField
            Layout.fillWidth: true
            maximumLength: 200
            placeholderText: qsTr("Search a place, or type latitude, longitude; Enter")
            onAccepted: dialog.findPlace(text)
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: isNaN(dialog.latitude) ? qsTr("Place: not chosen")
                      : dialog.placeName !== "" ? qsTr("Place: %1 (%2, %3)").arg(dialog.placeName).arg(dialog.latitude.toFixed(5)).arg(dialog.longitude.toFixed(5))
                                                : qsTr("Place: %1, %2").arg(dialog.latitude.toFixed(5)).arg(dialog.longitude.toFixed(5))
            }
            Button {
                text: qsTr("Pick on map")
                onClicked: {
                    dialog.close()
                    dialog.pickRequested()
                }
            }
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
}
