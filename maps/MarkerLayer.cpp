#include "MarkerLayer.h"

#include "MarkerMesh.h"

#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <limits>
#include <numbers>

namespace wf::maps {

namespace {

constexpr double kLocal = kMarkerLocalUnits;
constexpr double kDeg = std::numbers::pi / 180;
const QColor kOutline(0x10, 0x16, 0x1d);
const QColor kSelection(0xff, 0xd5, 0x4f);

// A grid cell of normalised Mercator, `cells` cells across the world.
quint64 cellKey(QPointF n, double cells)
{
    return (quint64(quint32(n.x() * cells)) << 32) | quint32(n.y() * cells);
}

int sidesOf(MarkerLayer::Shape s)
{
    switch (s) {
    case MarkerLayer::Shape::Pin:
        return 6;
    case MarkerLayer::Shape::Diamond:
    case MarkerLayer::Shape::Square:
        return 4;
    case MarkerLayer::Shape::Dot:
    case MarkerLayer::Shape::Halo:
        return 10;
    }
    return 6;
}

double rotationOf(MarkerLayer::Shape s)
{
    return s == MarkerLayer::Shape::Square ? std::numbers::pi / 4 : 0;
}

} // namespace

struct MarkerLayer::Built
{
    double zoom = -1;
    QPointF origin;
    QRectF region; // normalised area the geometry covers (culling); null: everything
    bool detailed = false;
    bool clustered = false;
    int clusterZoom = -1;
    int mergeLevel = -1; // half zoom levels of the merge grid, -1: not merging
    bool wedges = false;
    qint64 clockMs = 0;
    QSizeF viewport;
};

MarkerLayer::MarkerLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MarkerLayer::refreshNow);
}

MarkerLayer::~MarkerLayer() = default;

MapCamera MarkerLayer::camera() const
{
    MapCamera c = m_camera;
    c.viewport = size();
    return c;
}

void MarkerLayer::setMarkers(QList<MapMarker> markers)
{
    m_markers = std::move(markers);
    m_indexById.clear();
    m_normalised.resize(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i) {
        m_indexById.insert(m_markers[i].id, i);
        m_normalised[i] = toNormalised(m_markers[i].position);
    }
    invalidateGeometry();
    emit markersChanged();
}

// --- camera -----------------------------------------------------------------------------------

void MarkerLayer::setCenter(const QGeoCoordinate &c)
{
    if (!c.isValid() || (c.latitude() == m_camera.center.lat && c.longitude() == m_camera.center.lon))
        return;
    m_camera.center = { c.latitude(), c.longitude() };
    emit cameraChanged();
    update();
}

void MarkerLayer::setZoomLevel(qreal z)
{
    if (z == m_camera.zoom)
        return;
    m_camera.zoom = z;
    emit cameraChanged();
    update();
}

void MarkerLayer::setBearing(qreal b)
{
    if (b == m_camera.bearing)
        return;
    m_camera.bearing = b;
    emit cameraChanged();
    update();
}

void MarkerLayer::setTileSize(int s)
{
    if (s == m_camera.tileSize || s <= 0)
        return;
    m_camera.tileSize = s;
    emit cameraChanged();
    update();
}

void MarkerLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    update();
}

// --- data -------------------------------------------------------------------------------------

void MarkerLayer::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        auto all = [this] {
            m_readAllPending = true;
            scheduleRefresh();
        };
        m_modelConnections << connect(m_model, &QAbstractItemModel::modelReset, this, all)
                           << connect(m_model, &QAbstractItemModel::rowsInserted, this, all)
                           << connect(m_model, &QAbstractItemModel::rowsRemoved, this, all)
                           << connect(m_model, &QAbstractItemModel::rowsMoved, this, all)
                           << connect(m_model, &QAbstractItemModel::layoutChanged, this, all)
                           << connect(m_model, &QAbstractItemModel::dataChanged, this,
                                  [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &) {
                                      // Rows only: a row is re-read whole, a handful of roles.
                                      for (int r = tl.row(); r <= br.row(); ++r)
                                          m_dirtyRows.insert(r);
                                      scheduleRefresh();
                                  });
    }
    resolveRoles();
    m_readAllPending = true;
    refreshNow(); // the first picture comes at once
    emit modelChanged();
}

