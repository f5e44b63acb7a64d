#pragma once

#include "MapMarker.h"

#include <QVariantMap>

class QAbstractItemModel;

namespace wf::maps {

// Which roles of an item model a marker layer reads, from the names QML gives it
// ({ latitude: "lat", label: "callSign", ... }): resolved once against the model's role names,
// then a row is read into a MapMarker with one data() call per role it has.
class MarkerRoles
{
public:
    // Roles the names do not mention, or the model does not have, are not read; without an id
    // role a marker's id is its row number.
    void resolve(const QAbstractItemModel *model, const QVariantMap &names);
    // A model may only know its roles once it has rows.
    bool hasPosition() const { return m_latitude >= 0; }
    MapMarker read(const QAbstractItemModel *model, int row) const;

private:
    int m_id = -1, m_latitude = -1, m_longitude = -1, m_heading = -1, m_fovBearing = -1, m_fov = -1,
        m_style = -1, m_time = -1, m_label = -1, m_scale = -1, m_visible = -1;
};

} // namespace wf::maps
