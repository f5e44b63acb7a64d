#include "EventLogModel.h"

#include "DispatchText.h"

#include <QCoreApplication>

namespace wf {

namespace {

using namespace dispatchtext;

struct Describe
{
    QString operator()(const UnitReported &p) const
    {
        return QCoreApplication::translate("EventLog", "Unit %1 on shift").arg(p.callSign);
    }
    QString operator()(const UnitMoved &p) const
    {
        return QCoreApplication::translate("EventLog", "Unit %1 position").arg(p.unitId);
    }
    QString operator()(const UnitStatusChanged &p) const
    {
        return QCoreApplication::translate("EventLog", "Unit %1 is %2").arg(p.unitId, unitStatus(p.status));
    }
    QString operator()(const CameraReported &p) const
    {
        return QCoreApplication::translate("EventLog", "Camera %1 online").arg(p.name);
    }
    QString operator()(const SiteReported &p) const
    {
        return QCoreApplication::translate("EventLog", "Site %1 registered").arg(p.name);
    }
    QString operator()(const IncidentReported &p) const
    {
        return QCoreApplication::translate("EventLog", "Incident %1: %2")
            .arg(p.incidentId, incidentType(p.type));
    }
    QString operator()(const IncidentClosed &p) const
    {
        return QCoreApplication::translate("EventLog", "Incident %1 closed").arg(p.incidentId);
    }
    QString operator()(const CongestionReported &p) const
    {
        return p.cleared
            ? QCoreApplication::translate("EventLog", "Congestion %1 cleared").arg(p.congestionId)
            : QCoreApplication::translate("EventLog", "Congestion %1 reported").arg(p.congestionId);
    }
    QString operator()(const OrderIssued &p) const
    {
        return QCoreApplication::translate("EventLog", "Order %1 to %2: %3")
            .arg(p.orderId, p.unitId, orderTask(p.task));
    }
    QString operator()(const OrderStateChanged &p) const
    {
        QString text
            = QCoreApplication::translate("EventLog", "Order %1 %2").arg(p.orderId, orderState(p.state));
        if (!p.note.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.note);
        return text;
    }
    QString operator()(const CordonSet &p) const
    {
        return QCoreApplication::translate("EventLog", "Cordon %1 set").arg(p.name);
    }
    QString operator()(const CordonCleared &p) const
    {
        return QCoreApplication::translate("EventLog", "Cordon %1 lifted").arg(p.cordonId);
    }
    QString operator()(const CordonActivated &p) const
    {
        return QCoreApplication::translate(
            "EventLog", "Cordon %1 manning activated: %n order(s)", nullptr, int(p.orderIds.size()))
            .arg(p.cordonId);
    }
    QString operator()(const CordonClosed &p) const
    {
        return QCoreApplication::translate("EventLog", "Cordon %1 closed: a unit on every post")
            .arg(p.cordonId);
    }
    QString operator()(const AlertRaised &p) const
    {
        return QCoreApplication::translate("EventLog", "ALERT %1").arg(alert(p));
    }
    QString operator()(const AlertAcknowledged &p) const
    {
        return QCoreApplication::translate("EventLog", "Alert %1 acknowledged").arg(p.alertId);
    }
    QString operator()(const OperatorAction &p) const
    {
        return QCoreApplication::translate("EventLog", "Operator %1: %2").arg(p.operatorId, p.action);
    }
    QString operator()(const ScenarioStarted &p) const
    {
        return QCoreApplication::translate("EventLog", "Training scenario %1 started").arg(p.scenarioId);
    }
    QString operator()(const TrainingCommand &p) const
    {
        switch (p.command) {
        case TrainingCommandKind::InjectIncident:
            return QCoreApplication::translate("EventLog", "Instructor injected: %1")
                .arg(incidentType(p.subject));
        case TrainingCommandKind::MoveSuspect:
            return QCoreApplication::translate("EventLog", "Instructor moved suspect %1").arg(p.subject);
        case TrainingCommandKind::FailRadio:
            return QCoreApplication::translate("EventLog", "Instructor failed the radio of %1")
                .arg(p.subject);
        case TrainingCommandKind::RestoreRadio:
            return QCoreApplication::translate("EventLog", "Instructor restored the radio of %1")
                .arg(p.subject);
        case TrainingCommandKind::EndRun:
            return QCoreApplication::translate("EventLog", "Instructor ended the run");
        }
        return {};
    }
    QString operator()(const ScenarioScored &p) const
    {
        return QCoreApplication::translate("EventLog", "Training run %1 over: debrief ready")
            .arg(p.scenarioId);
    }
    QString operator()(const PlateRead &p) const
    {
        return QCoreApplication::translate("EventLog", "Hot-listed plate %1 read at %2 (%3)")
            .arg(p.plate, p.siteId, plateReason(p.reason));
    }
    QString operator()(const IncidentStageChanged &p) const
    {
        return QCoreApplication::translate("EventLog", "Incident %1 %2")
            .arg(p.incidentId, incidentStage(p.stage));
    }
    QString operator()(const AlertDismissed &p) const
    {
        return QCoreApplication::translate("EventLog", "Alert %1 dismissed: %2").arg(p.alertId, p.reason);
    }
    QString operator()(const AlertSnoozed &p) const
    {
        return QCoreApplication::translate("EventLog", "Alert %1 snoozed").arg(p.alertId);
    }
    QString operator()(const AlertLinked &p) const
    {
        return QCoreApplication::translate("EventLog", "Alert %1 attached to incident %2")
            .arg(p.alertId, p.incidentId);
    }
    QString operator()(const BackendStatus &p) const
    {
        return p.detail.isEmpty()
            ? QCoreApplication::translate("EventLog", "Backend %1: %2").arg(p.broker, p.state)
            : QCoreApplication::translate("EventLog", "Backend %1: %2 (%3)").arg(p.broker, p.state, p.detail);
    }
    QString operator()(const SightingMarked &p) const
    {
        return QCoreApplication::translate("EventLog", "Sighting marked on camera %1").arg(p.cameraId);
    }
};

Severity severityOf(const Event &e)
{
    if (const auto *i = std::get_if<IncidentReported>(&e.payload))
        return i->severity;
    if (const auto *a = std::get_if<AlertRaised>(&e.payload))
        return a->severity;
    if (const auto *r = std::get_if<PlateRead>(&e.payload))
        return r->hotListed ? Severity::Medium : Severity::Low;
    if (const auto *o = std::get_if<OrderStateChanged>(&e.payload))
        return o->state == OrderState::Rejected || o->state == OrderState::NoAnswer
                || o->state == OrderState::Expired
            ? Severity::High
            : Severity::Low;
    return Severity::Low;
}

} // namespace

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
{
    m_countsNotify.setSingleShot(true);
    m_countsNotify.setInterval(kCountsNotifyMs);
    connect(&m_countsNotify, &QTimer::timeout, this, [this] {
        if (std::exchange(m_fixesDirty, false))
            emit positionFixesChanged();
        if (std::exchange(m_readsDirty, false))
            emit plateReadsChanged();
    });
}

QString EventLogModel::describe(const Event &event)
{
    return std::visit(Describe {}, event.payload);
}

void EventLogModel::append(const Event &event, qint64 worldTimeMs)
{
    // What the workstation adds is stamped with the wall clock; it is shown at the world's time,
    // so that the log reads on one clock with the rest (in training, the training clock).
    const bool own = event.source == u"operator" || event.source == u"config";
    const qint64 shownMs = own && worldTimeMs > 0 ? worldTimeMs : event.sourceTimeMs;
    if (std::holds_alternative<UnitMoved>(event.payload)) {
        ++m_positionFixes;
        m_fixesDirty = true;
        if (!m_countsNotify.isActive())
            m_countsNotify.start();
        return;
    }
    // Hundreds of plate reads an hour per checkpoint: counted, and listed only when hot-listed.
    if (const auto *read = std::get_if<PlateRead>(&event.payload)) {
        ++m_plateReads;
        m_readsDirty = true;
        if (!m_countsNotify.isActive())
            m_countsNotify.start();
        if (!read->hotListed)
            return;
    }
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, m_capacity - 1, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend({ event.seq, shownMs, eventKindName(event.kind()).toString(), describe(event),
        event.source, severityOf(event) });
    endInsertRows();
    emit countChanged();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return e.text;
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.timeMs;
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case SeverityRole:
        return QVariant::fromValue(e.severity);
    }
    return {};
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    return { { SeqRole, "seq" }, { TimeRole, "time" }, { KindRole, "kind" }, { TextRole, "text" },
        { SourceRole, "source" }, { SeverityRole, "severity" } };
}

} // namespace wf
