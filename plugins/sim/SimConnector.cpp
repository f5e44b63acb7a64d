#include "SimConnector.h"

#include "Geodesy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace wf::sim {

namespace {

// A shift with no script: background incidents, jams and feeds, scored like a scenario (response
// times and orders) when the instructor ends it.
Scenario freeShift(const SimOptions &o)
{
    Scenario s;
    s.id = QStringLiteral("free-shift");
    s.title = { QStringLiteral("自由值班"), QStringLiteral("Free shift") };
    s.briefing = { QStringLiteral("没有脚本：模拟世界按正常节奏产生警情、拥堵和卡口数据。"
                                  "请按 1/3/5 分钟到场目标调度警力；教官可随时注入事件或结束本次训练。"),
        QStringLiteral("No script: the simulated world produces incidents, jams and checkpoint feeds at "
                       "its usual pace. Dispatch against the 1/3/5-minute arrival targets; the instructor "
                       "may inject events or end the run at any time.") };
    s.startMs = o.startTimeMs;
    s.durationMin = 1440;
    s.scale = o.scale;
    s.weather = o.weather;
    s.incidentsPerHour = o.incidentsPerHour;
    s.congestionPerHour = o.congestionPerHour;
    s.hotListHitsPerHour = o.hotListHitsPerHour;
    s.origin = QStringLiteral("free shift");
    if (o.start) {
        // Said on the training panel, so that the class knows the world on the map is a real one.
        s.title = { QStringLiteral("记录回放训练"), QStringLiteral("Training from a recording") };
        s.briefing
            = { QStringLiteral(
                    "本次训练从一段记录中选定的时刻开始：警力的位置和状态、未结警情和封控圈均与当时一致。"
                    "请尝试不同的处置决策；模拟世界照常产生新的警情和拥堵。"),
                  QStringLiteral(
                      "This run starts at a chosen moment of a recording: the units where and as they were, "
                      "the open incidents and the cordons set then. Try another decision; the simulated "
                      "world goes on producing incidents and jams at its usual pace.") };
        s.origin = QStringLiteral("recording");
    }
    return s;
}

// The briefing, then what the scenario's suspects look like, so the trainee knows what to look
// for on the cameras.
std::pair<QString, QString> briefingWithDescriptions(const Scenario &s)
{
    QStringList zh, en;
    for (const auto &step : s.timeline) {
        for (const auto &d : step.descriptions) {
            if (d.text.zh.isEmpty() && d.text.en.isEmpty())
                continue;
            const QString who = step.kind == StepKind::Suspect ? (step.plate.isEmpty() ? step.id : step.plate)
                : step.incidentType == u"pickpocketing"        ? QString()
                                                               : step.id;
            zh << (who.isEmpty() ? QStringLiteral("• %1").arg(d.text.zh)
                                 : QStringLiteral("• %1：%2").arg(who, d.text.zh));
            en << (who.isEmpty() ? QStringLiteral("• %1").arg(d.text.en)
                                 : QStringLiteral("• %1: %2").arg(who, d.text.en));
        }
    }
    if (zh.isEmpty())
        return { s.briefing.zh, s.briefing.en };
    return { s.briefing.zh + QStringLiteral("\n\n嫌疑人特征：\n") + zh.join(u'\n'),
        s.briefing.en + QStringLiteral("\n\nWhat the suspects look like:\n") + en.join(u'\n') };
}

} // namespace

SimConnector::SimConnector(const SimOptions &options, const QString &debriefPath)
    : m_run(std::make_unique<ScenarioRun>(freeShift(options), options, false))
    , m_debriefPath(debriefPath)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
}

SimConnector::SimConnector(const Scenario &scenario, quint64 seed, const QString &debriefPath)
    : m_run(std::make_unique<ScenarioRun>(scenario, seed, false))
    , m_debriefPath(debriefPath)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
}

Event SimConnector::make(EventPayload payload) const
{
    return Event { 0, m_run->world().now(), 0, QStringLiteral("sim"), std::move(payload) };
}

