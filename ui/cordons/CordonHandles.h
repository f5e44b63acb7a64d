#pragma once

#include "Geodesy.h"
#include "MapCamera.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QtQmlIntegration>

namespace wf {

class CordonEditor;

// The handles of the cordon being drawn, over the map, as one item and one scene-graph node: a
// square per vertex (drag to move, right-click to delete), a dot in the middle of each polygon
// edge (click to insert a point there) and the dashed outline. A county outline has thousands of
// vertices: as QML items they were thousands of items, delegates and bindings, re-laid out on
// every camera move; here a drag rebuilds one vertex array. A press on a handle or dot is taken
// (the map under it does not pan); a press anywhere else passes through to the map.
class CordonHandles : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wf::CordonEditor *editor READ editor WRITE setEditor NOTIFY editorChanged)
    // The map's camera, bound from the Map (no tilt).
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    Q_PROPERTY(qreal bearing READ bearing WRITE setBearing NOTIFY cameraChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY styleChanged)
    Q_PROPERTY(QColor invalidColor READ invalidColor WRITE setInvalidColor NOTIFY styleChanged)
    // How far (screen pixels) a dragged point may jump to snap to a boundary or a road.
    Q_PROPERTY(qreal snapPixels READ snapPixels WRITE setSnapPixels NOTIFY styleChanged)
    Q_PROPERTY(int dragIndex READ dragIndex NOTIFY dragIndexChanged)
public:
    explicit CordonHandles(QQuickItem *parent = nullptr);

    CordonEditor *editor() const { return m_editor; }
    void setEditor(CordonEditor *editor);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &c);
    qreal zoomLevel() const { return m_zoom; }
    void setZoomLevel(qreal z);
    qreal bearing() const { return m_bearing; }
    void setBearing(qreal b);
    QColor color() const { return m_color; }
    void setColor(const QColor &c);
    QColor invalidColor() const { return m_invalidColor; }
    void setInvalidColor(const QColor &c);
    qreal snapPixels() const { return m_snapPixels; }
    void setSnapPixels(qreal px);
    int dragIndex() const { return m_dragIndex; } // -1 when nothing is dragged

    // What lies under a point of the item: a vertex handle, an edge's insert dot, or nothing.
    struct Hit
    {
        enum Kind { None, Vertex, EdgeDot } kind = None;
        int index = -1; // the vertex, or the edge from vertex index to the next
    };
    Hit hitAt(QPointF p) const;
    // The metres a pixel spans at the view's centre.
    Q_INVOKABLE double metresPerPixel() const;

signals:
    void editorChanged();
    void cameraChanged();
    void styleChanged();
    void dragIndexChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void hoverMoveEvent(QHoverEvent *event) override;

private:
    maps::MapCamera camera() const;
    bool showsEdgeDots() const;
    void setDragIndex(int index);
    void endGesture();

    QPointer<CordonEditor> m_editor;
    QMetaObject::Connection m_changed;
    QGeoCoordinate m_center { 30.5928, 114.3055 };
    qreal m_zoom = 10;
    qreal m_bearing = 0;
    QColor m_color { 0xd7, 0x26, 0x1e };
    QColor m_invalidColor { 0x8a, 0x8a, 0x8a };
    qreal m_snapPixels = 12;

    // The gesture under way: the press, the handle pressed, and where it was on the screen then.
    Hit m_pressed;
    QPointF m_pressPos;
    QPointF m_pressedAt;
    int m_dragIndex = -1;
};

} // namespace wf
