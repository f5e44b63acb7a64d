#pragma once

#include "CordonEngine.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace wf {

// The crossings of the cordon being looked at, earliest suspect arrival first: the list in the
// cordon panel and the markers on the map (MarkerLayer reads it by role names).
class CrossingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Crossings come from the cordon desk")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RoadRole, // the road's name in the UI language, or its class
        RoadClassRole, // Expressway ... Village as an index (colour on the map)
        LatitudeRole,
        LongitudeRole,
        ArrivalSecondsRole, // -1: not reachable within the search's limit, or no incident
        CheckpointsRole, // names, comma separated
        CheckpointCountRole,
        CameraCountRole,
        CoveredRole, // a checkpoint or a camera is there
    };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;

    void reset(std::vector<CordonCrossing> crossings);
    const std::vector<CordonCrossing> &crossings() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<CordonCrossing> m_rows;
};

} // namespace wf
