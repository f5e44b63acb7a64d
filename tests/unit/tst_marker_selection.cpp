// The level of detail of a marker layer: far out, what is drawn for a crowd of units is the most
// urgent of them, never a stale or less urgent one, and never without the selected unit; close
// in, every unit near the view; clusters carry their counts by status.
#include "MapCamera.h"
#include "MarkerSelection.h"

#include <QTest>

using namespace wf::maps;

namespace {

// Styles as the unit layer has them: 0 available, 1 en route, 2 on scene, 3 off duty, ranked
// so that on scene shows over en route over available over off duty.
MarkerStyle unitStyle()
{
    MarkerStyle s;
    s.colors = { Qt::green, Qt::blue, Qt::red, Qt::gray };
    s.stylePriority = { 1, 2, 3, 0 };
    s.detailMinZoom = 11;
    s.mergeCellPixels = 6;
    return s;
}

MapMarker unit(const QString &id, double lat, double lon, int style, qint64 timeMs = 0)
{
    MapMarker m;
    m.id = id;
    m.position = { lat, lon };
    m.style = style;
    m.timeMs = timeMs;
    return m;
}

QList<QPointF> positionsOf(const QList<MapMarker> &markers)
{
    QList<QPointF> out;
    for (const auto &m : markers)
        out.append(toNormalised(m.position));
    return out;
}

QStringList idsDrawn(const MarkerSelection::Result &r, const QList<MapMarker> &markers)
{
    QStringList out;
    for (const auto &it : r.items)
        out.append(
            it.source >= 0 ? markers[it.source].id : QStringLiteral("cluster of %1").arg(it.clusterCount));
    return out;
}

// Three units a few metres apart in central Wuhan, one across the river.
QList<MapMarker> crowd()
{
    return { unit(QStringLiteral("off"), 30.5800, 114.3000, 3),
        unit(QStringLiteral("scene"), 30.58001, 114.30001, 2),
        unit(QStringLiteral("free"), 30.58002, 114.30002, 0),
        unit(QStringLiteral("far"), 30.5500, 114.2500, 0) };
}

} // namespace

class TestMarkerSelection : public QObject
{
    Q_OBJECT

private slots:
    void farOutACrowdShowsItsMostUrgentOnTop()
    {
        const MarkerStyle style = unitStyle();
        const auto markers = crowd();
        const MarkerSelection lod(style, 8, 256);
        QVERIFY(lod.merging());
        QVERIFY(!lod.detailed());
        const auto r = lod.select(markers, positionsOf(markers), {}, -1, 0);
        // One symbol for the crowd, the on-scene unit's, standing for three; drawn after (above)
        // the lone available unit.
        QCOMPARE(idsDrawn(r, markers), QStringList({ QStringLiteral("far"), QStringLiteral("scene") }));
        QCOMPARE(r.items.last().merged, 3);
        QCOMPARE(r.items.first().merged, 1);
    }

    void aStaleUnitNeverHidesACurrentOne()
    {
        MarkerStyle style = unitStyle();
        style.staleAfterMs = 60'000;
        const qint64 now = 1'000'000;
        // The on-scene unit last reported ten minutes ago: its status may no longer be true.
        const QList<MapMarker> markers = { unit(QStringLiteral("old"), 30.58, 114.30, 2, now - 600'000),
            unit(QStringLiteral("free"), 30.58001, 114.30001, 0, now - 1'000) };
        const auto r = MarkerSelection(style, 8, 256).select(markers, positionsOf(markers), {}, -1, now);
        QCOMPARE(idsDrawn(r, markers), QStringList({ QStringLiteral("free") }));
    }

    void theSelectedUnitIsNeverMergedAway()
    {
        const MarkerStyle style = unitStyle();
        const auto markers = crowd();
        const auto r = MarkerSelection(style, 8, 256).select(markers, positionsOf(markers), {}, 2, 0);
        QCOMPARE(idsDrawn(r, markers),
            QStringList({ QStringLiteral("far"), QStringLiteral("scene"), QStringLiteral("free") }));
    }

    void closeInEveryVisibleUnitNearTheViewIsDrawn()
    {
        const MarkerStyle style = unitStyle();
        auto markers = crowd();
        markers[0].visible = false; // off duty units hidden by the dispatcher's filter
        const MarkerSelection lod(style, 14, 256);
        QVERIFY(lod.detailed());
        QVERIFY(!lod.merging());
        const QPointF centre = toNormalised({ 30.58, 114.30 });
        const QRectF region(centre - QPointF(1e-5, 1e-5), centre + QPointF(1e-5, 1e-5));
        const auto r = lod.select(markers, positionsOf(markers), region, -1, 0);
        QCOMPARE(idsDrawn(r, markers), QStringList({ QStringLiteral("scene"), QStringLiteral("free") }));
        QCOMPARE(lod.singleSymbolSize(), style.markerSize + 3);
    }

    void belowTheClusterZoomUnitsAreCounted()
    {
        MarkerStyle style = unitStyle();
        style.clusterBelowZoom = 10;
        const auto markers = crowd();
        const MarkerSelection lod(style, 9.4, 256);
        QVERIFY(lod.clustered());
        QCOMPARE(lod.clusterZoom(), 9);
        auto drawn = idsDrawn(lod.select(markers, positionsOf(markers), {}, -1, 0), markers);
        drawn.sort();
        QCOMPARE(drawn, QStringList({ QStringLiteral("cluster of 3"), QStringLiteral("far") }));
    }

    void clustersByStatusCountEveryStatus()
    {
        MarkerStyle style = unitStyle();
        style.styleClusters = true;
        const auto markers = crowd();
        const auto r = MarkerSelection(style, 13, 256).select(markers, positionsOf(markers), {}, -1, 0);
        QCOMPARE(r.groups.size(), 2);
        const auto cluster
            = std::find_if(r.items.cbegin(), r.items.cend(), [](const auto &it) { return it.group >= 0; });
        QVERIFY(cluster != r.items.cend());
        const auto &g = r.groups[cluster->group];
        QCOMPARE(g.count, 3);
        QCOMPARE(g.styleCounts, QList<int>({ 1, 0, 1, 1 }));
        QCOMPARE(g.topStyle, 2); // the cluster wears the on-scene colour
    }

    void theMergeGridHoldsWithinHalfAZoomLevel()
    {
        const MarkerStyle style = unitStyle();
        QCOMPARE(MarkerSelection(style, 8.1, 256).mergeLevel(), 16);
        QCOMPARE(MarkerSelection(style, 8.45, 256).mergeLevel(), 16);
        QCOMPARE(MarkerSelection(style, 8.6, 256).mergeLevel(), 17);
        QCOMPARE(MarkerSelection(style, 11, 256).mergeLevel(), -1); // close in: nothing merges
    }
};

QTEST_GUILESS_MAIN(TestMarkerSelection)
#include "tst_marker_selection.moc"
