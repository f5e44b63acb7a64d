#include "CordonEditor.h"

#include "MapCamera.h"

#include <QUndoCommand>
#include <algorithm>
#include <cmath>

namespace wf {

namespace {

QGeoCoordinate toCoordinate(maps::LatLon p)
{
    return QGeoCoordinate(p.lat, p.lon);
}

bool samePoints(const std::vector<maps::LatLon> &a, const std::vector<maps::LatLon> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const maps::LatLon &p, const maps::LatLon &q) { return p.lat == q.lat && p.lon == q.lon; });
}

bool validPoint(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90 && std::abs(lon) <= 180;
}

} // namespace

// One change of the drawing: the handles before and after. Moves of one drag merge.
class CordonEditor::StateCommand : public QUndoCommand
{
public:
    StateCommand(CordonEditor *editor, State before, State after, const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    { }
    void undo() override { m_editor->apply(m_before); }
    void redo() override { m_editor->apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const StateCommand *>(other);
        if (o->m_mergeId != m_mergeId)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    CordonEditor *m_editor;
    State m_before;
    State m_after;
    int m_mergeId;
};

CordonEditor::CordonEditor(QObject *parent, Snapper snapper)
    : QObject(parent)
    , m_snapper(std::move(snapper))
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &CordonEditor::changed);
}

CordonEditor::~CordonEditor()
{
    m_undo.clear();
}

QVariantList CordonEditor::handles() const
{
    QVariantList out;
    for (const auto &p : m_handles)
        out.append(QVariant::fromValue(toCoordinate(p)));
    return out;
}

std::vector<maps::LatLon> CordonEditor::ring() const
{
    switch (m_tool) {
    case Tool::Polygon:
    case Tool::Lasso:
        return m_handles;
    case Tool::Circle:
        if (m_handles.size() == 2)
            return maps::circleRing(m_handles[0], maps::distanceMeters(m_handles[0], m_handles[1]), 72);
        return {};
    case Tool::Rectangle:
        if (m_handles.size() == 2) {
            const auto a = m_handles[0], b = m_handles[1];
            return { a, { a.lat, b.lon }, b, { b.lat, a.lon } };
        }
        return {};
    case Tool::None:
        break;
    }
    return {};
}

QVariantList CordonEditor::path() const
{
    QVariantList out;
    for (const auto &p : ring())
        out.append(QVariant::fromValue(toCoordinate(p)));
    return out;
}

double CordonEditor::radiusMeters() const
{
    return m_tool == Tool::Circle && m_handles.size() == 2 ? maps::distanceMeters(m_handles[0], m_handles[1])
                                                           : 0;
}

double CordonEditor::areaKm2() const
{
    return m_shape.isEmpty() ? 0 : m_shape.areaKm2();
}

maps::GeoShape CordonEditor::shape() const
{
    return m_shape;
}

void CordonEditor::begin(Tool tool)
{
    m_undo.clear();
    setTool(tool);
    m_handles.clear();
    m_dragging = false;
    revalidate();
}

void CordonEditor::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    emit toolChanged();
}

void CordonEditor::setSnapping(bool on)
{
    if (on == m_snapping)
        return;
    m_snapping = on;
    emit snappingChanged();
}

