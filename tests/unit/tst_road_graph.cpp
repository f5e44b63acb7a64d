// The road graph file: what the builder writes is what open() maps, checked on the way in (a
// damaged, truncated, foreign or other-version file is refused with a message); snapping to the
// nearest road and node agrees with looking at every road.
#include "../common/RandomRoads.h"
#include "RoadGraph.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace wf::maps;
using wf::testing::RandomRoads;
using wf::testing::RandomRoadsOptions;

namespace {

QByteArray image(const RandomRoadsOptions &o)
{
    RoadGraphBuilder b;
    RandomRoads::build(o, b);
    QString error;
    return b.build(&error);
}

QString refusal(QByteArray bytes)
{
    QString error;
    return RoadGraph::fromBytes(std::move(bytes), &error) ? QString() : error;
}

template<class T> void poke(QByteArray &bytes, std::size_t offset, T value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

const roadfile::Header &header(const QByteArray &bytes)
{
    return *reinterpret_cast<const roadfile::Header *>(bytes.constData());
}

// Distance from p to a link's line, measured on the plane around p.
double distanceToLink(const RoadGraph &g, int l, LatLon p)
{
    std::vector<LatLon> line;
    g.linkPolyline(l, line);
    const LocalFrame f(p);
    double best = 1e300;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QPointF a = f.toMeters(line[i - 1]), b = f.toMeters(line[i]), ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t = len2 > 0 ? std::clamp(-QPointF::dotProduct(a, ab) / len2, 0.0, 1.0) : 0;
        const QPointF q = a + ab * t;
        best = std::min(best, std::hypot(q.x(), q.y()));
    }
    return best;
}

} // namespace

