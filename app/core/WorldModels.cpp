#include "WorldModels.h"

#include <QGeoCoordinate>
#include <QVariantList>
#include <algorithm>

namespace wf {

QVariant UnitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CallSignRole:
        return r.info.callSign;
    case IdRole:
        return r.info.unitId;
    case KindRole:
        return QVariant::fromValue(r.info.kind);
    case StatusRole:
        return QVariant::fromValue(r.info.status);
    case StatusNameRole:
        return unitStatusName(r.info.status).toString();
    case LatitudeRole:
        return r.info.position.lat;
    case LongitudeRole:
        return r.info.position.lon;
    case HeadingRole:
        return r.info.headingDeg;
    case SpeedRole:
        return r.speedKmh;
    case LastFixRole:
        return r.lastFixMs;
    }
    return {};
}

QHash<int, QByteArray> UnitModel::roleNames() const
{
    return { { IdRole, "unitId" }, { CallSignRole, "callSign" }, { KindRole, "kind" },
        { StatusRole, "status" }, { StatusNameRole, "statusName" }, { LatitudeRole, "latitude" },
        { LongitudeRole, "longitude" }, { HeadingRole, "heading" }, { SpeedRole, "speed" },
        { LastFixRole, "lastFix" } };
}

QVariant CameraModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case IdRole:
        return r.cameraId;
    case LatitudeRole:
        return r.position.lat;
    case LongitudeRole:
        return r.position.lon;
    case BearingRole:
        return r.bearingDeg;
    case FovRole:
        return r.fovDeg;
    case MainUrlRole:
        return r.mainUrl;
    case SubUrlRole:
        return r.subUrl;
    }
    return {};
}

QHash<int, QByteArray> CameraModel::roleNames() const
{
    return { { IdRole, "cameraId" }, { NameRole, "name" }, { LatitudeRole, "latitude" },
        { LongitudeRole, "longitude" }, { BearingRole, "bearing" }, { FovRole, "fov" },
        { MainUrlRole, "mainUrl" }, { SubUrlRole, "subUrl" } };
}

QVariant SiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case IdRole:
        return r.siteId;
    case KindRole:
        return QVariant::fromValue(r.kind);
    case LatitudeRole:
        return r.position.lat;
    case LongitudeRole:
        return r.position.lon;
    }
    return {};
}

QHash<int, QByteArray> SiteModel::roleNames() const
{
    return { { IdRole, "siteId" }, { NameRole, "name" }, { KindRole, "kind" }, { LatitudeRole, "latitude" },
        { LongitudeRole, "longitude" } };
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return r.info.summary;
    case IdRole:
        return r.info.incidentId;
    case TypeRole:
        return r.info.type;
    case SeverityRole:
        return QVariant::fromValue(r.info.severity);
    case LatitudeRole:
        return r.info.position.lat;
    case LongitudeRole:
        return r.info.position.lon;
    case ReportedRole:
        return r.reportedMs;
    case OpenRole:
        return r.open;
    case ResolutionRole:
        return r.resolution;
    case StageRole:
        return QVariant::fromValue(r.stage);
    case StageNameRole:
        return incidentStageName(r.stage).toString();
    case DispatchedAtRole:
        return r.stageMs[std::size_t(IncidentStage::Dispatched)];
    case OnSceneAtRole:
        return r.stageMs[std::size_t(IncidentStage::OnScene)];
    case ResolvedAtRole:
        return r.stageMs[std::size_t(IncidentStage::Resolved)];
    case AlertsRole:
        return r.alerts;
    }
    return {};
}

void IncidentModel::recount()
{
    const int n
        = int(std::count_if(rows().begin(), rows().end(), [](const IncidentRow &r) { return r.open; }));
    if (n != m_open) {
        m_open = n;
        emit openCountChanged();
    }
}

QHash<int, QByteArray> IncidentModel::roleNames() const
{
    return { { IdRole, "incidentId" }, { TypeRole, "type" }, { SummaryRole, "summary" },
        { SeverityRole, "severity" }, { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { ReportedRole, "reported" }, { OpenRole, "open" }, { ResolutionRole, "resolution" },
        { StageRole, "stage" }, { StageNameRole, "stageName" }, { DispatchedAtRole, "dispatchedAt" },
        { OnSceneAtRole, "onSceneAt" }, { ResolvedAtRole, "resolvedAt" }, { AlertsRole, "alerts" } };
}

QVariant CongestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RoadRole:
        return r.info.road;
    case IdRole:
        return r.info.congestionId;
    case SeverityRole:
        return QVariant::fromValue(r.info.severity);
    case LatitudeRole:
        return r.info.position.lat;
    case LongitudeRole:
        return r.info.position.lon;
    case UpdatedRole:
        return r.updatedMs;
    }
    return {};
}

