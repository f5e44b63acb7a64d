#pragma once

#include "SimContext.h"

#include <QString>
#include <map>
#include <set>
#include <vector>

namespace wf::sim {

// The world's open incidents, the ones its units can attend: everyday ones at the background
// rate (the local station closes one nobody attends, after 30-60 minutes), and those a scenario
// or an instructor reports, which stay open until a unit resolves them.
class Incidents
{
public:
    Incidents(SimContext &world, double perHour)
        : m_world(world)
        , m_perHour(perHour)
    { }

    // Reported into the world's injected events (posted with the next tick); a high one raises
    // an alert too. scripted: from a scenario or an instructor, not an everyday one.
    void report(const QString &id, const QString &type, const QString &summary, Severity severity,
        GeoPoint pos, bool scripted);
    // An incident open in a recording; the everyday ones are numbered on from its number
    // (INC00042 is followed by INC00043, never a second INC00001).
    void addRecorded(const IncidentReported &incident, std::vector<Event> &out);
    bool contains(const QString &id) const { return m_open.contains(id); }
    bool everyday(const QString &id) const { return m_everyday.contains(id); }
    // A unit reached it: the local station no longer closes it on its own.
    void attend(const QString &id);
    // A unit finished its job: an attended incident is resolved by it.
    void resolve(const QString &id, const QString &callSign, std::vector<Event> &out);
    // Closed for the reason given, open or not.
    void close(const QString &id, const QString &reason, std::vector<Event> &out);
    // One tick's chance of an everyday incident (reported like the others, into the injected events).
    void background();
    // Everyday incidents nobody attended whose time is up.
    void closeUnattended(std::vector<Event> &out);

private:
    struct Incident
    {
        QString id;
        GeoPoint pos;
        qint64 closeAtMs = 0; // background incidents close on their own
        bool attended = false;
    };

    SimContext &m_world;
    double m_perHour;
    std::map<QString, Incident> m_open;
    std::set<QString> m_everyday; // ids of the background incidents reported
    int m_next = 1;
};

} // namespace wf::sim
