#include "MarkerLayer.h"

#include "MarkerSymbols.h"

#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <numbers>

namespace wf::maps {

namespace {

constexpr double kDeg = std::numbers::pi / 180;

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
    m_roles.resolve(m_model, m_roleNames);
    m_readAllPending = true;
    refreshNow(); // the first picture comes at once
    emit modelChanged();
}

void MarkerLayer::setRoles(const QVariantMap &roles)
{
    if (roles == m_roleNames)
        return;
    m_roleNames = roles;
    m_roles.resolve(m_model, m_roleNames);
    m_readAllPending = true;
    scheduleRefresh();
    emit modelChanged();
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
    if (!m_roles.hasPosition() && !m_roleNames.isEmpty())
        m_roles.resolve(m_model, m_roleNames); // a model may only know its roles once it has rows
    const int oldCount = int(m_markers.size());
    if (m_readAllPending) {
        QList<MapMarker> all;
        const int n = m_model->rowCount();
        all.reserve(n);
        for (int r = 0; r < n; ++r)
            all.append(m_roles.read(m_model, r));
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
            m_markers[r] = m_roles.read(m_model, r);
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
    const MarkerSelection lod = selection();
    if (lod.clustered() || lod.merging() || m_style.styleClusters) {
        for (const auto &it : m_drawn.items) {
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
        { QStringLiteral("stale"), m_style.isStale(m, m_clockMs) } };
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
    for (const auto &it : m_drawn.items) {
        const QPointF p = cam.normalisedToScreen(it.n);
        const double size = drawnSize(it);
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
    for (auto it = m_drawn.items.crbegin(); it != m_drawn.items.crend(); ++it) { // the topmost first
        if (it->group < 0 || it->group >= m_drawn.groups.size())
            continue;
        const auto &g = m_drawn.groups[it->group];
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

void MarkerLayer::restyle()
{
    emit styleChanged();
    invalidateGeometry();
}

void MarkerLayer::setShape(Shape s)
{
    if (s == m_shape)
        return;
    m_shape = s;
    m_style.halo = s == Shape::Halo;
    m_style.rotation = s == Shape::Square ? std::numbers::pi / 4 : 0; // a square is a turned diamond
    switch (s) {
    case Shape::Pin:
        m_style.sides = 6;
        break;
    case Shape::Diamond:
    case Shape::Square:
        m_style.sides = 4;
        break;
    case Shape::Dot:
    case Shape::Halo:
        m_style.sides = 10;
        break;
    }
    restyle();
}

// The style properties: each change redraws the geometry.
#define WF_STYLE_SETTER(Name, field, Type, Value)                                                            \
    void MarkerLayer::Name(Type v)                                                                           \
    {                                                                                                        \
        if (m_style.field == (Value))                                                                        \
            return;                                                                                          \
        m_style.field = (Value);                                                                             \
        restyle();                                                                                           \
    }
WF_STYLE_SETTER(setMarkerSize, markerSize, qreal, v)
WF_STYLE_SETTER(setColors, colors, const QList<QColor> &, v)
WF_STYLE_SETTER(setStaleColor, staleColor, const QColor &, v)
WF_STYLE_SETTER(setDetailMinZoom, detailMinZoom, qreal, v)
WF_STYLE_SETTER(setLabelMinZoom, labelMinZoom, qreal, v)
WF_STYLE_SETTER(setWedgeMinZoom, wedgeMinZoom, qreal, v)
WF_STYLE_SETTER(setClusterBelowZoom, clusterBelowZoom, qreal, v)
WF_STYLE_SETTER(setMaxLabels, maxLabels, int, v)
WF_STYLE_SETTER(setMergeCellPixels, mergeCellPixels, qreal, v)
WF_STYLE_SETTER(setStylePriority, stylePriority, const QList<int> &, v)
WF_STYLE_SETTER(setStyleClusters, styleClusters, bool, v)
WF_STYLE_SETTER(setFadeAfter, fadeAfterMs, double, qint64(v))
WF_STYLE_SETTER(setStaleAfter, staleAfterMs, double, qint64(v))
#undef WF_STYLE_SETTER

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
    if ((m_style.fadeAfterMs > 0 || m_style.staleAfterMs > 0) && m_built
        && m_clockMs - m_built->clockMs >= 1000)
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
    return selection().clustered();
}

// Pixels across an item as drawn, for checks that nothing covers anything else.
double MarkerLayer::drawnSize(const MarkerSelection::Item &item) const
{
    if (item.group >= 0 && item.group < m_drawn.groups.size())
        return m_drawn.groups[item.group].size;
    const double single = selection().singleSymbolSize();
    return item.source >= 0 && item.source < m_markers.size() ? single * m_markers[item.source].scale
                                                              : single;
}

// --- rendering --------------------------------------------------------------------------------

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
    const MarkerSelection lod = selection();
    const bool detail = lod.detailed();
    const bool clusters = lod.clustered();
    const bool wedges = cam.zoom >= m_style.wedgeMinZoom;
    const int clusterZoom = lod.clusterZoom();
    const int mergeLevel = lod.mergeLevel();
    const bool fading = m_style.fadeAfterMs > 0 || m_style.staleAfterMs > 0;
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
        const int selected = m_selectedId.isEmpty() ? -1 : m_indexById.value(m_selectedId, -1);
        m_drawn = lod.select(m_markers, m_normalised, m_built->region, selected, m_clockMs);
        const MarkerSymbols symbols { m_style, cam.zoom, cam.tileSize, m_clockMs, m_selectedId };
        if (uploadMesh(m_geometryNode->geometry(), symbols.build(m_drawn, m_markers, m_built->origin)))
            m_geometryNode->markDirty(QSGNode::DirtyGeometry);
        m_drawnCount = int(m_drawn.items.size());
        m_geometryDirty = false;
        ++m_uploads;
        QMetaObject::invokeMethod(this, &MarkerLayer::geometryUploadsChanged, Qt::QueuedConnection);
    }

    // The camera: local vertex units -> item pixels. Computed in double, handed over as float.
    const double s = cam.worldSize() / kMarkerLocalUnits;
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
    const bool counts = clustered() || m_style.styleClusters; // counts are drawn at every zoom
    const bool names = cam.zoom >= m_style.labelMinZoom;
    QList<MarkerLabels::Candidate> candidates;
    if (names || counts) {
        const QRectF bounds(QPointF(0, 0), cam.viewport);
        for (const auto &it : std::as_const(m_drawn.items)) {
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
    m_labels.update(root, window(), candidates, QRectF(QPointF(0, 0), cam.viewport),
        m_style.markerSize / 2 + 4, m_style.maxLabels);
}

} // namespace wf::maps