bool SimConnector::start(EventSink *sink, QString *error)
{
    if (!sink) {
        *error = QStringLiteral("no event sink");
        return false;
    }
    m_sink = sink;
    const Scenario &s = m_run->scenario();
    QStringList suspects;
    for (const auto &step : s.timeline) {
        if (step.kind == StepKind::Suspect)
            suspects.append(step.id);
    }
    const auto [briefingZh, briefingEn] = briefingWithDescriptions(s);
    m_sink->post(make(ScenarioStarted { s.id, s.title.zh, s.title.en, briefingZh, briefingEn, s.startMs,
        s.startMs + qint64(std::llround(s.durationMin * 60'000)), suspects }));
    deliver(m_run->start());
    if (m_scale > 0)
        m_timer.start();
    return true;
}

void SimConnector::stop()
{
    m_timer.stop();
    m_sink = nullptr;
}

bool SimConnector::submit(const Event &command, QString *error)
{
    if (const auto *order = std::get_if<OrderIssued>(&command.payload))
        return m_run->acceptOrder(*order, error);
    if (const auto *c = std::get_if<TrainingCommand>(&command.payload))
        return instruct(*c, error);
    if (std::holds_alternative<CordonSet>(command.payload)
        || std::holds_alternative<CordonCleared>(command.payload))
        return m_run->acceptCordon(command, error);
    // The training world judges a ring by who stands at its crossings, not by the record that
    // its manning went out or that it closed: taken, nothing to do.
    if (std::holds_alternative<CordonActivated>(command.payload)
        || std::holds_alternative<CordonClosed>(command.payload))
        return true;
    if (const auto *mark = std::get_if<SightingMarked>(&command.payload)) {
        if (m_scored) {
            *error = QStringLiteral("the run has ended");
            return false;
        }
        m_run->markSighting(*mark);
        return true;
    }
    *error = QStringLiteral("the simulator does not take %1 commands").arg(eventKindName(command.kind()));
    return false;
}

bool SimConnector::instruct(const TrainingCommand &c, QString *error)
{
    if (m_scored) {
        *error = QStringLiteral("the run has ended");
        return false;
    }
    SimWorld &world = m_run->world();
    switch (c.command) {
    case TrainingCommandKind::InjectIncident:
        if (!world.inRegion(c.position)) {
            *error = QStringLiteral("%1, %2 is outside the simulated region")
                         .arg(c.position.lat, 0, 'f', 5)
                         .arg(c.position.lon, 0, 'f', 5);
            return false;
        }
        world.reportIncident(QStringLiteral("INJ-%1").arg(m_nextInjected++, 3, 10, QChar(u'0')), c.subject,
            QStringLiteral("%1 (instructor)").arg(c.subject), c.severity, c.position);
        return true;
    case TrainingCommandKind::MoveSuspect:
        return world.moveSuspect(c.subject, c.position, error);
    case TrainingCommandKind::FailRadio:
    case TrainingCommandKind::RestoreRadio:
        if (!world.failRadio(c.subject, c.command == TrainingCommandKind::FailRadio)) {
            *error = QStringLiteral("unknown unit %1").arg(c.subject);
            return false;
        }
        return true;
    case TrainingCommandKind::EndRun:
        finish(QStringLiteral("instructor"));
        return true;
    }
    *error = QStringLiteral("unknown instructor command %1").arg(int(c.command));
    return false;
}

void SimConnector::setTimeScale(double scale)
{
    m_scale = std::max(0.0, scale);
    if (m_scale == 0 || m_scored)
        m_timer.stop();
    else if (m_sink)
        m_timer.start();
}

void SimConnector::step()
{
    if (m_scale > 0 || m_scored || !m_sink)
        return;
    deliver(m_run->step(1000)); // the world ticks in whole seconds
    finishIfOver();
}

void SimConnector::advance(qint64 wallMs)
{
    if (!m_sink || m_scored || m_scale <= 0)
        return;
    deliver(m_run->step(qint64(std::llround(double(wallMs) * m_scale))));
    finishIfOver();
}

void SimConnector::deliver(std::vector<Event> events)
{
    if (!m_sink)
        return;
    takeGroundTruth();
    for (auto &e : events)
        m_sink->post(std::move(e));
}

void SimConnector::takeGroundTruth()
{
    const SimWorld &world = m_run->world();
    auto truth = std::make_shared<GroundTruth>();
    truth->timeMs = world.now();
    switch (world.weather()) {
    case maps::Weather::Clear:
        truth->weather = GroundTruth::Weather::Clear;
        break;
    case maps::Weather::Rain:
        truth->weather = GroundTruth::Weather::Rain;
        break;
    case maps::Weather::HeavyRain:
        truth->weather = GroundTruth::Weather::HeavyRain;
        break;
    case maps::Weather::Fog:
        truth->weather = GroundTruth::Weather::Fog;
        break;
    }
    const auto &looks = m_run->director().looks();
    auto looksOf = [&](const QString &id) {
        const auto it = looks.find(id);
        return it == looks.end()
            ? GroundTruth::Looks {}
            : GroundTruth::Looks { it->second.clothing, it->second.bag, it->second.vehicleColour };
    };
    for (const auto &[id, d] : looks) {
        if (std::none_of(world.suspects().begin(), world.suspects().end(),
                [&](const Suspect &s) { return s.id == id; }))
            truth->pickpockets[id] = looksOf(id);
    }
    const auto &g = world.roads();
    for (const auto &s : world.suspects()) {
        const bool moving = !s.arrived && !s.intercepted && s.walk.edge >= 0;
        GroundTruth::Suspect out { s.id, s.plate, s.vehicle, s.pos,
            float(s.walk.edge >= 0 ? s.walk.heading(g) : 0), 0, looksOf(s.id), {} };
        // Its speed since the previous look: the video runs it on smoothly between ticks.
        if (moving && m_truth && truth->timeMs > m_truth->timeMs) {
            for (const auto &before : m_truth->suspects) {
                if (before.id == s.id) {
                    out.speedMps = float(maps::distanceMeters({ before.position.lat, before.position.lon },
                                             { s.pos.lat, s.pos.lon })
                        * 1000.0 / double(truth->timeMs - m_truth->timeMs));
                    break;
                }
            }
        }
        for (const auto &fix : s.track)
            out.track.push_back(fix.second);
        truth->suspects.push_back(std::move(out));
    }
    // The latest chances the cameras gave, for the instructor.
    const SightingScore &sightings = m_run->scorer().sightings();
    const std::set<int> spotted = sightings.credited();
    const auto &chances = sightings.chances();
    for (std::size_t i = chances.size() > kChancesShown ? chances.size() - kChancesShown : 0;
        i < chances.size(); ++i) {
        const auto &c = chances[i];
        truth->chances.push_back({ c.quarry, c.cameraId, sightings.cameraName(c.cameraId), c.fromMs, c.toMs,
            spotted.contains(int(i)) });
    }
    m_truth = std::move(truth);
}

void SimConnector::finishIfOver()
{
    if (!m_scored && m_run->finished())
        finish(QStringLiteral("time"));
}

void SimConnector::finish(const QString &reason)
{
    m_run->end();
    m_timer.stop();
    m_scored = true;
    QJsonObject report = m_run->report();
    report.insert(u"ended_by", reason);
    report.insert(u"ended_min", std::round(m_run->elapsedMs() / 6'000.0) / 10);
    QString saved;
    if (!m_debriefPath.isEmpty()) {
        // The same indented JSON a headless run writes, so the two can be compared.
        const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
        QSaveFile f(m_debriefPath);
        if (f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit())
            saved = m_debriefPath;
        else {
            QJsonArray problems = report.value(u"problems").toArray();
            problems.append(
                QStringLiteral("cannot save the debrief to %1: %2").arg(m_debriefPath, f.errorString()));
            report.insert(u"problems", problems);
        }
    }
    if (m_sink) {
        m_sink->post(make(ScenarioScored { m_run->scenario().id, reason,
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)), saved }));
    }
}

} // namespace wf::sim
