#include "OrderListModel.h"

#include "CentreTime.h"
#include "DispatchText.h"
#include "WorldModels.h"

#include <QDateTime>
#include <QTimeZone>

namespace wf {

namespace {
bool over(OrderState s)
{
    return s == OrderState::Done || s == OrderState::Rejected || s == OrderState::NoAnswer
        || s == OrderState::Expired;
}
} // namespace

OrderListModel::OrderListModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &OrderListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &OrderListModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &OrderListModel::countChanged);
}

void OrderListModel::setOrders(OrderModel *orders)
{
    if (orders == m_orders)
        return;
    m_orders = orders;
    setSourceModel(orders);
    sort(0);
    emit ordersChanged();
    emit countChanged();
}

void OrderListModel::setUnits(UnitModel *units)
{
    m_units = units;
    emit ordersChanged();
}

void OrderListModel::setActiveOnly(bool only)
{
    if (only == m_activeOnly)
        return;
    m_activeOnly = only;
    invalidateRowsFilter();
    emit activeOnlyChanged();
    emit countChanged();
}

bool OrderListModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_orders && sourceRow < m_orders->size()
        && (!m_activeOnly || !over(m_orders->at(sourceRow).state));
}

bool OrderListModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const OrderRow &a = m_orders->at(left.row());
    const OrderRow &b = m_orders->at(right.row());
    if (a.updatedMs != b.updatedMs)
        return a.updatedMs > b.updatedMs;
    return a.info.orderId > b.info.orderId;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (role >= StateTextRole && role <= HistoryTextRole && m_orders) {
        const QModelIndex source = mapToSource(index);
        if (!source.isValid())
            return {};
        const OrderRow &r = m_orders->at(source.row());
        switch (role) {
        case StateTextRole:
            return dispatchtext::orderState(r.state);
        case TaskTextRole:
            return dispatchtext::orderTask(r.info.task);
        case CallSignRole: {
            const UnitRow *u = m_units ? m_units->find(r.info.unitId) : nullptr;
            return u ? u->info.callSign : r.info.unitId;
        }
        case ActiveRole:
            return !over(r.state);
        case HistoryTextRole: {
            // The centre's clock, as every list shows it.
            QStringList steps;
            for (const auto &[state, ms] : r.history)
                steps.append(
                    QStringLiteral("%1 %2").arg(centreClockText(ms), dispatchtext::orderState(state)));
            if (!r.note.isEmpty())
                steps.append(r.note);
            return steps.join(QStringLiteral(" · "));
        }
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    auto names = QSortFilterProxyModel::roleNames();
    names.insert(StateTextRole, "stateText");
    names.insert(TaskTextRole, "taskText");
    names.insert(CallSignRole, "callSign");
    names.insert(ActiveRole, "active");
    names.insert(HistoryTextRole, "historyText");
    return names;
}

} // namespace wf