QHash<int, QByteArray> CongestionModel::roleNames() const
{
    return { { IdRole, "congestionId" }, { RoadRole, "road" }, { SeverityRole, "severity" },
        { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" }, { UpdatedRole, "updated" } };
}

QVariant LastSeenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case IdRole:
        return r.id;
    case LatitudeRole:
        return r.position.lat;
    case LongitudeRole:
        return r.position.lon;
    case TimeRole:
        return double(r.atMs);
    }
    return {};
}

QHash<int, QByteArray> LastSeenModel::roleNames() const
{
    return { { IdRole, "lastSeenId" }, { LabelRole, "label" }, { LatitudeRole, "latitude" },
        { LongitudeRole, "longitude" }, { TimeRole, "time" } };
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TaskRole:
        return r.info.task;
    case IdRole:
        return r.info.orderId;
    case UnitIdRole:
        return r.info.unitId;
    case StateRole:
        return QVariant::fromValue(r.state);
    case StateNameRole:
        return orderStateName(r.state).toString();
    case LatitudeRole:
        return r.info.target.lat;
    case LongitudeRole:
        return r.info.target.lon;
    case IncidentIdRole:
        return r.info.incidentId;
    case IssuedRole:
        return r.issuedMs;
    case UpdatedRole:
        return r.updatedMs;
    case NoteRole:
        return r.note;
    }
    return {};
}

QHash<int, QByteArray> OrderModel::roleNames() const
{
    return { { IdRole, "orderId" }, { UnitIdRole, "unitId" }, { TaskRole, "task" }, { StateRole, "state" },
        { StateNameRole, "stateName" }, { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { IncidentIdRole, "incidentId" }, { IssuedRole, "issued" }, { UpdatedRole, "updated" },
        { NoteRole, "note" } };
}

QVariant CordonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.info.name;
    case IdRole:
        return r.info.cordonId;
    case PathRole: {
        QVariantList path;
        path.reserve(r.info.ring.size());
        for (const auto &p : r.info.ring)
            path.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
        return path;
    }
    case StateRole:
        return QVariant::fromValue(r.closedMs > 0 ? State::Closed
                : r.activatedMs > 0               ? State::Activated
                                                  : State::Set);
    case SetTimeRole:
        return r.setMs;
    }
    return {};
}

QHash<int, QByteArray> CordonModel::roleNames() const
{
    return { { IdRole, "cordonId" }, { NameRole, "name" }, { PathRole, "path" }, { StateRole, "cordonState" },
        { SetTimeRole, "setTime" } };
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return r.info.text;
    case IdRole:
        return r.info.alertId;
    case SeverityRole:
        return QVariant::fromValue(r.info.severity);
    case LatitudeRole:
        return r.info.position.lat;
    case LongitudeRole:
        return r.info.position.lon;
    case RaisedRole:
        return r.raisedMs;
    case AcknowledgedRole:
        return r.acknowledged;
    case DismissedRole:
        return r.dismissed;
    case SnoozedUntilRole:
        return r.snoozedUntilMs;
    case IncidentIdRole:
        return r.incidentId;
    case CodeRole:
        return r.info.code;
    case ArgsRole:
        return r.info.args;
    case PendingRole:
        return !r.acknowledged && !r.dismissed && r.incidentId.isEmpty();
    }
    return {};
}

QHash<int, QByteArray> AlertModel::roleNames() const
{
    return { { IdRole, "alertId" }, { TextRole, "text" }, { SeverityRole, "severity" },
        { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" }, { RaisedRole, "raised" },
        { AcknowledgedRole, "acknowledged" }, { DismissedRole, "dismissed" },
        { SnoozedUntilRole, "snoozedUntil" }, { IncidentIdRole, "incidentId" }, { CodeRole, "code" },
        { ArgsRole, "args" }, { PendingRole, "pending" } };
}

} // namespace wf