class TestRoadGraph : public QObject
{
    Q_OBJECT
private slots:
    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("town.roads"));
        RoadGraphBuilder b;
        RandomRoads::build({ 40, 30, 150, 2 }, b);
        b.setSource(QStringLiteral("test town"), QStringLiteral("nobody"));
        QString error;
        QVERIFY2(b.write(path, &error), qPrintable(error));
        const auto mapped = RoadGraph::open(path, &error);
        QVERIFY2(mapped, qPrintable(error));
        const auto inMemory = RoadGraph::fromBytes(b.build(&error), &error);
        QVERIFY(inMemory);
        QCOMPARE(mapped->nodeCount(), b.nodeCount());
        QCOMPARE(mapped->linkCount(), b.linkCount());
        QCOMPARE(mapped->edgeCount(), inMemory->edgeCount());
        QCOMPARE(mapped->byteSize(), QFileInfo(path).size());
        QVERIFY(mapped->metaJson().contains(QStringLiteral("test town")));
        for (int n = 0; n < b.nodeCount(); ++n) {
            QCOMPARE(mapped->nodePosition(n).lat, b.node(n).lat);
            QCOMPARE(mapped->nodePosition(n).lon, b.node(n).lon);
        }
        // Every edge belongs to its link in its direction, and its twin runs back.
        for (int e = 0; e < mapped->edgeCount(); ++e) {
            const int l = mapped->edgeLink(e);
            QCOMPARE(
                mapped->edgeFrom(e), mapped->edgeAgainstLink(e) ? mapped->linkTo(l) : mapped->linkFrom(l));
            const int twin = mapped->edgeTwin(e);
            if (twin >= 0) {
                QCOMPARE(mapped->edgeTwin(twin), e);
                QCOMPARE(mapped->edgeFrom(twin), mapped->edgeTo(e));
            }
            bool listed = false;
            for (quint32 in : mapped->inEdges(mapped->edgeTo(e)))
                listed = listed || int(in) == e;
            QVERIFY(listed);
            // The line of the edge starts and ends at its nodes; half way is on it.
            const LatLon start = mapped->pointAlong(e, 0), end = mapped->pointAlong(e, mapped->edgeLength(e));
            QVERIFY(distanceMeters(start, mapped->nodePosition(mapped->edgeFrom(e))) < 0.01);
            QVERIFY(distanceMeters(end, mapped->nodePosition(mapped->edgeTo(e))) < 0.01);
        }
        QCOMPARE(mapped->name(0).en, QStringLiteral("Test Road"));
        QVERIFY(mapped->name(-1).name.isEmpty());
    }

    void refusesDamage()
    {
        const QByteArray good = image({ 20, 20, 150, 4 });
        QVERIFY(refusal(good).isEmpty());
        const auto &h = header(good);

        QVERIFY(refusal(QByteArray(4096, 'x')).contains(QStringLiteral("not a road graph")));
        QVERIFY(refusal(good.left(100)).contains(QStringLiteral("too short")));
        QVERIFY(refusal(good.left(good.size() - 64)).contains(QStringLiteral("truncated")));

        QByteArray v = good;
        poke<quint32>(v, offsetof(roadfile::Header, version), 2);
        QVERIFY2(refusal(v).contains(QStringLiteral("version 2")), qPrintable(refusal(v)));

        QByteArray order = good;
        poke<quint32>(order, offsetof(roadfile::Header, byteOrder), 0x04030201);
        QVERIFY(refusal(order).contains(QStringLiteral("byte order")));

        // An edge pointing to a node that does not exist.
        QByteArray edge = good;
        const auto edges = h.sections[roadfile::Edges].offset;
        poke<quint32>(edge, edges + 5 * sizeof(roadfile::EdgeRecord) + offsetof(roadfile::EdgeRecord, to),
            h.nodeCount + 7);
        QVERIFY2(refusal(edge).contains(QStringLiteral("edge 5")), qPrintable(refusal(edge)));

        // A section claimed beyond the end of the file.
        QByteArray section = good;
        poke<quint64>(section,
            offsetof(roadfile::Header, sections) + roadfile::UpHead * sizeof(roadfile::SectionEntry)
                + offsetof(roadfile::SectionEntry, offset),
            quint64(good.size()) + 64);
        QVERIFY2(refusal(section).contains(QStringLiteral("section")), qPrintable(refusal(section)));

        // Two nodes of the same rank.
        QByteArray rank = good;
        const auto ranks = h.sections[roadfile::Rank].offset;
        quint32 r0;
        std::memcpy(&r0, good.constData() + ranks, 4);
        poke<quint32>(rank, ranks + 4, r0);
        QVERIFY2(refusal(rank).contains(QStringLiteral("contraction order")), qPrintable(refusal(rank)));

        // A snapping grid entry naming a road that does not exist.
        QByteArray grid = good;
        poke<quint32>(grid, h.sections[roadfile::GridLinks].offset, h.linkCount);
        QVERIFY2(refusal(grid).contains(QStringLiteral("snapping grid")), qPrintable(refusal(grid)));

        QTemporaryDir dir;
        QString error;
        QVERIFY(!RoadGraph::open(dir.filePath(QStringLiteral("none.roads")), &error));
        QVERIFY(error.contains(QStringLiteral("cannot read road graph")));
    }

    void builderRefusals()
    {
        QString error;
        RoadGraphBuilder empty;
        QVERIFY(empty.build(&error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("no roads")));

        RoadGraphBuilder bad;
        const int a = bad.addNode({ 95, 114 });
        const int b = bad.addNode({ 30, 114 });
        bad.addLink(a, b, RoadClass::Village);
        QVERIFY(bad.build(&error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("impossible position")));

        RoadGraphBuilder dangling;
        dangling.addNode({ 30, 114 });
        dangling.addLink(0, 3, RoadClass::Village);
        QVERIFY(dangling.build(&error).isEmpty());

        // A failed write leaves an existing file as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.roads"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QVERIFY(!empty.write(path, &error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        QVERIFY(!RoadGraphBuilder().write(dir.filePath(QStringLiteral("no/such/dir/x.roads")), &error));
    }

    void snapMatchesBruteForce()
    {
        const RandomRoadsOptions o { 45, 35, 150, 6 };
        const auto g = RandomRoads::graph(o);
        RandomRoads r(17);
        const quint8 masks[] = { kAllRoadClasses,
            quint8(roadClassBit(RoadClass::Expressway) | roadClassBit(RoadClass::UrbanRing)),
            roadClassBit(RoadClass::Village) };
        int snapped = 0;
        for (int i = 0; i < 1500; ++i) {
            const LatLon p = offsetMeters(o.origin, (r.unit() * 1.2 - 0.1) * o.cols * o.spacingM,
                (r.unit() * 1.2 - 0.1) * o.rows * o.spacingM);
            const quint8 mask = masks[i % 3];
            const double maxM = 400;
            double best = 1e300;
            for (int l = 0; l < g->linkCount(); ++l) {
                if (mask & roadClassBit(g->linkClass(l)))
                    best = std::min(best, distanceToLink(*g, l, p));
            }
            const RoadSnap s = snapToRoad(*g, p, mask, maxM);
            if (best > maxM) {
                QVERIFY2(
                    !s.valid(), qPrintable(QStringLiteral("%1: snapped at %2 m").arg(i).arg(s.distanceM)));
                continue;
            }
            ++snapped;
            QVERIFY2(s.valid(), qPrintable(QStringLiteral("%1: nothing, brute force %2 m").arg(i).arg(best)));
            QVERIFY(mask & roadClassBit(g->linkClass(s.link)));
            QVERIFY2(std::abs(s.distanceM - best) < 0.05,
                qPrintable(QStringLiteral("%1: %2 m, brute force %3 m").arg(i).arg(s.distanceM).arg(best)));
            QVERIFY(s.fraction >= 0 && s.fraction <= 1);

            double bestNode = 1e300;
            int nearest = -1;
            for (int l = 0; l < g->linkCount(); ++l) {
                if (!(mask & roadClassBit(g->linkClass(l))))
                    continue;
                for (int n : { g->linkFrom(l), g->linkTo(l) }) {
                    const double d = distanceMeters(p, g->nodePosition(n));
                    if (d < bestNode || (d == bestNode && n < nearest)) {
                        bestNode = d;
                        nearest = n;
                    }
                }
            }
            QCOMPARE(nearestNode(*g, p, mask, 5000), bestNode <= 5000 ? nearest : -1);
        }
        QVERIFY(snapped > 500);
        QVERIFY(!snapToRoad(*g, { 95, 0 }).valid());
        QCOMPARE(nearestNode(*g, { std::nan(""), 114 }), -1);
    }
};

QTEST_GUILESS_MAIN(TestRoadGraph)
#include "tst_road_graph.moc"
