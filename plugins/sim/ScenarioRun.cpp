#include "ScenarioRun.h"

#include "SimGeometry.h"

#include <QJsonArray>
#include <algorithm>

namespace wf::sim {

SimOptions optionsFor(const Scenario &scenario, quint64 seed)
{
    SimOptions o;
    o.seed = seed;
    o.scale = scenario.scale;
    o.startTimeMs = scenario.startMs;
    o.incidentsPerHour = scenario.incidentsPerHour;
    o.congestionPerHour = scenario.congestionPerHour;
    o.hotListHitsPerHour = scenario.hotListHitsPerHour;
    o.weather = scenario.weather;
    return o;
}

ScenarioRun::ScenarioRun(const Scenario &scenario, quint64 seed, bool autoDispatch)
    : ScenarioRun(scenario, optionsFor(scenario, seed), autoDispatch)
{ }

ScenarioRun::ScenarioRun(const Scenario &scenario, const SimOptions &options, bool autoDispatch)
    : m_scenario(scenario)
    , m_seed(options.seed)
    , m_world(options)
    , m_director(m_scenario, m_world, options.seed)
    , m_scorer(m_scenario, m_world)
{
    if (autoDispatch)
        m_dispatcher = std::make_unique<AutoDispatcher>(m_scenario, m_world, m_director);
}

std::vector<Event> ScenarioRun::start()
{
    auto events = m_world.initialEvents();
    if (m_scenario.wallAt) {
        // The scenario's cameras first, nearest first: the wall fills its tiles in this order.
        const GeoPoint at = *m_scenario.wallAt;
        auto near = [&](const Event &e) {
            const auto *c = std::get_if<CameraReported>(&e.payload);
            return c ? distanceMeters(c->position, at) : -1.0;
        };
        const auto first = std::find_if(events.begin(), events.end(),
            [](const Event &e) { return std::holds_alternative<CameraReported>(e.payload); });
        auto mine = std::stable_partition(first, events.end(), [&](const Event &e) {
            const double d = near(e);
            return d >= 0 && d <= m_scenario.wallRadiusM;
        });
        std::stable_sort(first, mine, [&](const Event &a, const Event &b) { return near(a) < near(b); });
    }
    m_scorer.observe(events);
    return events;
}

std::vector<Event> ScenarioRun::step(qint64 stepMs)
{
    std::vector<Event> all;
    for (qint64 done = 0; done < stepMs && !finished(); done += 1000) {
        m_director.update();
        auto events = m_world.step(std::min<qint64>(1000, stepMs - done));
        if (m_dispatcher) {
            m_dispatcher->react(events);
            if (m_world.now() % 10'000 == 0)
                m_dispatcher->updateCordons();
        }
        m_scorer.observe(events);
        m_scorer.sample();
        std::move(events.begin(), events.end(), std::back_inserter(all));
    }
    return all;
}

bool ScenarioRun::acceptOrder(const OrderIssued &order, QString *error)
{
    if (!m_world.acceptOrder(order, error))
        return false;
    m_scorer.observe({ Event { 0, m_world.now(), 0, QStringLiteral("operator"), order } });
    return true;
}

bool ScenarioRun::acceptCordon(const Event &event, QString *error)
{
    if (!std::holds_alternative<CordonSet>(event.payload)
        && !std::holds_alternative<CordonCleared>(event.payload)) {
        *error = QStringLiteral("not a cordon");
        return false;
    }
    Event e = event;
    e.source = QStringLiteral("operator");
    e.sourceTimeMs = m_world.now(); // the world's clock, whatever the workstation's said
    m_scorer.observe({ e });
    return true;
}

void ScenarioRun::markSighting(const SightingMarked &mark)
{
    m_scorer.markSighting(mark, m_world.now());
}

bool ScenarioRun::finished() const
{
    return m_ended || m_director.finished();
}

QJsonObject ScenarioRun::report() const
{
    static const std::vector<CordonPlan> none;
    auto r = m_scorer.report(m_dispatcher ? m_dispatcher->cordons() : none, m_seed);
    if (!m_dispatcher)
        r.insert(u"policy", QStringLiteral("trainee"));
    if (!m_director.problems().isEmpty())
        r.insert(u"problems", QJsonArray::fromStringList(m_director.problems()));
    return r;
}

} // namespace wf::sim