void MarkerLayer::setRoles(const QVariantMap &roles)
{
    if (roles == m_roleNames)
        return;
    m_roleNames = roles;
    resolveRoles();
    m_readAllPending = true;
    scheduleRefresh();
    emit modelChanged();
}

void MarkerLayer::resolveRoles()
{
    m_roles = {};
    if (!m_model)
        return;
    const auto names = m_model->roleNames();
    auto find = [&](const char *key) {
        const QByteArray wanted = m_roleNames.value(QLatin1StringView(key)).toString().toUtf8();
        return wanted.isEmpty() ? -1 : names.key(wanted, -1);
    };
    m_roles.id = find("id");
    m_roles.latitude = find("latitude");
    m_roles.longitude = find("longitude");
    m_roles.heading = find("heading");
    m_roles.fovBearing = find("fovBearing");
    m_roles.fov = find("fov");
    m_roles.style = find("style");
    m_roles.time = find("time");
    m_roles.label = find("label");
    m_roles.scale = find("scale");
    m_roles.visible = find("visible");
}

MapMarker MarkerLayer::readRow(int row) const
{
    MapMarker m;
    const QModelIndex idx = m_model->index(row, 0);
    auto get = [&](int role) { return role < 0 ? QVariant() : m_model->data(idx, role); };
    m.id = m_roles.id >= 0 ? get(m_roles.id).toString() : QString::number(row);
    m.position = { get(m_roles.latitude).toDouble(), get(m_roles.longitude).toDouble() };
    if (m_roles.heading >= 0)
        m.heading = get(m_roles.heading).toFloat();
    if (m_roles.fovBearing >= 0)
        m.fovBearing = get(m_roles.fovBearing).toFloat();
    if (m_roles.fov >= 0)
        m.fovDeg = get(m_roles.fov).toFloat();
    if (m_roles.style >= 0)
        m.style = get(m_roles.style).toInt();
    if (m_roles.time >= 0)
        m.timeMs = get(m_roles.time).toLongLong();
    if (m_roles.label >= 0)
        m.label = get(m_roles.label).toString();
    if (m_roles.scale >= 0)
        m.scale = get(m_roles.scale).toFloat();
    if (m_roles.visible >= 0)
        m.visible = get(m_roles.visible).toBool();
    return m;
}

void MarkerLayer::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MarkerLayer::refreshNow()
{
    m_refreshTimer.stop();
    if (!m_model) {
        m_dirtyRows.clear();
        m_readAllPending = false;
        return;
    }
    if (m_roles.latitude < 0 && !m_roleNames.isEmpty())
        resolveRoles(); // a model may only know its roles once it has rows
    const int oldCount = int(m_markers.size());
    if (m_readAllPending) {
        QList<MapMarker> all;
        const int n = m_model->rowCount();
        all.reserve(n);
        for (int r = 0; r < n; ++r)
            all.append(readRow(r));
        m_dirtyRows.clear();
        m_readAllPending = false;
        setMarkers(std::move(all));
    } else {
        QList<QPointF> moved; // where the changed rows were and are now
        moved.reserve(m_dirtyRows.size() * 2);
        for (int r : std::as_const(m_dirtyRows)) {
            if (r < 0 || r >= m_markers.size())
                continue;
            moved.append(m_normalised[r]);
            m_markers[r] = readRow(r);
            m_normalised[r] = toNormalised(m_markers[r].position);
            moved.append(m_normalised[r]);
        }
        m_dirtyRows.clear();
        if (affectsGeometry(moved))
            invalidateGeometry();
        emit markersChanged();
    }
    if (oldCount != m_markers.size())
        emit markersChanged();
}

// Close in, the geometry covers only the neighbourhood of the view: a fleet moving elsewhere in
// the province changes nothing that is drawn, so it must not cost a rebuild and an upload.
bool MarkerLayer::affectsGeometry(const QList<QPointF> &positions) const
{
    // m_built is written only in updatePaintNode, while this (GUI) thread is blocked.
    if (!m_built || m_built->region.isNull())
        return true;
    return std::any_of(
        positions.cbegin(), positions.cend(), [&](QPointF n) { return m_built->region.contains(n); });
}

void MarkerLayer::invalidateGeometry()
{
    m_geometryDirty = true;
    update();
}

