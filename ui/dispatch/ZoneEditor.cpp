#include "ZoneEditor.h"

#include "Dispatch.h"

#include <QDir>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QSaveFile>

namespace wf {

ZoneEditor::ZoneEditor(ResponseZoneModel *zones, Dispatch *dispatch, const QString &path, QObject *parent)
    : QObject(parent)
    , m_zones(zones)
    , m_dispatch(dispatch)
    , m_path(path)
{
    connect(&m_drawing, &CordonEditor::finished, this, [this](const QVariantList &ring) {
        m_drawn = ring;
        emit drawnChanged();
    });
}

bool ZoneEditor::canEdit() const
{
    return m_dispatch->role() == Dispatch::Role::Supervisor;
}

bool ZoneEditor::fail(const QString &error)
{
    m_lastError = error;
    emit lastErrorChanged();
    return false;
}

bool ZoneEditor::addDrawn(ResponseZoneModel::Zone kind, const QString &name)
{
    if (m_drawn.size() < 3)
        return fail(tr("Draw the zone on the map first"));
    if (kind == ResponseZoneModel::NoZone)
        return fail(tr("Choose the zone's class"));
    const QString trimmed = name.trimmed().left(100);
    if (trimmed.isEmpty())
        return fail(tr("Give the zone a name"));
    std::vector<maps::Zone> zones = m_zones->layer() ? m_zones->layer()->zones() : std::vector<maps::Zone> {};
    std::vector<maps::LatLon> ring;
    for (const QVariant &v : m_drawn) {
        const auto c = v.value<QGeoCoordinate>();
        ring.push_back({ c.latitude(), c.longitude() });
    }
    // A ring that crosses itself is refused here, with the place, before anything is saved.
    maps::ShapeProblem problem;
    maps::GeoShape shape = maps::GeoShape::fromRing(ring, &problem);
    if (shape.isEmpty())
        return fail(tr("The zone cannot be added: %1").arg(problem.message()));
    zones.push_back({ trimmed, maps::ResponseZone(kind), std::move(shape) });
    if (!apply(std::move(zones),
            QStringLiteral("add %1 \"%2\"").arg(maps::responseZoneName(maps::ResponseZone(kind)), trimmed)))
        return false;
    discardDrawn();
    return true;
}

void ZoneEditor::discardDrawn()
{
    if (m_drawn.isEmpty())
        return;
    m_drawn.clear();
    emit drawnChanged();
}

bool ZoneEditor::setZoneKind(int index, ResponseZoneModel::Zone kind)
{
    if (!m_zones->layer() || index < 0 || index >= m_zones->zoneCount())
        return fail(tr("No such zone"));
    if (kind == ResponseZoneModel::NoZone)
        return fail(tr("Choose the zone's class"));
    std::vector<maps::Zone> zones = m_zones->layer()->zones();
    auto &z = zones[std::size_t(index)];
    if (z.kind == maps::ResponseZone(kind))
        return true;
    const QString detail
        = QStringLiteral("class of \"%1\": %2 -> %3")
              .arg(z.name, maps::responseZoneName(z.kind), maps::responseZoneName(maps::ResponseZone(kind)));
    z.kind = maps::ResponseZone(kind);
    return apply(std::move(zones), detail);
}

bool ZoneEditor::removeZone(int index)
{
    if (!m_zones->layer() || index < 0 || index >= m_zones->zoneCount())
        return fail(tr("No such zone"));
    std::vector<maps::Zone> zones = m_zones->layer()->zones();
    if (zones.size() == 1)
        return fail(tr("A centre keeps at least one response zone"));
    const QString detail = QStringLiteral("remove \"%1\"").arg(zones[std::size_t(index)].name);
    zones.erase(zones.begin() + index);
    return apply(std::move(zones), detail);
}

bool ZoneEditor::apply(std::vector<maps::Zone> zones, const QString &detail)
{
    if (!m_dispatch->mayEditZones())
        return fail(m_dispatch->lastError());
    QString error;
    const QByteArray geojson = maps::ZoneLayer::toGeoJson(zones, &error);
    if (geojson.isEmpty())
        return fail(error);
    // Read back as any zone file is: a shape GEOS refuses is refused here, before anything is saved.
    auto layer = maps::ZoneLayer::fromBytes(geojson, QFileInfo(m_path).fileName(), &error);
    if (!layer)
        return fail(tr("The zones cannot be saved: %1").arg(error));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(geojson) != geojson.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    m_zones->setLayer(std::move(*layer));
    m_dispatch->record(QStringLiteral("zone_edit"), detail);
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        emit lastErrorChanged();
    }
    return true;
}

} // namespace wf
