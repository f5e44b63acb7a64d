#pragma once

#include "WorldModels.h"

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace wf {

// The alert queue: the alerts still waiting for the operator (not acknowledged, dismissed or
// attached to an incident, and not snoozed at the world's time), most severe first, then
// newest first, worded in the workstation's language.
class AlertQueueModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wf::AlertModel *alerts READ alerts WRITE setAlerts NOTIFY alertsChanged)
    Q_PROPERTY(qint64 clock READ clock WRITE setClock NOTIFY clockChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Alerts of High or Critical severity in the queue: what the announcement counts.
    Q_PROPERTY(int urgentCount READ urgentCount NOTIFY countChanged)
public:
    enum Role { DisplayTextRole = Qt::UserRole + 100 };

    explicit AlertQueueModel(QObject *parent = nullptr);

    AlertModel *alerts() const { return m_alerts; }
    void setAlerts(AlertModel *alerts);
    qint64 clock() const { return m_clock; }
    void setClock(qint64 ms);
    int count() const { return rowCount(); }
    int urgentCount() const;

    // The alert id at a row of the queue ("" outside it).
    Q_INVOKABLE QString alertIdAt(int row) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void alertsChanged();
    void clockChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AlertModel *m_alerts = nullptr;
    qint64 m_clock = 0;
    qint64 m_nextSnoozeEnd = 0; // the earliest snooze still running: refilter when the clock passes it
};

} // namespace wf
