#include "SimWorld.h"

#include <algorithm>

namespace wf::sim {

namespace {

constexpr qint64 kTickMs = 1000;

// A rate from the options, or the scale's own where they leave it (< 0).
double rateOr(double given, double scaleDefault)
{
    return given >= 0 ? given : scaleDefault;
}

} // namespace

SimWorld::SimWorld(const SimOptions &options)
    : m_options(options)
    , m_context(options)
    , m_movement(m_context)
    , m_incidents(m_context, rateOr(options.incidentsPerHour, strengthOf(options.scale).incidentsPerHour))
    , m_jams(m_context, rateOr(options.congestionPerHour, strengthOf(options.scale).jamsPerHour))
    , m_orders(m_context, m_fleet, m_incidents, m_jams)
    , m_shift(m_context, m_fleet, m_incidents, m_orders)
    , m_plates(m_context, rateOr(options.hotListHitsPerHour, strengthOf(options.scale).hotListPerHour))
    , m_suspects(m_context, m_movement, m_plates, m_fleet, m_incidents)
{
    m_options.startTimeMs = m_context.now; // a recording's moment is the start
}

// --- the start of the shift ------------------------------------------------------------------

std::vector<Event> SimWorld::initialEvents()
{
    std::vector<Event> out;
    const auto &sites = map().sites();
    for (int i : siteIndices()) {
        const auto &s = sites[std::size_t(i)];
        out.push_back(m_context.make(SiteReported { s.id, s.name, s.kind, s.pos }));
    }
    for (const auto &c : map().cameras()) {
        if (!inRegion(c.pos))
            continue;
        out.push_back(m_context.make(CameraReported {
            c.id, c.name, c.pos, c.bearingDeg, c.fovDeg, QStringLiteral("sim://camera/%1").arg(c.id), {} }));
    }
    if (m_options.start)
        m_shift.takeOver(*m_options.start, out);
    else
        m_shift.comeOnDuty(m_options.scale, m_options.units, out);
    return out;
}

// --- injections ----------------------------------------------------------------------------------

void SimWorld::raiseAlert(const QString &id, const QString &text, Severity severity, GeoPoint pos)
{
    m_context.injected.push_back(m_context.make(AlertRaised { id, text, severity, pos, {}, {} }));
}

bool SimWorld::failRadio(const QString &unitId, bool failed)
{
    SimUnit *u = m_fleet.find(unitId);
    if (!u)
        return false;
    u->radioFailed = failed;
    return true;
}

// --- the clock -----------------------------------------------------------------------------------

std::vector<Event> SimWorld::step(qint64 stepMs)
{
    std::vector<Event> out = std::move(m_context.injected);
    m_context.injected.clear();
    m_carryMs += std::max<qint64>(0, stepMs);
    while (m_carryMs >= kTickMs) {
        m_carryMs -= kTickMs;
        tick(out);
    }
    return out;
}

// The parts in a fixed order: they share one stream of random numbers.
void SimWorld::tick(std::vector<Event> &out)
{
    const qint64 now = m_context.now += kTickMs;
    m_orders.runDue(out);
    for (auto &u : m_fleet.units()) {
        m_movement.advance(u, kTickMs / 1000.0);
        if (u.status == UnitStatus::EnRoute && !u.orderId.isEmpty()) {
            const bool there = u.directLeg ? u.pos == u.target : u.walk.routeDone();
            if (there)
                m_orders.arrive(u, out);
        }
        if (u.status == UnitStatus::OnScene && u.onSceneUntilMs > 0 && u.onSceneUntilMs <= now)
            m_orders.finish(u, {}, out);
        if (u.nextReportMs <= now)
            reportPosition(u, out);
    }
    m_suspects.tick(kTickMs / 1000.0, out);
    m_incidents.background();
    // What was injected since the step began (and the everyday incident just reported) goes out here.
    for (auto &e : m_context.injected)
        out.push_back(std::move(e));
    m_context.injected.clear();
    m_incidents.closeUnattended(out);
    m_jams.background(out);
    if ((now / kTickMs) % 10 == 0)
        m_jams.update(out);
    m_plates.tick(out);
}

void SimWorld::reportPosition(SimUnit &u, std::vector<Event> &out)
{
    // GPS terminals: cars every 5 s while moving, walkers' handsets every 15 s,
    // anything standing still every 30 s, fixed posts a heartbeat a minute.
    const bool still = u.status == UnitStatus::OnScene
        || (u.kind == UnitKind::FixedPost && u.status == UnitStatus::Available);
    const qint64 every = u.kind == UnitKind::FixedPost ? (still ? 60'000 : 15'000)
        : still                                        ? 30'000
        : u.kind == UnitKind::FootPatrol               ? 15'000
                                                       : 5'000;
    u.nextReportMs = m_context.now + every;
    if (!u.radioFailed) {
        ++m_positionReports;
        out.push_back(m_context.make(UnitMoved { u.id, u.pos, u.heading, still ? 0.f : u.speedKmh }));
    }
}

} // namespace wf::sim
