#include "Instructor.h"

#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "GroundTruth.h"

namespace wf {

namespace {
QString at(double latitude, double longitude)
{
    return QStringLiteral("%1,%2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6);
}
} // namespace

Instructor::Instructor(EventBus *bus, ConnectorHost *host, Dispatch *audit, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_host(host)
    , m_audit(audit)
{ }

QVariantList Instructor::suspects() const
{
    QVariantList out;
    const auto truth = m_host->groundTruth();
    if (!truth)
        return out;
    for (const auto &s : truth->suspects) {
        QVariantList track;
        for (const auto &p : s.track)
            track.append(QVariantMap {
                { QStringLiteral("latitude"), p.lat }, { QStringLiteral("longitude"), p.lon } });
        track.append(QVariantMap { { QStringLiteral("latitude"), s.position.lat },
            { QStringLiteral("longitude"), s.position.lon } });
        out.append(QVariantMap { { QStringLiteral("id"), s.id }, { QStringLiteral("plate"), s.plate },
            { QStringLiteral("vehicle"), s.vehicle }, { QStringLiteral("latitude"), s.position.lat },
            { QStringLiteral("longitude"), s.position.lon }, { QStringLiteral("track"), track } });
    }
    return out;
}

QVariantList Instructor::cameraChances() const
{
    QVariantList out;
    const auto truth = m_host->groundTruth();
    if (!truth)
        return out;
    for (auto c = truth->chances.rbegin(); c != truth->chances.rend(); ++c) {
        out.append(QVariantMap { { QStringLiteral("suspect"), c->suspect },
            { QStringLiteral("cameraId"), c->cameraId }, { QStringLiteral("cameraName"), c->cameraName },
            { QStringLiteral("fromMs"), double(c->fromMs) }, { QStringLiteral("toMs"), double(c->toMs) },
            { QStringLiteral("spotted"), c->spotted } });
    }
    return out;
}

bool Instructor::available() const
{
    return m_host->training();
}

bool Instructor::injectIncident(const QString &type, int severity, double latitude, double longitude)
{
    if (type.isEmpty() || severity < int(Severity::Low) || severity > int(Severity::Critical)) {
        setError(QStringLiteral("an incident needs a type and a severity from 0 to 3"));
        return false;
    }
    return send(TrainingCommand { TrainingCommandKind::InjectIncident, type, { latitude, longitude },
                    Severity(severity) },
        QStringLiteral("instructor_inject_incident"),
        QStringLiteral("type=%1 severity=%2 at=%3").arg(type).arg(severity).arg(at(latitude, longitude)));
}

bool Instructor::moveSuspect(const QString &suspectId, double latitude, double longitude)
{
    return send(TrainingCommand { TrainingCommandKind::MoveSuspect, suspectId, { latitude, longitude }, {} },
        QStringLiteral("instructor_move_suspect"),
        QStringLiteral("suspect=%1 to=%2").arg(suspectId, at(latitude, longitude)));
}

bool Instructor::failRadio(const QString &unitId)
{
    return send(TrainingCommand { TrainingCommandKind::FailRadio, unitId, {}, {} },
        QStringLiteral("instructor_fail_radio"), QStringLiteral("unit=%1").arg(unitId));
}

bool Instructor::restoreRadio(const QString &unitId)
{
    return send(TrainingCommand { TrainingCommandKind::RestoreRadio, unitId, {}, {} },
        QStringLiteral("instructor_restore_radio"), QStringLiteral("unit=%1").arg(unitId));
}

bool Instructor::endRun()
{
    return send(TrainingCommand { TrainingCommandKind::EndRun, {}, {}, {} },
        QStringLiteral("instructor_end_run"), QString());
}

bool Instructor::send(const TrainingCommand &command, const QString &action, const QString &detail)
{
    if (!available()) {
        setError(QStringLiteral("instructor commands exist only in training sessions"));
        return false;
    }
    m_audit->record(action, detail);
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = command;
    m_bus->publish(e);
    QString error;
    if (!m_host->submit(e, &error)) {
        m_audit->record(QStringLiteral("instructor_refused"), error);
        setError(error);
        return false;
    }
    setError({});
    return true;
}

void Instructor::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace wf
