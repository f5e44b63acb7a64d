#include "IncidentListModel.h"

#include "DispatchText.h"
#include "WorldModels.h"

namespace wf {

IncidentListModel::IncidentListModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &IncidentListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &IncidentListModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &IncidentListModel::countChanged);
}

void IncidentListModel::setIncidents(IncidentModel *incidents)
{
    if (incidents == m_incidents)
        return;
    m_incidents = incidents;
    setSourceModel(incidents);
    sort(0);
    emit incidentsChanged();
    emit countChanged();
}

void IncidentListModel::setShowClosed(bool show)
{
    if (show == m_showClosed)
        return;
    m_showClosed = show;
    invalidateRowsFilter();
    emit showClosedChanged();
    emit countChanged();
}

QString IncidentListModel::incidentIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? index(row, 0).data(IncidentModel::IdRole).toString() : QString();
}

int IncidentListModel::rowOf(const QString &incidentId) const
{
    if (!m_incidents)
        return -1;
    const int source = m_incidents->rowOf(incidentId);
    return source < 0 ? -1 : mapFromSource(m_incidents->index(source)).row();
}

bool IncidentListModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_incidents && sourceRow < m_incidents->size()
        && (m_showClosed || m_incidents->at(sourceRow).open);
}

bool IncidentListModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const IncidentRow &a = m_incidents->at(left.row());
    const IncidentRow &b = m_incidents->at(right.row());
    if (a.open != b.open)
        return a.open;
    if (a.info.severity != b.info.severity)
        return a.info.severity > b.info.severity;
    if (a.reportedMs != b.reportedMs)
        return a.reportedMs > b.reportedMs;
    return a.info.incidentId < b.info.incidentId;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if ((role == TypeTextRole || role == StageTextRole) && m_incidents) {
        const QModelIndex source = mapToSource(index);
        if (!source.isValid())
            return {};
        const IncidentRow &r = m_incidents->at(source.row());
        return role == TypeTextRole ? dispatchtext::incidentType(r.info.type)
                                    : dispatchtext::incidentStage(r.stage);
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    auto names = QSortFilterProxyModel::roleNames();
    names.insert(TypeTextRole, "typeText");
    names.insert(StageTextRole, "stageText");
    return names;
}

} // namespace wf
