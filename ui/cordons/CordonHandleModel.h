#pragma once

#include "Geodesy.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>
#include <vector>

namespace wf {

// The handles of the shape being drawn as rows (a vertex with the next one round the ring, for
// the edge's insert dot), so that a dragged vertex changes two rows, not the whole list: a
// county outline has thousands of vertices and the drag must stay at the frame rate.
class CordonHandleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The handles belong to a cordon editor")
public:
    enum Role { LatitudeRole = Qt::UserRole + 1, LongitudeRole, NextLatitudeRole, NextLongitudeRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The handles now: rows changed in place when only one moved, reset otherwise.
    void update(const std::vector<maps::LatLon> &handles);

private:
    std::vector<maps::LatLon> m_handles;
};

} // namespace wf
