#include "CordonHandleModel.h"

namespace wf {

int CordonHandleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_handles.size());
}

QVariant CordonHandleModel::data(const QModelIndex &index, int role) const
{
    const int n = int(m_handles.size());
    if (!index.isValid() || index.row() >= n)
        return {};
    const maps::LatLon &p = m_handles[std::size_t(index.row())];
    const maps::LatLon &next = m_handles[std::size_t((index.row() + 1) % n)];
    switch (role) {
    case LatitudeRole:
        return p.lat;
    case LongitudeRole:
        return p.lon;
    case NextLatitudeRole:
        return next.lat;
    case NextLongitudeRole:
        return next.lon;
    default:
        return {};
    }
}

QHash<int, QByteArray> CordonHandleModel::roleNames() const
{
    return { { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { NextLatitudeRole, "nextLatitude" }, { NextLongitudeRole, "nextLongitude" } };
}

void CordonHandleModel::update(const std::vector<maps::LatLon> &handles)
{
    const std::size_t n = handles.size();
    int moved = -1;
    bool one = n == m_handles.size() && n > 0;
    for (std::size_t i = 0; one && i < n; ++i) {
        if (handles[i].lat != m_handles[i].lat || handles[i].lon != m_handles[i].lon) {
            if (moved >= 0)
                one = false;
            moved = int(i);
        }
    }
    if (one && moved < 0)
        return; // nothing changed
    if (!one) {
        beginResetModel();
        m_handles = handles;
        endResetModel();
        return;
    }
    m_handles = handles;
    // The vertex itself, and the one before it (whose edge ends there).
    const int before = (moved + int(n) - 1) % int(n);
    emit dataChanged(index(moved), index(moved));
    emit dataChanged(index(before), index(before), { NextLatitudeRole, NextLongitudeRole });
}

} // namespace wf