// --- queries ----------------------------------------------------------------------------------

QString MarkerLayer::idAt(qreal x, qreal y, qreal radius) const
{
    if (!isVisible())
        return {};
    const MapCamera cam = camera();
    const QPointF p(x, y);
    double best = radius * radius;
    QString found;
    // Clustered or merged far out, what can be hit is what is drawn: a merged marker is the one
    // whose colour it shows; the others are reached by zooming in, as in a cluster.
    if (clustered() || merging() || m_styleClusters) {
        for (const auto &it : m_drawn) {
            if (it.source < 0 || it.source >= m_markers.size())
                continue; // a cluster is not one marker (and the data may have shrunk since)
            const QPointF d = cam.normalisedToScreen(it.n) - p;
            const double d2 = QPointF::dotProduct(d, d);
            if (d2 <= best) {
                best = d2;
                found = m_markers[it.source].id;
            }
        }
        return found;
    }
    for (int i = 0; i < m_markers.size(); ++i) {
        if (!m_markers[i].visible)
            continue;
        const QPointF d = cam.normalisedToScreen(m_normalised[i]) - p;
        const double d2 = QPointF::dotProduct(d, d);
        if (d2 <= best) {
            best = d2;
            found = m_markers[i].id;
        }
    }
    return found;
}

QVariantMap MarkerLayer::markerData(const QString &id) const
{
    const int i = m_indexById.value(id, -1);
    if (i < 0 || i >= m_markers.size())
        return {};
    const auto &m = m_markers[i];
    return { { QStringLiteral("id"), m.id }, { QStringLiteral("label"), m.label },
        { QStringLiteral("latitude"), m.position.lat }, { QStringLiteral("longitude"), m.position.lon },
        { QStringLiteral("heading"), std::isnan(m.heading) ? QVariant() : QVariant(m.heading) },
        { QStringLiteral("style"), m.style }, { QStringLiteral("time"), double(m.timeMs) },
        { QStringLiteral("stale"), isStale(m) } };
}

QGeoCoordinate MarkerLayer::coordinateOf(const QString &id) const
{
    const int i = m_indexById.value(id, -1);
    if (i < 0 || i >= m_markers.size())
        return {};
    return QGeoCoordinate(m_markers[i].position.lat, m_markers[i].position.lon);
}

QString MarkerLayer::findLabel(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const auto &m : m_markers) {
        if (m.label.compare(t, Qt::CaseInsensitive) == 0)
            return m.id;
    }
    for (const auto &m : m_markers) {
        if (m.label.startsWith(t, Qt::CaseInsensitive) || m.id.compare(t, Qt::CaseInsensitive) == 0)
            return m.id;
    }
    return {};
}

QPointF MarkerLayer::toScreen(double latitude, double longitude) const
{
    return camera().toScreen({ latitude, longitude });
}

QVariantList MarkerLayer::drawnSymbols() const
{
    QVariantList out;
    if (!isVisible())
        return out;
    const MapCamera cam = camera();
    const QRectF bounds(QPointF(0, 0), cam.viewport);
    for (const auto &it : m_drawn) {
        const QPointF p = cam.normalisedToScreen(it.n);
        const double size = it.group >= 0 && it.group < m_groups.size() ? m_groups[it.group].size
            : it.source >= 0 && it.source < m_markers.size() ? singleSymbolSize() * m_markers[it.source].scale
                                                             : singleSymbolSize();
        if (!bounds.intersects(QRectF(p.x() - size / 2, p.y() - size / 2, size, size)))
            continue;
        out.append(QVariantMap { { QStringLiteral("x"), p.x() }, { QStringLiteral("y"), p.y() },
            { QStringLiteral("size"), size }, { QStringLiteral("count"), std::max(1, it.clusterCount) } });
    }
    return out;
}

QVariantMap MarkerLayer::clusterAt(qreal x, qreal y, qreal radius) const
{
    if (!isVisible())
        return {};
    const MapCamera cam = camera();
    for (auto it = m_drawn.crbegin(); it != m_drawn.crend(); ++it) { // the topmost first
        if (it->group < 0 || it->group >= m_groups.size())
            continue;
        const auto &g = m_groups[it->group];
        const QPointF d = cam.normalisedToScreen(it->n) - QPointF(x, y);
        if (std::hypot(d.x(), d.y()) > g.size / 2 + radius)
            continue;
        const LatLon where = fromNormalised(it->n);
        QVariantList styles;
        for (int n : g.styleCounts)
            styles.append(n);
        return { { QStringLiteral("count"), g.count }, { QStringLiteral("latitude"), where.lat },
            { QStringLiteral("longitude"), where.lon }, { QStringLiteral("styles"), styles } };
    }
    return {};
}

