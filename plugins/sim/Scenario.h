#pragma once

#include "Event.h"
#include "SimOptions.h"
#include "TravelConditions.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wf::sim {

// Text in both UI languages.
struct Text
{
    QString zh;
    QString en;
};

enum class StepKind : quint8 {
    Incident,
    IncidentBurst,
    Suspect,
    HotList,
    Tip,
    Alarm,
    Weather,
    Congestion,
    Alert
};

// What a suspect looks like, as witnesses or the scenario describe it: drawn on the training
// cameras and read out in the briefing. Colours are "#rrggbb"; empty: not described.
struct Description
{
    QString clothing; // the top (a jacket, a rider's coat)
    QString bag;
    QString vehicleColour;
    Text text; // the words the briefing uses
    bool isEmpty() const
    {
        return clothing.isEmpty() && bag.isEmpty() && vehicleColour.isEmpty() && text.zh.isEmpty()
            && text.en.isEmpty();
    }
};

// One injected event of a scenario's timeline. Which fields matter depends on kind; the
// schema is in docs/scenarios.md.
struct TimelineStep
{
    int line = 0; // where it was written, for messages
    double atMin = 0;
    StepKind kind = StepKind::Incident;
    QString id;
    QString incidentType;
    Severity severity = Severity::Medium;
    Text text;
    GeoPoint at;
    // incident bursts
    int count = 1;
    double overMin = 0;
    double radiusM = 300;
    // suspects
    QString plate;
    QString vehicle;
    QString incident;
    GeoPoint to;
    QString route = QStringLiteral("evading");
    double speedFactor = 1;
    // suspects, and the pickpockets of pickpocketing incidents (a burst's take these in turn)
    std::vector<Description> descriptions;
    // The id of the incident this step reports: its own, or a burst's burstIndex-th ("PP-03").
    QString incidentId(int burstIndex) const
    {
        return kind == StepKind::IncidentBurst
            ? QStringLiteral("%1-%2").arg(id).arg(burstIndex + 1, 2, 10, QChar(u'0'))
            : id;
    }
    // tips and hot lists
    QString suspect;
    double delayMin = 0;
    // alarms at key sites
    QString site;
    // weather and congestion
    maps::Weather weather = maps::Weather::Clear;
    double durationMin = 60;
};

// What the trainee is scored on. Each objective is worth points; partial achievement earns
// a share of them (docs/scenarios.md).
struct Objective
{
    int line = 0;
    QString id;
    Text text;
    QString kind; // respond_within, intercept, close_cordon, clear_congestion, orders_completed
    QString zone = QStringLiteral("any"); // respond_within: key_site, central, urban, any
    QString suspect; // intercept
    QString cordon; // close_cordon: county, city, province
    double minutes = 0; // intercept / close_cordon: within this time (0: any time)
    double share = 1; // the fraction that earns full points
    double points = 0;
};

// A training scenario as its file describes it (docs/scenarios.md): plain data, read by
// ScenarioParser, run by ScenarioDirector and scored by Scorer.
struct Scenario
{
    QString id;
    Text title;
    Text briefing;
    qint64 startMs = 0;
    double durationMin = 60;
    Scale scale = Scale::SmallCity;
    maps::Weather weather = maps::Weather::Clear;
    double incidentsPerHour = -1;
    double congestionPerHour = -1;
    double hotListHitsPerHour = -1;
    QStringList cordons; // the built-in dispatcher's ring cordons: county, city, province
    // The cameras the camera wall shows first: those within wallRadiusM of wallAt, nearest first
    // (the wall fills its tiles in the order cameras are reported).
    std::optional<GeoPoint> wallAt;
    double wallRadiusM = 300;
    std::vector<TimelineStep> timeline;
    std::vector<Objective> objectives;
    QString origin; // file name or resource, for messages
};

} // namespace wf::sim
