#pragma once

#include "MapCamera.h"
#include "MarkerLabels.h"
#include "UnitClusterer.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QTimer>
#include <cmath>

class QSGTransformNode;
class QSGGeometryNode;
class QSGNode;
class QSGTextNode;

namespace wf::maps {

// One point of a layer, in plain terms: maps/ knows nothing of units or cameras.
struct MapMarker
{
    QString id;
    LatLon position;
    float heading = NAN; // degrees from north; NaN: no heading arrow
    float fovBearing = NAN; // camera view direction; NaN: no wedge
    float fovDeg = 0;
    int style = 0; // index into the layer's colours
    qint64 timeMs = 0; // time of the position fix (0: never fades)
    QString label; // call sign, name, cluster count
    float scale = 1; // size relative to the layer's marker size
    bool visible = true;
};

// All markers of a layer drawn by ONE scene-graph geometry node under ONE transform node.
//
// Vertices are kept in normalised Web Mercator (relative to a local origin, in float), so panning
// and rotating change only the transform matrix: nothing is re-uploaded while the camera moves.
// Geometry is rebuilt when the data change (coalesced to at most one rebuild per
// refreshInterval; changes outside the region a close view built do not count), when the zoom
// changed enough for the constant-pixel-size markers to look wrong, when the level of detail
// changes, and when a close-zoom view leaves the region that was built; only buffers whose
// contents changed are uploaded. Far out (below detailMinZoom), markers that fall in the same
// cell of mergeCellPixels are drawn as one, the most urgent by stylePriority, and hit-test as
// the one drawn. Labels (call signs, cluster counts) are a few text nodes for visible markers.
//
// Data come from any QAbstractItemModel through role names (roles: { latitude: "lat", ... }) or
// from C++ through setMarkers(); the camera (centre, zoom, bearing) is bound from the Map.
class MarkerLayer : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    Q_PROPERTY(qreal bearing READ bearing WRITE setBearing NOTIFY cameraChanged)
    Q_PROPERTY(int tileSize READ tileSize WRITE setTileSize NOTIFY cameraChanged)
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QVariantMap roles READ roles WRITE setRoles NOTIFY modelChanged)
    Q_PROPERTY(Shape shape READ shape WRITE setShape NOTIFY styleChanged)
    Q_PROPERTY(qreal markerSize READ markerSize WRITE setMarkerSize NOTIFY styleChanged)
    Q_PROPERTY(QList<QColor> colors READ colors WRITE setColors NOTIFY styleChanged)
    Q_PROPERTY(QColor staleColor READ staleColor WRITE setStaleColor NOTIFY styleChanged)
    Q_PROPERTY(qreal detailMinZoom READ detailMinZoom WRITE setDetailMinZoom NOTIFY styleChanged)
    Q_PROPERTY(qreal labelMinZoom READ labelMinZoom WRITE setLabelMinZoom NOTIFY styleChanged)
    Q_PROPERTY(qreal wedgeMinZoom READ wedgeMinZoom WRITE setWedgeMinZoom NOTIFY styleChanged)
    Q_PROPERTY(qreal clusterBelowZoom READ clusterBelowZoom WRITE setClusterBelowZoom NOTIFY styleChanged)
    Q_PROPERTY(int maxLabels READ maxLabels WRITE setMaxLabels NOTIFY styleChanged)
    // Far out, one marker per cell of this many pixels (at the half zoom level below); 0: never.
    Q_PROPERTY(qreal mergeCellPixels READ mergeCellPixels WRITE setMergeCellPixels NOTIFY styleChanged)
    // Rank of each style when markers merge (higher shows); empty: the higher style index shows.
    // Stale markers rank below all others.
    Q_PROPERTY(QList<int> stylePriority READ stylePriority WRITE setStylePriority NOTIFY styleChanged)
    // At every zoom, markers that would cover each other are drawn as one cluster with its
    // count, its colour that of its most urgent member (by stylePriority) and a ring showing its
    // members by style (UnitClusterer); mergeCellPixels and clusterBelowZoom are then unused.
    Q_PROPERTY(bool styleClusters READ styleClusters WRITE setStyleClusters NOTIFY styleChanged)
    Q_PROPERTY(double clock READ clock WRITE setClock NOTIFY clockChanged)
    Q_PROPERTY(double fadeAfter READ fadeAfter WRITE setFadeAfter NOTIFY styleChanged)
    Q_PROPERTY(double staleAfter READ staleAfter WRITE setStaleAfter NOTIFY styleChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    Q_PROPERTY(int refreshInterval READ refreshInterval WRITE setRefreshInterval NOTIFY styleChanged)
    Q_PROPERTY(int count READ count NOTIFY markersChanged)
    Q_PROPERTY(int geometryUploads READ geometryUploads NOTIFY geometryUploadsChanged)
    Q_PROPERTY(bool clustered READ clustered NOTIFY geometryUploadsChanged)
    Q_PROPERTY(int drawnCount READ drawnCount NOTIFY geometryUploadsChanged)

public:
    enum class Shape { Pin, Dot, Diamond, Square, Halo };
    Q_ENUM(Shape)

    explicit MarkerLayer(QQuickItem *parent = nullptr);
    ~MarkerLayer() override;

    // Plain C++ feed (used when no model is set).
    void setMarkers(QList<MapMarker> markers);
    const QList<MapMarker> &markers() const { return m_markers; }
    MapCamera camera() const;

    // The marker id under a point of this item, "" when none (nearest within radius pixels).
    Q_INVOKABLE QString idAt(qreal x, qreal y, qreal radius = 10) const;
    // Data of a marker by id, for tooltips and the details panel: id, label, latitude, longitude,
    // heading, style, time, stale (bool). Empty map when unknown.
    Q_INVOKABLE QVariantMap markerData(const QString &id) const;
    Q_INVOKABLE QGeoCoordinate coordinateOf(const QString &id) const;
    // The id of the first marker whose label starts with text (case-insensitive), "" if none.
    Q_INVOKABLE QString findLabel(const QString &text) const;
    // Where this layer draws a coordinate, for tests against Map.fromCoordinate.
    Q_INVOKABLE QPointF toScreen(double latitude, double longitude) const;
    // The symbols drawn, in this item's pixels: [{x, y, size, count}], (x, y) the centre; for
    // checks that nothing covers anything else.
    Q_INVOKABLE QVariantList drawnSymbols() const;
    // With styleClusters, the cluster drawn under a point: {count, latitude, longitude, styles:
    // [members by style]}; empty when there is none within radius pixels.
    Q_INVOKABLE QVariantMap clusterAt(qreal x, qreal y, qreal radius = 4) const;

    QGeoCoordinate center() const { return QGeoCoordinate(m_camera.center.lat, m_camera.center.lon); }
    void setCenter(const QGeoCoordinate &c);
    qreal zoomLevel() const { return m_camera.zoom; }
    void setZoomLevel(qreal z);
    qreal bearing() const { return m_camera.bearing; }
    void setBearing(qreal b);
    int tileSize() const { return m_camera.tileSize; }
    void setTileSize(int s);
    QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);
    QVariantMap roles() const { return m_roleNames; }
    void setRoles(const QVariantMap &roles);
    Shape shape() const { return m_shape; }
    void setShape(Shape s);
    qreal markerSize() const { return m_markerSize; }
    void setMarkerSize(qreal s);
    QList<QColor> colors() const { return m_colors; }
    void setColors(const QList<QColor> &c);
    QColor staleColor() const { return m_staleColor; }
    void setStaleColor(const QColor &c);
    qreal detailMinZoom() const { return m_detailMinZoom; }
    void setDetailMinZoom(qreal z);
    qreal labelMinZoom() const { return m_labelMinZoom; }
    void setLabelMinZoom(qreal z);
    qreal wedgeMinZoom() const { return m_wedgeMinZoom; }
    void setWedgeMinZoom(qreal z);
    qreal clusterBelowZoom() const { return m_clusterBelowZoom; }
    void setClusterBelowZoom(qreal z);
    int maxLabels() const { return m_maxLabels; }
    void setMaxLabels(int n);
    qreal mergeCellPixels() const { return m_mergeCellPixels; }
    void setMergeCellPixels(qreal px);
    QList<int> stylePriority() const { return m_stylePriority; }
    void setStylePriority(const QList<int> &p);
    bool styleClusters() const { return m_styleClusters; }
    void setStyleClusters(bool on);
    double clock() const { return double(m_clockMs); }
    void setClock(double ms);
    double fadeAfter() const { return double(m_fadeAfterMs); }
    void setFadeAfter(double ms);
    double staleAfter() const { return double(m_staleAfterMs); }
    void setStaleAfter(double ms);
    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    int refreshInterval() const { return m_refreshTimer.interval(); }
    void setRefreshInterval(int ms);
    int count() const { return int(m_markers.size()); }
    int geometryUploads() const { return m_uploads; }
    // Markers and clusters the geometry draws (merged far-out markers count once).
    int drawnCount() const { return m_drawnCount; }
    bool clustered() const;

