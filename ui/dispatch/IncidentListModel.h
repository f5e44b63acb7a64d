#pragma once

#include "WorldModels.h"

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace wf {

// The incidents a dispatcher works: open ones (or all, for a supervisor's look back), most
// severe first, then newest, with their type and stage worded in the workstation's language.
class IncidentListModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wf::IncidentModel *incidents READ incidents WRITE setIncidents NOTIFY incidentsChanged)
    Q_PROPERTY(bool showClosed READ showClosed WRITE setShowClosed NOTIFY showClosedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { TypeTextRole = Qt::UserRole + 100, StageTextRole };

    explicit IncidentListModel(QObject *parent = nullptr);

    IncidentModel *incidents() const { return m_incidents; }
    void setIncidents(IncidentModel *incidents);
    bool showClosed() const { return m_showClosed; }
    void setShowClosed(bool show);
    int count() const { return rowCount(); }
    Q_INVOKABLE QString incidentIdAt(int row) const;
    // The row of an incident in this list, or -1.
    Q_INVOKABLE int rowOf(const QString &incidentId) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void incidentsChanged();
    void showClosedChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    IncidentModel *m_incidents = nullptr;
    bool m_showClosed = false;
};

} // namespace wf
