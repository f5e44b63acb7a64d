#pragma once

#include "WorldModels.h"

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace wf {

class UnitModel;

// The orders panel: every order with its current state and age, the most recently changed
// first; "active only" hides those that are over (done, rejected, unanswered, expired).
class OrderListModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wf::OrderModel *orders READ orders WRITE setOrders NOTIFY ordersChanged)
    Q_PROPERTY(wf::UnitModel *units READ units WRITE setUnits NOTIFY ordersChanged)
    Q_PROPERTY(bool activeOnly READ activeOnly WRITE setActiveOnly NOTIFY activeOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { StateTextRole = Qt::UserRole + 100, TaskTextRole, CallSignRole, ActiveRole, HistoryTextRole };

    explicit OrderListModel(QObject *parent = nullptr);

    OrderModel *orders() const { return m_orders; }
    void setOrders(OrderModel *orders);
    UnitModel *units() const { return m_units; }
    void setUnits(UnitModel *units);
    bool activeOnly() const { return m_activeOnly; }
    void setActiveOnly(bool only);
    int count() const { return rowCount(); }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void ordersChanged();
    void activeOnlyChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrderModel *m_orders = nullptr;
    UnitModel *m_units = nullptr;
    bool m_activeOnly = false;
};

} // namespace wf
