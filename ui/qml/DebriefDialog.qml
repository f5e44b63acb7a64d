pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Watchfloor.Core
import Watchfloor.Theme

// The end of a training run: the Scorer's report (the same one `watchfloor sim` writes) shown
// to the trainee. Everything here comes from the ScenarioScored event.
Popup {
    id: dialog
    required property ScenarioState scenario
    readonly property var report: scenario.debrief
    readonly property string lang: scenario.language

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, (parent ? parent.width : 800) - 80)
    height: Math.min(620, (parent ? parent.height : 700) - 80)
    padding: 0
    background: Rectangle {
        color: Theme.panel
        border.color: Theme.training
        border.width: 2
    }

    function known(v: var): bool {
        return v !== null && v !== undefined
    }
    function seconds(v: var): string {
        return dialog.known(v) ? qsTr("%1 s").arg(Math.round(v)) : "—"
    }
    function zoneText(zone: string): string {
        switch (zone) {
        case "key_site": return qsTr("Key sites (target 1 min)")
        case "central": return qsTr("Central urban (target 3 min)")
        case "urban": return qsTr("Other urban (target 5 min)")
        }
        return qsTr("Rural (no target)")
    }
    // Why the judge found a mark false, in the UI's language.
    function whyText(why: string): string {
        switch (why) {
        case "no suspect in view": return qsTr("no suspect was in this camera's view then")
        case "what was marked is not a suspect": return qsTr("what was marked is not a suspect")
        case "marked a police unit": return qsTr("a police unit was marked")
        case "marked a passer-by": return qsTr("a passer-by in the crowd was marked, not a suspect")
        case "not one of the exercise's suspects": return qsTr("the pickpocket of an everyday incident was marked, not one of the exercise's suspects")
        case "no such camera": return qsTr("no such camera")
        default: return why
        }
    }
    function bilingual(t: var): string {
        return !dialog.known(t) ? "" : (typeof t === "string" ? t : t[dialog.lang])
    }

    component Heading: Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: 8
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontSize
    }
    component Line: Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
    }

    contentItem: ColumnLayout {
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 40
            color: Theme.training
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: qsTr("Debrief — %1").arg(dialog.scenario.title)
                    color: Theme.trainingText
                    font.bold: true
                    font.pixelSize: 16
                    elide: Text.ElideRight
                }
                Text {
                    readonly property var score: dialog.report.score ?? ({})
                    textFormat: Text.PlainText
                    text: qsTr("Score %1 of %2 (%3 %)").arg(score.points ?? 0).arg(score.max ?? 0).arg(score.percent ?? 0)
                    color: Theme.trainingText
                    font.bold: true
                    font.pixelSize: 16
                }
            }
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: scroll.availableWidth - 24
                x: 12
                spacing: 2

                Line {
                    Layout.topMargin: 8
                    text: (dialog.scenario.endReason === "instructor" ? qsTr("Ended by the instructor after %1 min.")
                                                                      : qsTr("Ended at its end time, after %1 min."))
                          .arg(dialog.report.ended_min ?? 0)
                    color: Theme.textDim
                }

                Heading { text: qsTr("Response times") }
                Line {
                    visible: dialog.scenario.responseRows.length === 0
                    text: qsTr("No incidents were reported.")
                }
                Repeater {
                    model: dialog.scenario.responseRows
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2 incidents, %3 reached, %4 within target; median %5, 90th percentile %6")
                              .arg(dialog.zoneText(modelData.zone)).arg(modelData.incidents).arg(modelData.answered)
                              .arg(dialog.known(modelData.met_target) ? modelData.met_target : "—").arg(dialog.seconds(modelData.median_s))
                              .arg(dialog.seconds(modelData.p90_s))
                    }
                }

                Heading { text: qsTr("Suspects") }
                Line {
                    visible: (dialog.report.suspects ?? []).length === 0
                    text: qsTr("This scenario has no fleeing suspect.")
                }
                Repeater {
                    model: dialog.report.suspects ?? []
                    delegate: Line {
                        required property var modelData
                        text: modelData.intercepted
                              ? qsTr("%1 (%2): intercepted at %3 by %4, %5 min into the run")
                                .arg(modelData.id).arg(modelData.plate).arg(modelData.where).arg(modelData.by)
                                .arg(modelData.intercepted_min)
                              : qsTr("%1 (%2): not intercepted; %3 km from where it started, %4 plate reads")
                                .arg(modelData.id).arg(modelData.plate).arg(modelData.km_from_start)
                                .arg(modelData.plate_reads)
                        color: modelData.intercepted ? Theme.available : Theme.incident
                    }
                }

                Heading { text: qsTr("Cordons") }
                Line {
                    visible: (dialog.report.cordons ?? []).length === 0 && (dialog.report.rings ?? []).length === 0
                    text: qsTr("No cordons were set.")
                }
                // Every ring set (the trainee's too) and how it met each suspect.
                Repeater {
                    model: dialog.report.rings ?? []
                    delegate: Line {
                        required property var modelData
                        readonly property var met: (modelData.suspects ?? []).length > 0 ? modelData.suspects[0] : ({})
                        readonly property string head: qsTr("%1 (set at %2 min, %3 road crossings)")
                            .arg(modelData.name).arg(modelData.set_min).arg(modelData.crossings)
                        text: met.caught_inside ? qsTr("%1: %2 caught inside it").arg(head).arg(met.suspect)
                              : met.reached_min === undefined ? qsTr("%1: no suspect came to it").arg(head)
                              : met.held_when_reached
                                ? qsTr("%1: %2 came to %3 at %4 min and it was held (%5% of the ring held)")
                                  .arg(head).arg(met.suspect).arg(met.reached_at).arg(met.reached_min).arg(met.held_percent_when_reached)
                                : qsTr("%1: %2 came to %3 at %4 min and nobody held it (%5% of the ring held)")
                                  .arg(head).arg(met.suspect).arg(met.reached_at).arg(met.reached_min).arg(met.held_percent_when_reached)
                        color: met.caught_inside || met.held_when_reached ? Theme.available
                               : met.reached_min === undefined ? Theme.text : Theme.incident
                    }
                }
                Repeater {
                    model: dialog.report.cordons ?? []
                    delegate: Line {
                        required property var modelData
                        text: dialog.known(modelData.time_to_close_s)
                              ? qsTr("%1: %2 checkpoints, closed %3 after it was set")
                                .arg(modelData.name).arg(modelData.checkpoints).arg(dialog.seconds(modelData.time_to_close_s))
                              : qsTr("%1: %2 checkpoints, never closed").arg(modelData.name).arg(modelData.checkpoints)
                    }
                }

                Heading { text: qsTr("Sightings on camera") }
                Line {
                    readonly property var sightings: dialog.report.sightings ?? ({})
                    text: (sightings.marked ?? 0) === 0
                          ? qsTr("No sighting was marked; the suspects were in a camera's view %1 times.").arg(sightings.chances ?? 0)
                          : qsTr("%1 marked: %2 real, %3 false; %4 of %5 chances on camera missed")
                            .arg(sightings.marked).arg(sightings.real ?? 0).arg(sightings["false"] ?? 0)
                            .arg(sightings.missed ?? 0).arg(sightings.chances ?? 0)
                }
                Repeater {
                    model: dialog.report.sightings?.marks ?? []
                    delegate: Line {
                        required property var modelData
                        text: modelData.real
                              ? qsTr("Real: %1 at %2 (%3)").arg(modelData.camera).arg(modelData.picture_time).arg(modelData.suspect)
                              : qsTr("False: %1 at %2 (%3)").arg(modelData.camera).arg(modelData.picture_time)
                                .arg(dialog.whyText(modelData.why))
                        color: modelData.real ? Theme.available : Theme.incident
                    }
                }
                Repeater {
                    model: dialog.report.sightings?.missed_chances ?? []
                    delegate: Line {
                        required property var modelData
                        text: dialog.bilingual(modelData.text)
                        color: Theme.enRoute
                    }
                }
                Line {
                    readonly property int more: (dialog.report.sightings?.missed ?? 0)
                                                - (dialog.report.sightings?.missed_chances ?? []).length
                    visible: more > 0
                    text: qsTr("… and %1 more").arg(more)
                    color: Theme.textDim
                }

                Heading { text: qsTr("Orders") }
                Line {
                    readonly property var orders: dialog.report.orders ?? ({})
                    text: qsTr("%1 issued, %2 acknowledged, %3 on scene, %4 completed, %5 refused, %6 unanswered")
                          .arg(orders.issued ?? 0).arg(orders.acknowledged ?? 0).arg(orders.on_scene ?? 0)
                          .arg(orders.completed ?? 0).arg(orders.rejected ?? 0).arg(orders.no_answer ?? 0)
                }

                Heading {
                    text: qsTr("Objectives")
                    visible: (dialog.report.objectives ?? []).length > 0
                }
                Repeater {
                    model: dialog.report.objectives ?? []
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1 — %2 of %3 points").arg(dialog.bilingual(modelData.text)).arg(modelData.points)
                              .arg(modelData.max_points)
                    }
                }

                Line {
                    Layout.topMargin: 10
                    Layout.bottomMargin: 8
                    text: dialog.scenario.debriefPath !== "" ? qsTr("Saved to %1").arg(dialog.scenario.debriefPath)
                                                              : qsTr("Not saved to a file")
                    color: Theme.textDim
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }
    }
}