// --- style properties -------------------------------------------------------------------------

#define WF_STYLE_SETTER(Name, member, Type)                                                                  \
    void MarkerLayer::Name(Type v)                                                                           \
    {                                                                                                        \
        if (member == v)                                                                                     \
            return;                                                                                          \
        member = v;                                                                                          \
        emit styleChanged();                                                                                 \
        invalidateGeometry();                                                                                \
    }
WF_STYLE_SETTER(setShape, m_shape, Shape)
WF_STYLE_SETTER(setMarkerSize, m_markerSize, qreal)
WF_STYLE_SETTER(setColors, m_colors, const QList<QColor> &)
WF_STYLE_SETTER(setStaleColor, m_staleColor, const QColor &)
WF_STYLE_SETTER(setDetailMinZoom, m_detailMinZoom, qreal)
WF_STYLE_SETTER(setLabelMinZoom, m_labelMinZoom, qreal)
WF_STYLE_SETTER(setWedgeMinZoom, m_wedgeMinZoom, qreal)
WF_STYLE_SETTER(setClusterBelowZoom, m_clusterBelowZoom, qreal)
WF_STYLE_SETTER(setMaxLabels, m_maxLabels, int)
WF_STYLE_SETTER(setMergeCellPixels, m_mergeCellPixels, qreal)
WF_STYLE_SETTER(setStylePriority, m_stylePriority, const QList<int> &)
#undef WF_STYLE_SETTER

void MarkerLayer::setStyleClusters(bool on)
{
    if (on == m_styleClusters)
        return;
    m_styleClusters = on;
    emit styleChanged();
    invalidateGeometry();
}

void MarkerLayer::setFadeAfter(double ms)
{
    if (qint64(ms) == m_fadeAfterMs)
        return;
    m_fadeAfterMs = qint64(ms);
    emit styleChanged();
    invalidateGeometry();
}

void MarkerLayer::setStaleAfter(double ms)
{
    if (qint64(ms) == m_staleAfterMs)
        return;
    m_staleAfterMs = qint64(ms);
    emit styleChanged();
    invalidateGeometry();
}

void MarkerLayer::setRefreshInterval(int ms)
{
    if (ms == m_refreshTimer.interval())
        return;
    m_refreshTimer.setInterval(std::max(0, ms));
    emit styleChanged();
}

void MarkerLayer::setClock(double ms)
{
    if (qint64(ms) == m_clockMs)
        return;
    m_clockMs = qint64(ms);
    emit clockChanged();
    // Ages are redrawn once a second at most: fading is slow, uploads are not free.
    if ((m_fadeAfterMs > 0 || m_staleAfterMs > 0) && m_built && m_clockMs - m_built->clockMs >= 1000)
        update();
}

void MarkerLayer::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit selectedIdChanged();
    invalidateGeometry();
}

bool MarkerLayer::clustered() const
{
    return m_clusterBelowZoom > 0 && m_camera.zoom < m_clusterBelowZoom;
}

bool MarkerLayer::isStale(const MapMarker &m) const
{
    return m_staleAfterMs > 0 && m.timeMs > 0 && m_clockMs - m.timeMs >= m_staleAfterMs;
}

double MarkerLayer::alphaFor(const MapMarker &m) const
{
    if (m.timeMs <= 0 || m_fadeAfterMs <= 0)
        return 1.0;
    const double age = double(m_clockMs - m.timeMs);
    if (isStale(m))
        return 0.45;
    if (age <= double(m_fadeAfterMs))
        return 1.0;
    const double span = std::max(1.0, double(std::max(m_staleAfterMs, m_fadeAfterMs * 2) - m_fadeAfterMs));
    return std::clamp(1.0 - 0.5 * (age - double(m_fadeAfterMs)) / span, 0.5, 1.0);
}

// --- rendering --------------------------------------------------------------------------------

