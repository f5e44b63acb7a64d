#include "AlertQueueModel.h"

#include "DispatchText.h"
#include "WorldModels.h"

namespace wf {

AlertQueueModel::AlertQueueModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AlertQueueModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AlertQueueModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AlertQueueModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AlertQueueModel::countChanged);
}

void AlertQueueModel::setAlerts(AlertModel *alerts)
{
    if (alerts == m_alerts)
        return;
    m_alerts = alerts;
    setSourceModel(alerts);
    sort(0);
    emit alertsChanged();
    emit countChanged();
}

void AlertQueueModel::setClock(qint64 ms)
{
    if (ms == m_clock)
        return;
    const bool wake = m_nextSnoozeEnd > 0 && ms >= m_nextSnoozeEnd && m_clock < m_nextSnoozeEnd;
    m_clock = ms;
    emit clockChanged();
    // Only when a snooze runs out does the queue change with the clock.
    if (wake) {
        m_nextSnoozeEnd = 0;
        invalidateRowsFilter();
        emit countChanged();
    }
}

int AlertQueueModel::urgentCount() const
{
    int n = 0;
    for (int i = 0; i < rowCount(); ++i)
        n += index(i, 0).data(AlertModel::SeverityRole).toInt() >= int(Severity::High);
    return n;
}

QString AlertQueueModel::alertIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? index(row, 0).data(AlertModel::IdRole).toString() : QString();
}

bool AlertQueueModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_alerts || sourceRow >= m_alerts->size())
        return false;
    const AlertRow &r = m_alerts->at(sourceRow);
    if (r.acknowledged || r.dismissed || !r.incidentId.isEmpty())
        return false;
    if (r.snoozedUntilMs > m_clock) {
        auto *self = const_cast<AlertQueueModel *>(this);
        if (self->m_nextSnoozeEnd == 0 || r.snoozedUntilMs < self->m_nextSnoozeEnd)
            self->m_nextSnoozeEnd = r.snoozedUntilMs;
        return false;
    }
    return true;
}

bool AlertQueueModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const AlertRow &a = m_alerts->at(left.row());
    const AlertRow &b = m_alerts->at(right.row());
    // Sorted ascending by this: the most severe, then the newest, comes first.
    if (a.info.severity != b.info.severity)
        return a.info.severity > b.info.severity;
    if (a.raisedMs != b.raisedMs)
        return a.raisedMs > b.raisedMs;
    return a.info.alertId < b.info.alertId;
}

QVariant AlertQueueModel::data(const QModelIndex &index, int role) const
{
    if (role == DisplayTextRole && m_alerts) {
        const QModelIndex source = mapToSource(index);
        return source.isValid() ? dispatchtext::alert(m_alerts->at(source.row()).info) : QVariant();
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> AlertQueueModel::roleNames() const
{
    auto names = QSortFilterProxyModel::roleNames();
    names.insert(DisplayTextRole, "displayText");
    return names;
}

} // namespace wf
