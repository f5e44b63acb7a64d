#pragma once

#include "MapCamera.h"
#include "MapMarker.h"
#include "MarkerLabels.h"
#include "MarkerRoles.h"
#include "MarkerSelection.h"
#include "MarkerStyle.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QTimer>

class QSGTransformNode;
class QSGGeometryNode;
class QSGNode;
class QSGTextNode;

namespace wf::maps {

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
// Data come from any QAbstractItemModel through role names (roles: { latitude: "lat", ... },
// MarkerRoles) or from C++ through setMarkers(); the camera (centre, zoom, bearing) is bound from
// the Map. What is drawn at a zoom is MarkerSelection's choice, its triangles MarkerSymbols'.
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
    qreal markerSize() const { return m_style.markerSize; }
    void setMarkerSize(qreal s);
    QList<QColor> colors() const { return m_style.colors; }
    void setColors(const QList<QColor> &c);
    QColor staleColor() const { return m_style.staleColor; }
    void setStaleColor(const QColor &c);
    qreal detailMinZoom() const { return m_style.detailMinZoom; }
    void setDetailMinZoom(qreal z);
    qreal labelMinZoom() const { return m_style.labelMinZoom; }
    void setLabelMinZoom(qreal z);
    qreal wedgeMinZoom() const { return m_style.wedgeMinZoom; }
    void setWedgeMinZoom(qreal z);
    qreal clusterBelowZoom() const { return m_style.clusterBelowZoom; }
    void setClusterBelowZoom(qreal z);
    int maxLabels() const { return m_style.maxLabels; }
    void setMaxLabels(int n);
    qreal mergeCellPixels() const { return m_style.mergeCellPixels; }
    void setMergeCellPixels(qreal px);
    QList<int> stylePriority() const { return m_style.stylePriority; }
    void setStylePriority(const QList<int> &p);
    bool styleClusters() const { return m_style.styleClusters; }
    void setStyleClusters(bool on);
    double clock() const { return double(m_clockMs); }
    void setClock(double ms);
    double fadeAfter() const { return double(m_style.fadeAfterMs); }
    void setFadeAfter(double ms);
    double staleAfter() const { return double(m_style.staleAfterMs); }
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
    struct Built; // what the current geometry was built for

    MarkerSelection selection() const { return MarkerSelection(m_style, m_camera.zoom, m_camera.tileSize); }
    void scheduleRefresh();
    void refreshNow();
    void invalidateGeometry();
    void restyle(); // after a style property changed
    bool affectsGeometry(const QList<QPointF> &positions) const;
    double drawnSize(const MarkerSelection::Item &item) const;
    void updateLabels(QSGNode *root);

    MapCamera m_camera;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QVariantMap m_roleNames;
    MarkerRoles m_roles;
    QList<MapMarker> m_markers;
    QList<QPointF> m_normalised; // m_markers' positions in normalised Mercator, computed once
    QHash<QString, int> m_indexById;
    QSet<int> m_dirtyRows;
    bool m_readAllPending = false;
    QTimer m_refreshTimer;

    Shape m_shape = Shape::Pin;
    MarkerStyle m_style;
    qint64 m_clockMs = 0;
    QString m_selectedId;

    // Render state (touched only in updatePaintNode, while the GUI thread is blocked).
    bool m_geometryDirty = true;
    std::unique_ptr<Built> m_built;
    QSGTransformNode *m_transformNode = nullptr;
    QSGGeometryNode *m_geometryNode = nullptr;
    QSGNode *m_labelRoot = nullptr;
    MarkerLabels m_labels;
    MarkerSelection::Result m_drawn; // what the geometry shows (for labels and hit tests)
    int m_uploads = 0;
    int m_drawnCount = 0;
};

} // namespace wf::maps