QList<MarkerLayer::Item> MarkerLayer::itemsToDraw(QRectF region, QList<UnitClusterer::Group> *groups) const
{
    groups->clear();
    if (m_styleClusters)
        return styleClusterItems(region, groups);
    QList<Item> items;
    if (clustered()) {
        // Grid clustering on whole zoom levels, so clusters do not flicker while zooming.
        const int zc = int(std::floor(m_camera.zoom));
        const double cells = double(m_camera.tileSize) * std::exp2(zc) / 64.0; // 64 px cells
        struct Cell
        {
            QPointF sum;
            int count = 0;
            int first = -1;
        };
        QHash<quint64, Cell> grid;
        for (int i = 0; i < m_markers.size(); ++i) {
            const auto &m = m_markers[i];
            if (!m.visible)
                continue;
            const QPointF n = m_normalised[i];
            const quint64 key = cellKey(n, cells);
            auto &c = grid[key];
            c.sum += n;
            if (c.count++ == 0)
                c.first = i;
        }
        items.reserve(grid.size());
        for (const auto &c : std::as_const(grid)) {
            if (c.count == 1)
                items.append({ c.sum, c.first, 0 });
            else
                items.append({ c.sum / c.count, -1, c.count });
        }
        return items;
    }
    if (merging())
        return mergedItems();
    items.reserve(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i) {
        const auto &m = m_markers[i];
        if (!m.visible)
            continue;
        const QPointF n = m_normalised[i];
        if (!region.isNull() && !region.contains(n))
            continue;
        items.append({ n, i, 0 });
    }
    return items;
}

double MarkerLayer::singleSymbolSize() const
{
    // As buildGeometry draws a lone marker: a pin with its outline, or far out a small diamond.
    return detailed() ? m_markerSize + 3 : 2 * std::max(2.5, m_markerSize / 2 * 0.45);
}

// Clusters by style (UnitClusterer) at the current zoom: what would overlap is one cluster, the
// most urgent member's colour on top. Drawn least urgent first, so urgent symbols are on top; the
// selected marker is never clustered away.
QList<MarkerLayer::Item> MarkerLayer::styleClusterItems(
    QRectF region, QList<UnitClusterer::Group> *groups) const
{
    const double world = double(m_camera.tileSize) * std::exp2(m_camera.zoom);
    const int selected = m_selectedId.isEmpty() ? -1 : m_indexById.value(m_selectedId, -1);
    QList<UnitClusterer::Point> points;
    points.reserve(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i) {
        const auto &m = m_markers[i];
        if (!m.visible || i == selected || (!region.isNull() && !region.contains(m_normalised[i])))
            continue;
        points.append({ m_normalised[i] * world, m.style, priorityOf(m), i });
    }
    *groups = UnitClusterer::cluster(points, std::max<int>(1, int(m_colors.size())), singleSymbolSize());
    QList<Item> items;
    items.reserve(groups->size() + 1);
    for (int g = int(groups->size()) - 1; g >= 0; --g) {
        const auto &group = (*groups)[g];
        if (group.count == 1)
            items.append({ m_normalised[group.source], group.source, 0, 1, -1 });
        else
            items.append({ m_normalised[group.source], -1, group.count, group.count, g });
    }
    if (selected >= 0 && m_markers[selected].visible)
        items.append({ m_normalised[selected], selected, 0, 1, -1 });
    return items;
}

bool MarkerLayer::merging() const
{
    return m_mergeCellPixels > 0 && !detailed() && !clustered() && !m_styleClusters;
}

int MarkerLayer::priorityOf(const MapMarker &m) const
{
    if (isStale(m))
        return std::numeric_limits<int>::min(); // a stale marker never hides a current one
    return m.style >= 0 && m.style < m_stylePriority.size() ? m_stylePriority[m.style] : m.style;
}