maps::LatLon CordonEditor::snapped(maps::LatLon p, double snapMeters) const
{
    if (!snapping() || !(snapMeters > 0))
        return p;
    return m_snapper(p, std::min(snapMeters, 5'000.0)).value_or(p);
}

void CordonEditor::lasso(const QVariantList &line, double toleranceMeters)
{
    if (m_tool != Tool::Lasso)
        return;
    std::vector<maps::LatLon> points;
    for (const QVariant &v : line) {
        const auto c = v.value<QGeoCoordinate>();
        if (validPoint(c.latitude(), c.longitude()))
            points.push_back({ c.latitude(), c.longitude() });
    }
    if (points.size() < 3) {
        m_problem = tr("Draw round the area, holding the mouse button down");
        emit changed();
        return;
    }
    // A freehand line has a point every few pixels: the polygon keeps the outline within the
    // tolerance with far fewer. A line that crosses itself stays as drawn, and says where.
    maps::ShapeProblem problem;
    const maps::GeoShape drawn = maps::GeoShape::fromRing(points, &problem);
    if (!drawn.isEmpty() && toleranceMeters > 0) {
        const auto polygons = drawn.simplifiedMeters(std::min(toleranceMeters, 2'000.0)).polygons();
        if (polygons.size() == 1 && polygons.front().outer.size() >= 4) {
            points = polygons.front().outer;
            points.pop_back(); // closed: the first point repeated
        }
    }
    if (int(points.size()) > kMaxVertices)
        points.resize(std::size_t(kMaxVertices));
    setTool(Tool::Polygon); // from here it is edited like any polygon
    push(State { std::move(points) }, tr("Lasso"));
}

void CordonEditor::addPoint(double latitude, double longitude, double snapMeters)
{
    if (!editing() || m_tool == Tool::Lasso || !validPoint(latitude, longitude))
        return;
    State s { m_handles };
    const maps::LatLon p = snapped({ latitude, longitude }, snapMeters);
    if (m_tool == Tool::Polygon) {
        if (int(s.handles.size()) >= kMaxVertices) {
            m_problem = tr("A cordon can have at most %1 points").arg(kMaxVertices);
            emit changed();
            return;
        }
        s.handles.push_back(p);
    } else if (s.handles.size() < 2) {
        s.handles.push_back(p);
    } else {
        s.handles[1] = p;
    }
    push(std::move(s), tr("Add a point"));
}

void CordonEditor::moveHandle(int index, double latitude, double longitude, double snapMeters)
{
    if (!editing() || index < 0 || index >= int(m_handles.size()) || !validPoint(latitude, longitude))
        return;
    if (!m_dragging) {
        m_dragging = true;
        ++m_dragSerial;
    }
    State s { m_handles };
    s.handles[std::size_t(index)] = snapped({ latitude, longitude }, snapMeters);
    push(std::move(s), tr("Move a point"), 1000 + m_dragSerial);
}

void CordonEditor::endDrag()
{
    m_dragging = false;
}

void CordonEditor::insertVertex(int edge, double latitude, double longitude)
{
    if (m_tool != Tool::Polygon || edge < 0 || edge >= int(m_handles.size())
        || !validPoint(latitude, longitude) || int(m_handles.size()) >= kMaxVertices)
        return;
    State s { m_handles };
    s.handles.insert(s.handles.begin() + edge + 1, maps::LatLon { latitude, longitude });
    push(std::move(s), tr("Insert a point"));
}

void CordonEditor::removeVertex(int index)
{
    if (m_tool != Tool::Polygon || index < 0 || index >= int(m_handles.size()))
        return;
    State s { m_handles };
    s.handles.erase(s.handles.begin() + index);
    push(std::move(s), tr("Delete a point"));
}

void CordonEditor::undo()
{
    m_dragging = false;
    m_undo.undo();
}

void CordonEditor::redo()
{
    m_dragging = false;
    m_undo.redo();
}

void CordonEditor::cancel()
{
    if (!editing())
        return;
    m_undo.clear();
    setTool(Tool::None);
    m_handles.clear();
    revalidate();
    emit cancelled();
}

QVariantList CordonEditor::finish()
{
    revalidate();
    if (m_shape.isEmpty())
        return {};
    const QVariantList out = path();
    m_undo.clear();
    setTool(Tool::None);
    m_handles.clear();
    revalidate();
    emit finished(out);
    return out;
}

void CordonEditor::push(State after, const QString &text, int mergeId)
{
    if (samePoints(after.handles, m_handles))
        return;
    m_undo.push(new StateCommand(this, State { m_handles }, std::move(after), text, mergeId));
}

void CordonEditor::apply(const State &s)
{
    m_handles = s.handles;
    revalidate();
}

QList<QPointF> CordonEditor::screenPath(
    double latitude, double longitude, double zoom, double bearing, double width, double height) const
{
    const maps::MapCamera camera { { latitude, longitude }, zoom, bearing, QSizeF(width, height) };
    const auto points = ring();
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()) + 1);
    for (const auto &p : points)
        out.append(camera.toScreen(p));
    if (out.size() > 2)
        out.append(out.first());
    return out;
}

void CordonEditor::revalidate()
{
    ++m_revision;
    if (int(m_handles.size()) != m_lastCount) {
        m_lastCount = int(m_handles.size());
        emit handleCountChanged();
    }
    m_shape = {};
    m_problem.clear();
    if (m_tool == Tool::Lasso)
        m_problem = tr("Draw round the area, holding the mouse button down");
    else if (m_tool == Tool::Polygon && m_handles.size() < 3)
        m_problem = tr("Click at least three points on the map");
    else if ((m_tool == Tool::Circle || m_tool == Tool::Rectangle) && m_handles.size() < 2)
        m_problem = m_tool == Tool::Circle ? tr("Click the centre, then a point on the rim")
                                           : tr("Click one corner, then the opposite corner");
    else if (m_tool != Tool::None) {
        maps::ShapeProblem problem;
        m_shape = maps::GeoShape::fromRing(ring(), &problem);
        if (m_shape.isEmpty())
            m_problem = problem.message();
    }
    emit changed();
}

} // namespace wf
