#include "ScenarioDirector.h"

#include "SimGeometry.h"

#include <algorithm>
#include <cmath>

namespace wf::sim {

namespace {

QString bilingual(const Text &t)
{
    return t.zh == t.en ? t.en : QStringLiteral("%1 / %2").arg(t.zh, t.en);
}

} // namespace

ScenarioDirector::ScenarioDirector(const Scenario &scenario, SimWorld &world, quint64 seed)
    : m_scenario(scenario)
    , m_world(world)
    , m_rng(seed ^ 0x5ce7a210ULL)
{
    for (std::size_t i = 0; i < scenario.timeline.size(); ++i) {
        const auto &s = scenario.timeline[i];
        const int n = s.kind == StepKind::IncidentBurst ? s.count : 1;
        for (int k = 0; k < n; ++k) {
            const double at = s.atMin + (n > 1 ? s.overMin * k / n : 0);
            m_due.push_back({ scenario.startMs + qint64(std::llround(at * 60'000)), i, k });
        }
    }
    std::stable_sort(m_due.begin(), m_due.end(), [](const Due &a, const Due &b) { return a.atMs < b.atMs; });
}

bool ScenarioDirector::finished() const
{
    return m_world.now() >= m_scenario.startMs + qint64(m_scenario.durationMin * 60'000);
}

void ScenarioDirector::update()
{
    while (m_next < m_due.size() && m_due[m_next].atMs <= m_world.now()) {
        const auto &d = m_due[m_next++];
        play(m_scenario.timeline[d.step], d.burstIndex);
    }
}

void ScenarioDirector::play(const TimelineStep &s, int burstIndex)
{
    if (!s.descriptions.empty()) {
        // A burst's incidents take the descriptions in turn.
        m_looks[s.incidentId(burstIndex)] = s.descriptions[std::size_t(burstIndex) % s.descriptions.size()];
    }
    switch (s.kind) {
    case StepKind::Incident:
        m_world.reportIncident(s.id, s.incidentType, bilingual(s.text), s.severity, s.at);
        break;
    case StepKind::IncidentBurst: {
        const double a = m_rng.uniform(0, 2 * std::numbers::pi), r = s.radiusM * std::sqrt(m_rng.uniform());
        m_world.reportIncident(s.incidentId(burstIndex), s.incidentType, bilingual(s.text), s.severity,
            offsetMeters(s.at, r * std::sin(a), r * std::cos(a)));
        break;
    }
    case StepKind::Suspect: {
        Suspect sus;
        sus.id = s.id;
        sus.plate = s.plate;
        sus.vehicle = s.vehicle;
        sus.incidentId = s.incident;
        sus.start = s.at;
        sus.speedFactor = s.speedFactor;
        QString error;
        if (!m_world.addSuspect(sus, s.to,
                s.route == u"fastest" ? maps::RoadProfile::car() : maps::RoadProfile::evading(), &error))
            m_problems << QStringLiteral("line %1: %2").arg(s.line).arg(error);
        break;
    }
    case StepKind::HotList: {
        m_world.setHotListed(s.suspect);
        QString plate;
        for (const auto &sus : m_world.suspects()) {
            if (sus.id == s.suspect)
                plate = sus.plate;
        }
        m_world.raiseAlert(QStringLiteral("HOTLIST-%1").arg(s.suspect),
            QStringLiteral("Plate %1 added to the hot list: every smart checkpoint reports it").arg(plate),
            Severity::High, m_world.map().wuhanCentre());
        break;
    }
    case StepKind::Tip: {
        const auto pos = m_world.suspectPositionAgo(s.suspect, qint64(s.delayMin * 60'000));
        if (!pos) {
            m_problems << QStringLiteral("line %1: the suspect of tip %2 is not on the road yet")
                              .arg(s.line)
                              .arg(s.id);
            break;
        }
        m_world.raiseAlert(s.id,
            QStringLiteral("Informant tip (%1 min old): %2").arg(s.delayMin).arg(bilingual(s.text)),
            Severity::Medium, *pos);
        m_tips.push_back({ s.id, s.suspect, *pos, m_world.now() });
        break;
    }
    case StepKind::Alarm:
        m_world.reportIncident(s.id, s.incidentType,
            s.text.en.isEmpty() ? QStringLiteral("alarm at %1").arg(s.site) : bilingual(s.text), s.severity,
            s.at);
        break;
    case StepKind::Weather:
        m_world.setWeather(s.weather);
        m_world.raiseAlert(QStringLiteral("WX-%1").arg(qint64(s.atMin)),
            QStringLiteral("Weather now: %1").arg(weatherName(s.weather)), Severity::Low,
            m_world.map().wuhanCentre());
        break;
    case StepKind::Congestion:
        m_world.addCongestion(s.at, s.severity, qint64(s.durationMin * 60'000), s.radiusM);
        break;
    case StepKind::Alert:
        m_world.raiseAlert(s.id, bilingual(s.text), s.severity, s.at);
        break;
    }
}

} // namespace wf::sim