// Far out, markers a few pixels apart cover each other, and every one of them costs vertices on
// every frame: one marker is drawn per occupied cell of a grid fixed to the world (panning keeps
// it) and to half zoom levels (zooming within one does not reshuffle it). A cell shows its most
// urgent marker, at that marker's own position and in its colour; the selected marker is never
// merged away. Drawn least urgent first, so urgent markers are on top. Hit testing does not use
// this: it looks at every marker.
QList<MarkerLayer::Item> MarkerLayer::mergedItems() const
{
    const double cells
        = double(m_camera.tileSize) * std::exp2(std::floor(m_camera.zoom * 2) / 2) / m_mergeCellPixels;
    struct Cell
    {
        int best = -1;
        int priority = 0;
        int count = 0;
    };
    QHash<quint64, Cell> grid;
    grid.reserve(m_markers.size());
    const int selected = m_selectedId.isEmpty() ? -1 : m_indexById.value(m_selectedId, -1);
    for (int i = 0; i < m_markers.size(); ++i) {
        const auto &m = m_markers[i];
        if (!m.visible || i == selected)
            continue;
        auto &c = grid[cellKey(m_normalised[i], cells)];
        const int p = priorityOf(m);
        if (c.count++ == 0 || p > c.priority) { // ties: the first in the model, stable
            c.best = i;
            c.priority = p;
        }
    }
    struct Ranked
    {
        int priority, source, merged;
    };
    QList<Ranked> ranked;
    ranked.reserve(grid.size());
    for (const auto &c : std::as_const(grid))
        ranked.append({ c.priority, c.best, c.count });
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.source < b.source;
    });
    QList<Item> items;
    items.reserve(ranked.size() + 1);
    for (const auto &r : std::as_const(ranked))
        items.append({ m_normalised[r.source], r.source, 0, r.merged });
    if (selected >= 0 && m_markers[selected].visible)
        items.append({ m_normalised[selected], selected, 0, 1 });
    return items;
}

// A cluster by style: a white-rimmed disc in the colour of its most urgent member, ringed by its
// members by style, most urgent first from twelve o'clock; every style present keeps at least a
// sliver one can see, however few it has.
static void addStyleCluster(MarkerMesh &mesh, QPointF c, const UnitClusterer::Group &g, double pxToLocal,
    const QList<QColor> &colors, const QList<int> &stylePriority, const QColor &staleColor)
{
    const auto colour = [&](int style) {
        return colors.isEmpty() ? QColor(Qt::red) : colors[std::clamp(style, 0, int(colors.size()) - 1)];
    };
    const auto rank = [&](int style) { return style < stylePriority.size() ? stylePriority[style] : style; };
    const double r = g.size / 2 * pxToLocal;
    mesh.polygon(c, r, 16, 0, Qt::white, 0.95);
    QList<int> styles;
    for (int s = 0; s < g.styleCounts.size(); ++s) {
        if (g.styleCounts[s] > 0)
            styles.append(s);
    }
    std::stable_sort(styles.begin(), styles.end(), [&](int a, int b) { return rank(a) > rank(b); });
    constexpr double kMinShare = 0.09; // some 32 degrees
    QList<double> shares;
    double total = 0;
    for (int s : std::as_const(styles)) {
        shares.append(std::max(kMinShare, double(g.styleCounts[s]) / std::max(1, g.count)));
        total += shares.last();
    }
    double from = 0;
    for (int k = 0; k < styles.size(); ++k) {
        const double span = 2 * std::numbers::pi * shares[k] / total;
        mesh.fan(c, r - 1.5 * pxToLocal, from, from + span,
            std::max(2, int(std::ceil(span / (2 * std::numbers::pi) * 24))), colour(styles[k]), 1.0);
        from += span;
    }
    const QColor top = g.topPriority == std::numeric_limits<int>::min() ? staleColor : colour(g.topStyle);
    mesh.polygon(c, r * 0.62, 16, 0, kOutline, 1.0);
    mesh.polygon(c, r * 0.62 - 1.5 * pxToLocal, 16, 0, top, 1.0);
}

