#include "CordonEditor.h"

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

CordonEditor::CordonEditor(QObject *parent)
    : QObject(parent)
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
    m_tool = tool;
    m_handles.clear();
    m_dragging = false;
    revalidate();
}

void CordonEditor::addPoint(double latitude, double longitude)
{
    if (!editing() || !validPoint(latitude, longitude))
        return;
    State s { m_handles };
    const maps::LatLon p { latitude, longitude };
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

void CordonEditor::moveHandle(int index, double latitude, double longitude)
{
    if (!editing() || index < 0 || index >= int(m_handles.size()) || !validPoint(latitude, longitude))
        return;
    if (!m_dragging) {
        m_dragging = true;
        ++m_dragSerial;
    }
    State s { m_handles };
    s.handles[std::size_t(index)] = { latitude, longitude };
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
    m_tool = Tool::None;
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
    m_tool = Tool::None;
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

void CordonEditor::revalidate()
{
    m_shape = {};
    m_problem.clear();
    if (m_tool == Tool::Polygon && m_handles.size() < 3)
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
