#pragma once

#include "Event.h"
#include "ZoneLayer.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace wf {

namespace maps {
class BoundaryCatalog;
}
class WorldState;

// Where an incident lies: the response zone that sets its target and the district (or county)
// of the base map it is in (empty outside them).
struct IncidentPlace
{
    maps::ResponseZone zone = maps::ResponseZone::None;
    QString district;
    QString districtEn;
};

// How the shift's dispatch went, computed from the world as it stands: for each incident the time
// from its creation to the first unit on scene (world clock), whether that met the 1/3/5-minute
// target of its zone, and summaries per response class, per unit and per district. Pure: the
// same world gives the same figures, whoever asks (the panel, the CSV, a test).
class ShiftStatistics
{
    Q_DECLARE_TR_FUNCTIONS(ShiftStatistics)
public:
    // What became of an incident so far. An incident no unit has reached counts against its
    // target whether it is still open or was closed without anyone on scene.
    enum class Outcome { WithinTarget, Late, Reached /* no target */, Open, NeverReached };

    struct IncidentResult
    {
        QString incidentId;
        QString type;
        IncidentPlace place;
        int targetSeconds = 0; // 0: no target where it lies
        qint64 reportedMs = 0;
        qint64 firstOnSceneMs = 0; // 0: nobody yet
        QString firstUnitId;
        std::optional<double> responseSeconds;
        Outcome outcome = Outcome::Open;
        bool open = true;
    };

    // One line of a summary: a response class, a unit or a district.
    struct Summary
    {
        QString key; // the class name, unit id or district name
        QString label; // what the operator reads: call sign, district in the UI's language
        int incidents = 0; // incidents counted (for a unit: incidents it was sent to)
        int reached = 0; // with a unit on scene (for a unit: its own arrivals)
        int targeted = 0; // incidents that have a target
        int withinTarget = 0; // reached within their target
        int firstOnScene = 0; // for a unit: incidents where it was first on scene
        std::optional<double> medianSeconds;
        std::optional<double> p90Seconds;
        // Share of incidents with a target reached within it, in percent; none when no target.
        std::optional<double> withinPercent() const;
    };

    // The statistics of a shift with no incidents yet: every class, all empty.
    ShiftStatistics();

    // Looks up an incident's place; called once per incident and computation.
    using PlaceOf = std::function<IncidentPlace(const QString &incidentId, GeoPoint position)>;
    // A lookup through the centre's zone layer and the base map's boundaries (either may be
    // null), remembering each incident's answer, since an incident's place rarely changes and the
    // boundary test is the costly part.
    static PlaceOf placeLookup(const maps::ZoneLayer *zones, const maps::BoundaryCatalog *districts);

    // chinese: the labels of districts in Chinese (else their English names where known).
    static ShiftStatistics compute(const WorldState &world, const PlaceOf &placeOf, bool chinese = true);

    const std::vector<IncidentResult> &incidents() const { return m_incidents; }
    // Key site, central and urban (the classes with a target), then incidents with none.
    const std::vector<Summary> &perClass() const { return m_classes; }
    const Summary &forClass(maps::ResponseZone zone) const;
    // Units with an order for an incident, and districts, each by name.
    const std::vector<Summary> &perUnit() const { return m_units; }
    const std::vector<Summary> &perDistrict() const { return m_districts; }
    // Every incident, reached or not.
    const Summary &overall() const { return m_overall; }
    int arrivals() const { return m_overall.reached; }

    // The CSV a supervisor opens in a spreadsheet: UTF-8 with a byte order mark (so that Excel
    // in a Chinese centre reads it as UTF-8), one row per incident, then a blank line and the
    // summary rows. Headers and words in the UI's language, times on the world clock in the
    // centre's time zone (utcOffsetSeconds). docs/architecture.md lists the columns.
    QByteArray csv(int utcOffsetSeconds, bool chinese) const;

    static QString className(maps::ResponseZone zone);
    static QString outcomeName(Outcome outcome);

private:
    std::vector<IncidentResult> m_incidents;
    std::vector<Summary> m_classes;
    std::vector<Summary> m_units;
    std::vector<Summary> m_districts;
    Summary m_overall;
};

} // namespace wf
