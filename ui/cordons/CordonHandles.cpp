#include "CordonHandles.h"

#include "CordonEditor.h"
#include "MarkerMesh.h"

#include <QCursor>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>
#include <cmath>
#include <numbers>

namespace wf {

namespace {

// Sizes in pixels, as the handles were drawn before they were one node.
constexpr double kVertexHalf = 7; // a 14 px square
constexpr double kVertexBorder = 2;
constexpr double kDotRadius = 5; // a 10 px dot
constexpr double kVertexGrab = 8; // a press this near a vertex takes it
constexpr double kDotGrab = 6;
constexpr double kDragThreshold = 2;
constexpr double kOutlineWidth = 2;
constexpr double kDash = 8, kGap = 4; // Qt's DashLine at width 2
const QColor kWhite(Qt::white);

// A dashed line from a to b, continuing the dash pattern from `phase` (pixels into it).
void dashes(maps::MarkerMesh &mesh, QPointF a, QPointF b, double &phase, QColor color)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return;
    const QPointF along = d / length;
    const QPointF across = QPointF(-along.y(), along.x()) * (kOutlineWidth / 2);
    double at = 0;
    while (at < length) {
        const double inPattern = std::fmod(phase + at, kDash + kGap);
        if (inPattern < kDash) {
            const double to = std::min(length, at + kDash - inPattern);
            const QPointF p = a + along * at, q = a + along * to;
            mesh.triangle(p - across, p + across, q + across, color, 1);
            mesh.triangle(p - across, q + across, q - across, color, 1);
            at = to;
        } else {
            at += kDash + kGap - inPattern;
        }
    }
    phase = std::fmod(phase + length, kDash + kGap);
}

} // namespace

CordonHandles::CordonHandles(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setAcceptHoverEvents(true);
}

void CordonHandles::setEditor(CordonEditor *editor)
{
    if (m_editor == editor)
        return;
    disconnect(m_changed);
    m_editor = editor;
    if (editor)
        m_changed = connect(editor, &CordonEditor::changed, this, [this] {
            // An undo or a new drawing under a gesture: the handle pressed may be gone.
            if (m_pressed.kind != Hit::None && m_pressed.index >= m_editor->handleCount())
                endGesture();
            update();
        });
    update();
    emit editorChanged();
}

void CordonHandles::setCenter(const QGeoCoordinate &c)
{
    if (c == m_center)
        return;
    m_center = c;
    update();
    emit cameraChanged();
}

void CordonHandles::setZoomLevel(qreal z)
{
    if (qFuzzyCompare(z, m_zoom))
        return;
    m_zoom = z;
    update();
    emit cameraChanged();
}

void CordonHandles::setBearing(qreal b)
{
    if (qFuzzyCompare(b + 1, m_bearing + 1))
        return;
    m_bearing = b;
    update();
    emit cameraChanged();
}

void CordonHandles::setColor(const QColor &c)
{
    if (c == m_color)
        return;
    m_color = c;
    update();
    emit styleChanged();
}

void CordonHandles::setInvalidColor(const QColor &c)
{
    if (c == m_invalidColor)
        return;
    m_invalidColor = c;
    update();
    emit styleChanged();
}

void CordonHandles::setSnapPixels(qreal px)
{
    if (qFuzzyCompare(px, m_snapPixels))
        return;
    m_snapPixels = px;
    emit styleChanged();
}

void CordonHandles::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    update();
}

maps::MapCamera CordonHandles::camera() const
{
    return { { m_center.latitude(), m_center.longitude() }, m_zoom, m_bearing, size() };
}

double CordonHandles::metresPerPixel() const
{
    return camera().metresPerPixel();
}

bool CordonHandles::showsEdgeDots() const
{
    return m_editor && m_editor->tool() == CordonEditor::Tool::Polygon && m_editor->handleCount() >= 2;
}

CordonHandles::Hit CordonHandles::hitAt(QPointF p) const
{
    if (!m_editor || !m_editor->editing())
        return {};
    const auto &handles = m_editor->handlePoints();
    const auto cam = camera();
    const int n = int(handles.size());
    std::vector<QPointF> screen(handles.size());
    for (int i = 0; i < n; ++i)
        screen[std::size_t(i)] = cam.toScreen(handles[std::size_t(i)]);
    // The nearest vertex within reach wins over any dot: vertices are what gets dragged.
    Hit best;
    double bestDistance = 1e300;
    for (int i = 0; i < n; ++i) {
        const QPointF d = screen[std::size_t(i)] - p;
        if (std::abs(d.x()) <= kVertexGrab && std::abs(d.y()) <= kVertexGrab
            && d.x() * d.x() + d.y() * d.y() < bestDistance) {
            bestDistance = d.x() * d.x() + d.y() * d.y();
            best = { Hit::Vertex, i };
        }
    }
    if (best.kind != Hit::None || !showsEdgeDots())
        return best;
    const int edges = n >= 3 ? n : n - 1; // two points have one edge, a ring closes
    for (int i = 0; i < edges; ++i) {
        const QPointF mid = (screen[std::size_t(i)] + screen[std::size_t((i + 1) % n)]) / 2;
        const QPointF d = mid - p;
        if (std::abs(d.x()) <= kDotGrab && std::abs(d.y()) <= kDotGrab
            && d.x() * d.x() + d.y() * d.y() < bestDistance) {
            bestDistance = d.x() * d.x() + d.y() * d.y();
            best = { Hit::EdgeDot, i };
        }
    }
    return best;
}