signals:
    void cameraChanged();
    void modelChanged();
    void styleChanged();
    void clockChanged();
    void selectedIdChanged();
    void markersChanged(); // after data were (re)read: positions may have moved
    void geometryUploadsChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Item // a marker in render terms
    {
        QPointF n; // normalised Mercator
        int source = -1; // index into m_markers, -1 for a cluster
        int clusterCount = 0;
        int merged = 1; // far out: how many markers this one stands for
        int group = -1; // styleClusters: index into m_groups of a cluster (source is then -1)
    };
    struct Built; // what the current geometry was built for

    void readAll();
    void readRows(int first, int last);
    MapMarker readRow(int row) const;
    void resolveRoles();
    void scheduleRefresh();
    void refreshNow();
    void invalidateGeometry();
    bool detailed() const { return m_camera.zoom >= m_detailMinZoom; }
    QList<Item> itemsToDraw(QRectF region, QList<UnitClusterer::Group> *groups) const;
    QList<Item> mergedItems() const;
    QList<Item> styleClusterItems(QRectF region, QList<UnitClusterer::Group> *groups) const;
    double singleSymbolSize() const;
    bool merging() const;
    int priorityOf(const MapMarker &m) const;
    bool affectsGeometry(const QList<QPointF> &positions) const;
    void buildGeometry(QSGGeometryNode *node, const QList<Item> &items, QPointF origin) const;
    void updateLabels(QSGNode *root);
    double alphaFor(const MapMarker &m) const;
    bool isStale(const MapMarker &m) const;

    MapCamera m_camera;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QVariantMap m_roleNames;
    struct RoleIds
    {
        int id = -1, latitude = -1, longitude = -1, heading = -1, fovBearing = -1, fov = -1, style = -1,
            time = -1, label = -1, scale = -1, visible = -1;
    } m_roles;
    QList<MapMarker> m_markers;
    QList<QPointF> m_normalised; // m_markers' positions in normalised Mercator, computed once
    QHash<QString, int> m_indexById;
    QSet<int> m_dirtyRows;
    bool m_readAllPending = false;
    QTimer m_refreshTimer;

    Shape m_shape = Shape::Pin;
    qreal m_markerSize = 14;
    QList<QColor> m_colors { QColor(0x2e, 0x7d, 0x32) };
    QColor m_staleColor { 0x80, 0x80, 0x80 };
    qreal m_detailMinZoom = 11;
    qreal m_labelMinZoom = 14;
    qreal m_wedgeMinZoom = 15;
    qreal m_clusterBelowZoom = 0;
    int m_maxLabels = 120;
    qreal m_mergeCellPixels = 6;
    QList<int> m_stylePriority;
    bool m_styleClusters = false;
    qint64 m_clockMs = 0;
    qint64 m_fadeAfterMs = 0; // 0: no fading
    qint64 m_staleAfterMs = 0;
    QString m_selectedId;

    // Render state (touched only in updatePaintNode, while the GUI thread is blocked).
    bool m_geometryDirty = true;
    std::unique_ptr<Built> m_built;
    QSGTransformNode *m_transformNode = nullptr;
    QSGGeometryNode *m_geometryNode = nullptr;
    QSGNode *m_labelRoot = nullptr;
    MarkerLabels m_labels;
    QList<Item> m_drawn; // what the geometry shows (for labels)
    QList<UnitClusterer::Group> m_groups; // styleClusters: the clusters m_drawn refers to
    int m_uploads = 0;
    int m_drawnCount = 0;
};

} // namespace wf::maps
