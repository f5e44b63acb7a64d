#include "UnitRecommendationModel.h"

#include "ResponseZoneModel.h"
#include "WorldState.h"

#include <QElapsedTimer>

namespace wf {

UnitRecommendationModel::UnitRecommendationModel(const WorldState *world,
    std::shared_ptr<const maps::RoadGraph> graph, const ResponseZoneModel *zones, QObject *parent)
    : QAbstractListModel(parent)
    , m_world(world)
    , m_zones(zones)
{
    if (graph)
        m_ranker.emplace(std::move(graph));
    // Units move all the time; their order changes slowly. A status change re-ranks soon.
    m_refresh.setInterval(3000);
    connect(&m_refresh, &QTimer::timeout, this, &UnitRecommendationModel::refresh);
    // A unit given an order is no longer free to recommend, even before its crew answers.
    connect(world->orders(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_incidentId.isEmpty())
            QTimer::singleShot(0, this, &UnitRecommendationModel::refresh);
    });
    connect(world->units(), &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (!m_incidentId.isEmpty() && roles.contains(UnitModel::StatusRole))
                QTimer::singleShot(0, this, &UnitRecommendationModel::refresh);
        });
}

void UnitRecommendationModel::setIncidentId(const QString &id)
{
    if (id == m_incidentId)
        return;
    m_incidentId = id;
    m_zone = 0;
    m_targetSeconds = 0;
    if (const IncidentRow *inc = m_world->incidents()->find(id); inc && m_zones) {
        m_zone = int(m_zones->zoneAt(inc->info.position.lat, inc->info.position.lon));
        m_targetSeconds = m_zones->targetSeconds(ResponseZoneModel::Zone(m_zone));
    }
    emit incidentChanged();
    refresh();
    if (id.isEmpty())
        m_refresh.stop();
    else
        m_refresh.start();
}

void UnitRecommendationModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_problem.clear();
    const IncidentRow *inc = m_world->incidents()->find(m_incidentId);
    if (!m_incidentId.isEmpty() && !inc) {
        m_problem = tr("Unknown incident %1").arg(m_incidentId);
    } else if (inc && !m_ranker) {
        m_problem = tr("No road graph: travel times cannot be computed");
    } else if (inc) {
        QElapsedTimer t;
        t.start();
        m_rows = m_ranker->rank(*m_world->units(), inc->info.position, kLimitSeconds, m_world->orders());
        m_rankMs = double(t.nsecsElapsed()) / 1e6;
        if (m_rows.empty())
            m_problem = tr("No available unit can get there within %1 minutes").arg(int(kLimitSeconds / 60));
    }
    endResetModel();
    emit ranked();
}

int UnitRecommendationModel::makingIt() const
{
    if (m_targetSeconds <= 0)
        return int(m_rows.size());
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [&](const UnitEta &u) { return u.seconds <= m_targetSeconds; }));
}

QStringList UnitRecommendationModel::best(int n) const
{
    QStringList ids;
    for (std::size_t i = 0; i < m_rows.size() && int(i) < n; ++i)
        ids.append(m_rows[i].unitId);
    return ids;
}

int UnitRecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnitRecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UnitEta &u = m_rows[std::size_t(index.row())];
    switch (role) {
    case UnitIdRole:
        return u.unitId;
    case Qt::DisplayRole:
    case CallSignRole:
        return u.callSign;
    case KindRole:
        return QVariant::fromValue(u.kind);
    case EtaSecondsRole:
        return u.seconds;
    case MarginSecondsRole:
        return m_targetSeconds > 0 ? m_targetSeconds - u.seconds : 0.0;
    case MakesItRole:
        return m_targetSeconds <= 0 || u.seconds <= m_targetSeconds;
    case StraightMetersRole:
        return u.straightMeters;
    }
    return {};
}

QHash<int, QByteArray> UnitRecommendationModel::roleNames() const
{
    return { { UnitIdRole, "unitId" }, { CallSignRole, "callSign" }, { KindRole, "kind" },
        { EtaSecondsRole, "etaSeconds" }, { MarginSecondsRole, "marginSeconds" }, { MakesItRole, "makesIt" },
        { StraightMetersRole, "straightMeters" } };
}

} // namespace wf
