// What a press on the drawing takes: the vertex square under the pointer (the nearest one when
// two are close, and before an edge's dot), the insert dot in the middle of a polygon's edge, or
// nothing, so the press goes on to the map. Circles and rectangles have no insert dots.
#include "CordonEditor.h"
#include "CordonHandles.h"

#include <QTest>

using namespace wf;

namespace {

constexpr QPointF kCorners[] = { { 300, 200 }, { 500, 200 }, { 500, 400 }, { 300, 400 } };

struct Drawing
{
    CordonEditor editor;
    CordonHandles handles;
    Drawing(CordonEditor::Tool tool, int points)
    {
        handles.setSize({ 800, 600 });
        handles.setCenter({ 30.5928, 114.3055 });
        handles.setZoomLevel(12);
        handles.setEditor(&editor);
        editor.begin(tool);
        const maps::MapCamera camera { { 30.5928, 114.3055 }, 12, 0, QSizeF(800, 600) };
        for (int i = 0; i < points; ++i) {
            const auto c = camera.toCoordinate(kCorners[i]);
            editor.addPoint(c.lat, c.lon);
        }
    }
};

} // namespace

class TestCordonHandles : public QObject
{
    Q_OBJECT
private slots:
    void pressOnAVertexTakesIt()
    {
        Drawing d(CordonEditor::Tool::Polygon, 4);
        QCOMPARE(d.editor.handleCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const auto hit = d.handles.hitAt(kCorners[i] + QPointF(5, -6));
            QCOMPARE(hit.kind, CordonHandles::Hit::Vertex);
            QCOMPARE(hit.index, i);
        }
        QCOMPARE(d.handles.hitAt(kCorners[0] + QPointF(12, 0)).kind, CordonHandles::Hit::None);
        QCOMPARE(d.handles.hitAt({ 400, 300 }).kind, CordonHandles::Hit::None); // inside: the map's
    }

    void pressOnAnEdgesMiddleInserts()
    {
        Drawing d(CordonEditor::Tool::Polygon, 4);
        const struct
        {
            QPointF at;
            int edge;
        } dots[] = { { { 400, 200 }, 0 }, { { 500, 300 }, 1 }, { { 400, 400 }, 2 }, { { 300, 300 }, 3 } };
        for (const auto &dot : dots) {
            const auto hit = d.handles.hitAt(dot.at + QPointF(2, 2));
            QCOMPARE(hit.kind, CordonHandles::Hit::EdgeDot);
            QCOMPARE(hit.index, dot.edge);
        }
        // Two points: one edge, no closing one.
        Drawing two(CordonEditor::Tool::Polygon, 2);
        QCOMPARE(two.handles.hitAt({ 400, 200 }).kind, CordonHandles::Hit::EdgeDot);
        QCOMPARE(two.handles.hitAt({ 400, 300 }).kind, CordonHandles::Hit::None);
    }

    void theNearestVertexWinsOverADot()
    {
        Drawing d(CordonEditor::Tool::Polygon, 4);
        // Squeeze the first edge to 8 px: its dot sits 4 px from both ends.
        const maps::MapCamera camera { { 30.5928, 114.3055 }, 12, 0, QSizeF(800, 600) };
        const auto c = camera.toCoordinate({ 308, 200 });
        d.editor.moveHandle(1, c.lat, c.lon);
        d.editor.endDrag();
        const auto hit = d.handles.hitAt({ 305, 200 });
        QCOMPARE(hit.kind, CordonHandles::Hit::Vertex);
        QCOMPARE(hit.index, 1);
    }

    void circlesHaveNoInsertDots()
    {
        Drawing d(CordonEditor::Tool::Circle, 2);
        QCOMPARE(d.handles.hitAt(kCorners[1]).kind, CordonHandles::Hit::Vertex); // the rim
        QCOMPARE(d.handles.hitAt({ 400, 200 }).kind, CordonHandles::Hit::None);
    }

    void nothingIsTakenWhenNotDrawing()
    {
        Drawing d(CordonEditor::Tool::Polygon, 4);
        d.editor.cancel();
        QCOMPARE(d.handles.hitAt(kCorners[0]).kind, CordonHandles::Hit::None);
    }
};

QTEST_MAIN(TestCordonHandles)
#include "tst_cordon_handles.moc"