void MarkerLayer::buildGeometry(QSGGeometryNode *node, const QList<Item> &items, QPointF origin) const
{
    const double pxToLocal = kLocal / (double(m_camera.tileSize) * std::exp2(m_camera.zoom));
    const bool detail = detailed();
    const bool wedges = m_camera.zoom >= m_wedgeMinZoom;
    const double r = m_markerSize / 2 * pxToLocal;
    const int sides = sidesOf(m_shape);
    const double rot = rotationOf(m_shape);
    MarkerMesh mesh;
    // Rough sizes so appends do not reallocate: a detailed pin is ~17 vertices, a dot 5.
    mesh.vertices.reserve(items.size() * (detail ? 18 : 5));
    mesh.indices.reserve(items.size() * (detail ? 45 : 12));
    auto colorOf = [&](const MapMarker &m) {
        if (isStale(m))
            return m_staleColor;
        return m_colors.isEmpty() ? QColor(Qt::red)
                                  : m_colors[std::clamp(m.style, 0, int(m_colors.size()) - 1)];
    };
    for (const auto &it : items) {
        const QPointF c = (it.n - origin) * kLocal;
        if (it.group >= 0) {
            addStyleCluster(mesh, c, m_groups[it.group], pxToLocal, m_colors, m_stylePriority, m_staleColor);
            continue;
        }
        if (it.source < 0) { // a cluster: a ringed disc growing slowly with its count
            const double cr = (9 + 4 * std::log10(double(it.clusterCount))) * pxToLocal;
            const QColor col = m_colors.isEmpty() ? QColor(Qt::red) : m_colors.first();
            mesh.polygon(c, cr + 2 * pxToLocal, 12, 0, Qt::white, 0.9);
            mesh.polygon(c, cr, 12, 0, col, 0.85);
            continue;
        }
        const auto &m = m_markers[it.source];
        const double a = alphaFor(m);
        const QColor col = colorOf(m);
        const double mr = r * m.scale;
        const bool selected = !m_selectedId.isEmpty() && m.id == m_selectedId;
        if (m_shape == Shape::Halo) { // soft disc, no outline (congestion)
            mesh.polygon(c, detail ? mr : mr * 0.6, sides, 0, col, 0.45 * a);
            if (selected)
                mesh.polygon(c, mr * 0.35, 8, 0, kSelection, 1.0);
            continue;
        }
        if (!detail && !selected) {
            // Far out, a marker is a small diamond: 4 triangles, no outline, no heading.
            mesh.polygon(c, std::max(2.5 * pxToLocal, mr * 0.45), 4, 0, col, a);
            continue;
        }
        if (wedges && !std::isnan(m.fovBearing) && m.fovDeg > 0) {
            const double h = m.fovBearing * kDeg, half = m.fovDeg / 2 * kDeg;
            mesh.fan(c, 40 * pxToLocal, h - half, h + half, 6, col, 0.22 * a);
        }
        if (selected)
            mesh.polygon(c, mr + 5 * pxToLocal, sides, rot, kSelection, 1.0);
        mesh.polygon(c, mr + 1.5 * pxToLocal, sides, rot, kOutline, a);
        mesh.polygon(c, mr, sides, rot, col, a);
        if (!std::isnan(m.heading)) {
            const double h = m.heading * kDeg;
            const QPointF dir(std::sin(h), -std::cos(h)), side(std::cos(h), std::sin(h));
            const QPointF tip = c + dir * (mr + 7 * pxToLocal);
            const QPointF base = c + dir * (mr - 1 * pxToLocal);
            mesh.triangle(tip, base + side * 4.5 * pxToLocal, base - side * 4.5 * pxToLocal, kOutline, a);
        }
    }
    if (uploadMesh(node->geometry(), mesh))
        node->markDirty(QSGNode::DirtyGeometry);
}

