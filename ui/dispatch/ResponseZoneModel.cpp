#include "ResponseZoneModel.h"

#include <QGeoCoordinate>

namespace wf {

ResponseZoneModel::ResponseZoneModel(
    std::optional<maps::ZoneLayer> layer, const QString &error, QObject *parent)
    : QAbstractListModel(parent)
    , m_layer(std::move(layer))
    , m_error(error)
{
    buildRings();
}

void ResponseZoneModel::buildRings()
{
    m_rings.clear();
    if (!m_layer)
        return;
    const auto pathOf = [](const maps::GeoRing &ring) {
        QVariantList path;
        path.reserve(qsizetype(ring.size()));
        for (const auto &p : ring)
            path.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
        return path;
    };
    for (const auto &z : m_layer->zones()) {
        for (const auto &polygon : z.shape.polygons()) {
            m_rings.append({ pathOf(polygon.outer), Zone(z.kind), z.name, false });
            for (const auto &hole : polygon.holes)
                m_rings.append({ pathOf(hole), Zone(z.kind), z.name, true });
        }
    }
}

void ResponseZoneModel::setLayer(maps::ZoneLayer layer)
{
    beginResetModel();
    m_layer = std::move(layer);
    buildRings();
    endResetModel();
    emit layerChanged();
}

QString ResponseZoneModel::zoneName(int index) const
{
    return m_layer && index >= 0 && index < zoneCount() ? m_layer->zones()[std::size_t(index)].name
                                                        : QString();
}

ResponseZoneModel::Zone ResponseZoneModel::zoneKind(int index) const
{
    return m_layer && index >= 0 && index < zoneCount() ? Zone(m_layer->zones()[std::size_t(index)].kind)
                                                        : NoZone;
}

ResponseZoneModel::Zone ResponseZoneModel::zoneAt(double latitude, double longitude) const
{
    return m_layer ? Zone(m_layer->zoneAt({ latitude, longitude })) : NoZone;
}

int ResponseZoneModel::targetSeconds(Zone zone) const
{
    return maps::responseTargetSeconds(maps::ResponseZone(zone));
}

int ResponseZoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rings.size());
}

QVariant ResponseZoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Ring &r = m_rings[index.row()];
    switch (role) {
    case PathRole:
        return r.path;
    case ZoneRole:
        return int(r.zone);
    case NameRole:
    case Qt::DisplayRole:
        return r.name;
    case HoleRole:
        return r.hole;
    }
    return {};
}

QHash<int, QByteArray> ResponseZoneModel::roleNames() const
{
    return { { PathRole, "ring" }, { ZoneRole, "zone" }, { NameRole, "name" }, { HoleRole, "hole" } };
}

} // namespace wf
