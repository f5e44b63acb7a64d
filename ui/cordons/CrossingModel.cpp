#include "CrossingModel.h"

#include <QLocale>

namespace wf {

namespace {

QString roadClassText(maps::RoadClass c)
{
    switch (c) {
    case maps::RoadClass::Expressway:
        return CrossingModel::tr("expressway");
    case maps::RoadClass::UrbanRing:
        return CrossingModel::tr("urban expressway");
    case maps::RoadClass::Arterial:
        return CrossingModel::tr("arterial road");
    case maps::RoadClass::County:
        return CrossingModel::tr("county road");
    case maps::RoadClass::Village:
        return CrossingModel::tr("village road");
    }
    return {};
}

} // namespace

void CrossingModel::reset(std::vector<CordonCrossing> crossings)
{
    beginResetModel();
    m_rows = std::move(crossings);
    endResetModel();
    emit countChanged();
}

QVariant CrossingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CordonCrossing &c = m_rows[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return QStringLiteral("X%1").arg(index.row() + 1);
    case Qt::DisplayRole:
    case RoadRole: {
        const bool english = !QLocale().name().startsWith(u"zh");
        const QString name = english ? c.roadNameEn : c.roadNameZh;
        return name.isEmpty() ? roadClassText(c.road.roadClass) : name;
    }
    case RoadClassRole:
        return int(c.road.roadClass);
    case LatitudeRole:
        return c.road.point.lat;
    case LongitudeRole:
        return c.road.point.lon;
    case ArrivalSecondsRole:
        return std::isfinite(c.suspectSeconds) ? c.suspectSeconds : -1.0;
    case CheckpointsRole: {
        QStringList names;
        for (const auto &k : c.checkpoints)
            names << k.name;
        return names.join(QStringLiteral(", "));
    }
    case CheckpointCountRole:
        return int(c.checkpoints.size());
    case CameraCountRole:
        return int(c.cameras.size());
    case CoveredRole:
        return !c.checkpoints.empty() || !c.cameras.empty();
    }
    return {};
}

QHash<int, QByteArray> CrossingModel::roleNames() const
{
    return { { IdRole, "crossingId" }, { RoadRole, "road" }, { RoadClassRole, "roadClass" },
        { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { ArrivalSecondsRole, "arrivalSeconds" }, { CheckpointsRole, "checkpoints" },
        { CheckpointCountRole, "checkpointCount" }, { CameraCountRole, "cameraCount" },
        { CoveredRole, "covered" } };
}

} // namespace wf