QSGNode *MarkerLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = old;
    if (!root) {
        root = new QSGNode;
        m_transformNode = new QSGTransformNode;
        m_geometryNode = new QSGGeometryNode;
        auto *geometry = new QSGGeometry(
            QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0, QSGGeometry::UnsignedIntType);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        // Uploaded when the data change, then drawn many times as the camera moves.
        geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
        geometry->setIndexDataPattern(QSGGeometry::StaticPattern);
        m_geometryNode->setGeometry(geometry);
        m_geometryNode->setFlag(QSGNode::OwnsGeometry);
        m_geometryNode->setMaterial(new MarkerMaterial);
        m_geometryNode->setFlag(QSGNode::OwnsMaterial);
        m_transformNode->appendChildNode(m_geometryNode);
        root->appendChildNode(m_transformNode);
        m_labelRoot = new QSGNode;
        root->appendChildNode(m_labelRoot);
        m_built.reset();
        m_labels.forget(); // the old nodes went with the old tree
    }
    const MapCamera cam = camera();
    const QRectF visible = cam.visibleNormalised();
    const bool detail = detailed();
    const bool clusters = clustered();
    const bool wedges = cam.zoom >= m_wedgeMinZoom;
    const int clusterZoom = clusters ? int(std::floor(cam.zoom)) : -1;
    const int mergeLevel = merging() ? int(std::floor(cam.zoom * 2)) : -1;
    const bool fading = m_fadeAfterMs > 0 || m_staleAfterMs > 0;
    bool rebuild = m_geometryDirty || !m_built;
    if (m_built) {
        rebuild = rebuild || std::abs(m_built->zoom - cam.zoom) > 0.03 // marker sizes are in pixels
            || m_built->detailed != detail || m_built->clustered != clusters
            || m_built->clusterZoom != clusterZoom || m_built->mergeLevel != mergeLevel
            || m_built->wedges != wedges || (fading && m_clockMs - m_built->clockMs >= 1000)
            || (!m_built->region.isNull() && !m_built->region.contains(visible));
    }
    if (rebuild) {
        if (!m_built)
            m_built = std::make_unique<Built>();
        m_built->zoom = cam.zoom;
        m_built->origin = toNormalised(cam.center);
        m_built->detailed = detail;
        m_built->clustered = clusters;
        m_built->clusterZoom = clusterZoom;
        m_built->mergeLevel = mergeLevel;
        m_built->wedges = wedges;
        m_built->clockMs = m_clockMs;
        // Close in, only the neighbourhood of the view is built (three views across), so a
        // street-level view does not carry the whole province; far out everything is.
        m_built->region = detail && !clusters
            ? visible.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height())
            : QRectF();
        m_drawn = itemsToDraw(m_built->region, &m_groups);
        buildGeometry(m_geometryNode, m_drawn, m_built->origin);
        m_drawnCount = int(m_drawn.size());
        m_geometryDirty = false;
        ++m_uploads;
        QMetaObject::invokeMethod(this, &MarkerLayer::geometryUploadsChanged, Qt::QueuedConnection);
    }

    // The camera: local vertex units -> item pixels. Computed in double, handed over as float.
    const double s = cam.worldSize() / kLocal;
    const double t = -cam.bearing * kDeg;
    const double cs = std::cos(t), sn = std::sin(t);
    const QPointF d = (toNormalised(cam.center) - m_built->origin) * cam.worldSize();
    const double tx = cam.viewport.width() / 2 - (d.x() * cs - d.y() * sn);
    const double ty = cam.viewport.height() / 2 - (d.x() * sn + d.y() * cs);
    const QMatrix4x4 matrix(float(s * cs), float(-s * sn), 0, float(tx), //
        float(s * sn), float(s * cs), 0, float(ty), //
        0, 0, 1, 0, //
        0, 0, 0, 1);
    if (m_transformNode->matrix() != matrix) {
        m_transformNode->setMatrix(matrix);
        m_transformNode->markDirty(QSGNode::DirtyMatrix);
    }
    updateLabels(m_labelRoot);
    return root;
}

void MarkerLayer::updateLabels(QSGNode *root)
{
    const MapCamera cam = camera();
    const bool counts = clustered() || m_styleClusters; // counts are drawn at every zoom
    const bool names = cam.zoom >= m_labelMinZoom;
    QList<MarkerLabels::Candidate> candidates;
    if (names || counts) {
        const QRectF bounds(QPointF(0, 0), cam.viewport);
        for (const auto &it : std::as_const(m_drawn)) {
            const bool cluster = it.source < 0;
            if (!cluster && (!names || m_markers[it.source].label.isEmpty()))
                continue;
            const QPointF p = cam.normalisedToScreen(it.n);
            if (!bounds.contains(p))
                continue;
            candidates.append(cluster ? MarkerLabels::Candidate { QStringLiteral("#%1,%2")
                                                                      .arg(qRound(it.n.x() * 1e7))
                                                                      .arg(qRound(it.n.y() * 1e7)),
                                            QString::number(it.clusterCount), p, true }
                                      : MarkerLabels::Candidate {
                                            m_markers[it.source].id, m_markers[it.source].label, p, false });
        }
    }
    m_labels.update(
        root, window(), candidates, QRectF(QPointF(0, 0), cam.viewport), m_markerSize / 2 + 4, m_maxLabels);
}

} // namespace wf::maps