QSGNode *CordonHandles::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGGeometryNode *>(old);
    if (!node) {
        node = new QSGGeometryNode;
        auto *geometry = new QSGGeometry(
            QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0, QSGGeometry::UnsignedIntType);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        node->setGeometry(geometry);
        node->setFlag(QSGNode::OwnsGeometry);
        node->setMaterial(new QSGVertexColorMaterial);
        node->setFlag(QSGNode::OwnsMaterial);
    }
    maps::MarkerMesh mesh;
    if (m_editor && m_editor->editing()) {
        const auto cam = camera();
        const QRectF view = boundingRect().adjusted(-20, -20, 20, 20);
        const QColor line = m_editor->problem().isEmpty() ? m_color : m_invalidColor;

        // The outline first, under the handles; dashes only where they can be seen.
        const auto ring = m_editor->ring();
        if (ring.size() >= 2) {
            double phase = 0;
            const std::size_t segments = ring.size() > 2 ? ring.size() : 1;
            QPointF a = cam.toScreen(ring[0]);
            for (std::size_t i = 0; i < segments; ++i) {
                const QPointF b = cam.toScreen(ring[(i + 1) % ring.size()]);
                if (view.intersects(QRectF(a, b).normalized().adjusted(-1, -1, 1, 1)))
                    dashes(mesh, a, b, phase, line);
                else
                    phase = std::fmod(phase + std::hypot(b.x() - a.x(), b.y() - a.y()), kDash + kGap);
                a = b;
            }
        }

        const auto &handles = m_editor->handlePoints();
        const int n = int(handles.size());
        std::vector<QPointF> screen(handles.size());
        for (int i = 0; i < n; ++i)
            screen[std::size_t(i)] = cam.toScreen(handles[std::size_t(i)]);
        if (showsEdgeDots()) {
            const int edges = n >= 3 ? n : n - 1;
            for (int i = 0; i < edges; ++i) {
                const QPointF mid = (screen[std::size_t(i)] + screen[std::size_t((i + 1) % n)]) / 2;
                if (!view.contains(mid))
                    continue;
                mesh.polygon(mid, kDotRadius, 8, 0, m_color, 0.85);
                mesh.polygon(mid, kDotRadius - 1, 8, 0, kWhite, 0.85);
            }
        }
        const double diagonal = std::numbers::sqrt2;
        for (int i = 0; i < n; ++i) {
            const QPointF at = screen[std::size_t(i)];
            if (!view.contains(at))
                continue;
            mesh.polygon(at, kVertexHalf * diagonal, 4, std::numbers::pi / 4, m_color, 1);
            if (i != m_dragIndex)
                mesh.polygon(
                    at, (kVertexHalf - kVertexBorder) * diagonal, 4, std::numbers::pi / 4, kWhite, 1);
        }
    }
    if (maps::uploadMesh(node->geometry(), mesh))
        node->markDirty(QSGNode::DirtyGeometry);
    return node;
}

void CordonHandles::setDragIndex(int index)
{
    if (index == m_dragIndex)
        return;
    m_dragIndex = index;
    update();
    emit dragIndexChanged();
}

void CordonHandles::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::None) {
        event->ignore(); // the map's, or a click that adds a point
        return;
    }
    if (event->button() == Qt::RightButton) {
        if (hit.kind == Hit::Vertex && m_editor) {
            m_editor->removeVertex(hit.index);
            event->accept();
        } else {
            event->ignore();
        }
        return;
    }
    m_pressed = hit;
    m_pressPos = event->position();
    m_pressedAt = camera().toScreen(m_editor->handlePoints()[std::size_t(hit.index)]);
    setKeepMouseGrab(true); // the map under a handle never pans
    event->accept();
}

void CordonHandles::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed.kind != Hit::Vertex || !m_editor || m_pressed.index >= m_editor->handleCount()) {
        event->accept();
        return;
    }
    const QPointF moved = event->position() - m_pressPos;
    if (m_dragIndex < 0 && std::hypot(moved.x(), moved.y()) < kDragThreshold)
        return;
    setDragIndex(m_pressed.index);
    const auto cam = camera();
    const maps::LatLon to = cam.toCoordinate(m_pressedAt + moved);
    m_editor->moveHandle(m_pressed.index, to.lat, to.lon, m_snapPixels * cam.metresPerPixel());
    event->accept();
}

void CordonHandles::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF moved = event->position() - m_pressPos;
    if (m_pressed.kind == Hit::EdgeDot && m_editor && m_pressed.index < m_editor->handleCount()
        && std::hypot(moved.x(), moved.y()) <= kDotGrab) {
        // Inserted where the dot is, the middle of the edge on the screen.
        const auto &handles = m_editor->handlePoints();
        const int n = int(handles.size());
        const auto cam = camera();
        const QPointF mid = (cam.toScreen(handles[std::size_t(m_pressed.index)])
                                + cam.toScreen(handles[std::size_t((m_pressed.index + 1) % n)]))
            / 2;
        const maps::LatLon at = cam.toCoordinate(mid);
        m_editor->insertVertex(m_pressed.index, at.lat, at.lon);
    }
    endGesture();
    event->accept();
}

void CordonHandles::mouseUngrabEvent()
{
    endGesture();
}

void CordonHandles::endGesture()
{
    if (m_dragIndex >= 0 && m_editor)
        m_editor->endDrag();
    m_pressed = {};
    setDragIndex(-1);
    setKeepMouseGrab(false);
}

void CordonHandles::hoverMoveEvent(QHoverEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::Vertex)
        setCursor(Qt::SizeAllCursor);
    else if (hit.kind == Hit::EdgeDot)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    event->ignore();
}

} // namespace wf
