#pragma once

#include "GeoShape.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QUndoStack>
#include <QVariantList>
#include <QtQmlIntegration>
#include <functional>
#include <optional>

namespace wf {

// The shape a dispatcher is drawing, as a model: the geometry lives here, the handles are drawn
// and dragged by CordonHandles. A polygon is clicked point by point, its vertices dragged,
// a point inserted on an edge or deleted; a circle is a centre and a point on its rim; a
// rectangle two opposite corners; a lasso is drawn freehand and becomes a polygon with as few
// points as keep its outline. Points snap, when snapping is on, to the nearest boundary vertex
// or road within the radius the map gives (a dozen pixels). Every change is a command on an undo stack (a
// drag is one step), cancel() (Esc) throws the drawing away, and finish() hands over the ring only if it
// makes a valid cordon; otherwise `problem` says what is wrong and where.
class CordonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Tool tool READ tool NOTIFY toolChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY toolChanged)
    Q_PROPERTY(QVariantList handles READ handles NOTIFY changed)
    Q_PROPERTY(QVariantList path READ path NOTIFY changed)
    Q_PROPERTY(int handleCount READ handleCount NOTIFY handleCountChanged)
    Q_PROPERTY(double radiusMeters READ radiusMeters NOTIFY changed)
    Q_PROPERTY(double areaKm2 READ areaKm2 NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    Q_PROPERTY(bool canSnap READ canSnap CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool snapping READ snapping WRITE setSnapping NOTIFY snappingChanged)
public:
    enum class Tool { None, Polygon, Circle, Rectangle, Lasso };
    Q_ENUM(Tool)
    static constexpr int kMaxVertices = 5000;

    // Where a point snaps to within a radius in metres, or nothing near.
    using Snapper = std::function<std::optional<maps::LatLon>(maps::LatLon, double)>;

    explicit CordonEditor(QObject *parent = nullptr, Snapper snapper = {});
    ~CordonEditor() override;

    Tool tool() const { return m_tool; }
    bool editing() const { return m_tool != Tool::None; }
    QVariantList handles() const; // QGeoCoordinate: polygon vertices; circle centre, rim; rectangle corners
    QVariantList path() const; // the outline the shape will have
    int handleCount() const { return int(m_handles.size()); }
    const std::vector<maps::LatLon> &handlePoints() const { return m_handles; }
    double radiusMeters() const;
    double areaKm2() const;
    QString problem() const { return m_problem; }
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    bool canSnap() const { return bool(m_snapper); }
    int revision() const { return m_revision; } // grows with every change: for bindings on screenPath()
    bool snapping() const { return m_snapping && m_snapper; }
    void setSnapping(bool on);

    // Starts a new drawing with a tool (throwing away one under way).
    Q_INVOKABLE void begin(wf::CordonEditor::Tool tool);
    // A click on the map: the next vertex of a polygon; a circle's centre, then its rim; a
    // rectangle's first, then its opposite corner (a later click moves the second one).
    // snapMeters: how far a point may move to snap (0: not at all).
    Q_INVOKABLE void addPoint(double latitude, double longitude, double snapMeters = 0);
    // A handle dragged: all moves until endDrag() are one undo step.
    Q_INVOKABLE void moveHandle(int index, double latitude, double longitude, double snapMeters = 0);
    // A lasso's freehand line (QGeoCoordinates, in drawing order) as a polygon, simplified to
    // within toleranceMeters; one undo step. The drawing goes on as a polygon to adjust.
    Q_INVOKABLE void lasso(const QVariantList &line, double toleranceMeters);
    Q_INVOKABLE void endDrag();
    // A polygon's point inserted on the edge from vertex edge to the next.
    Q_INVOKABLE void insertVertex(int edge, double latitude, double longitude);
    Q_INVOKABLE void removeVertex(int index);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void cancel();
    // The finished ring (QGeoCoordinates, first point not repeated), or an empty list with
    // `problem` saying why not; the drawing ends only when it is valid.
    Q_INVOKABLE QVariantList finish();

    // The outline on the screen of a map with this centre, zoom, bearing and size (no tilt),
    // closed: projected here, since QML's per-point Map.fromCoordinate takes a second for a
    // county's thousands of vertices.
    Q_INVOKABLE QList<QPointF> screenPath(
        double latitude, double longitude, double zoom, double bearing, double width, double height) const;

    // The current drawing as a shape (empty while it is not a valid one).
    maps::GeoShape shape() const;
    std::vector<maps::LatLon> ring() const;

signals:
    void changed();
    void finished(const QVariantList &ring);
    void cancelled();
    void snappingChanged();
    // Only when vertices come or go: a drag moves one and must not wake every handle's binding.
    void handleCountChanged();
    void toolChanged();

private:
    class StateCommand;
    struct State
    {
        std::vector<maps::LatLon> handles;
    };
    void apply(const State &s);
    void push(State after, const QString &text, int mergeId = -1);
    void revalidate();
    maps::LatLon snapped(maps::LatLon p, double snapMeters) const;
    void setTool(Tool tool);

    Tool m_tool = Tool::None;
    std::vector<maps::LatLon> m_handles;
    QUndoStack m_undo;
    QString m_problem;
    maps::GeoShape m_shape;
    int m_dragSerial = 0;
    bool m_dragging = false;
    Snapper m_snapper;
    bool m_snapping = true;
    int m_lastCount = 0;
    int m_revision = 0;
};

} // namespace wf
