#include "MarkerRoles.h"

#include <QAbstractItemModel>

namespace wf::maps {

void MarkerRoles::resolve(const QAbstractItemModel *model, const QVariantMap &names)
{
    *this = {};
    if (!model)
        return;
    const auto roles = model->roleNames();
    auto find = [&](const char *key) {
        const QByteArray wanted = names.value(QLatin1StringView(key)).toString().toUtf8();
        return wanted.isEmpty() ? -1 : roles.key(wanted, -1);
    };
    m_id = find("id");
    m_latitude = find("latitude");
    m_longitude = find("longitude");
    m_heading = find("heading");
    m_fovBearing = find("fovBearing");
    m_fov = find("fov");
    m_style = find("style");
    m_time = find("time");
    m_label = find("label");
    m_scale = find("scale");
    m_visible = find("visible");
}

MapMarker MarkerRoles::read(const QAbstractItemModel *model, int row) const
{
    MapMarker m;
    const QModelIndex idx = model->index(row, 0);
    auto get = [&](int role) { return role < 0 ? QVariant() : model->data(idx, role); };
    m.id = m_id >= 0 ? get(m_id).toString() : QString::number(row);
    m.position = { get(m_latitude).toDouble(), get(m_longitude).toDouble() };
    if (m_heading >= 0)
        m.heading = get(m_heading).toFloat();
    if (m_fovBearing >= 0)
        m.fovBearing = get(m_fovBearing).toFloat();
    if (m_fov >= 0)
        m.fovDeg = get(m_fov).toFloat();
    if (m_style >= 0)
        m.style = get(m_style).toInt();
    if (m_time >= 0)
        m.timeMs = get(m_time).toLongLong();
    if (m_label >= 0)
        m.label = get(m_label).toString();
    if (m_scale >= 0)
        m.scale = get(m_scale).toFloat();
    if (m_visible >= 0)
        m.visible = get(m_visible).toBool();
    return m;
}

} // namespace wf::maps
