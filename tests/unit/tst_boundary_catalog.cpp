// The base map's administrative boundaries as cordon rings: found by name or code, nested from
// the province down, found around a point, in WGS-84 (the files are GCJ-02), with the
// province's area close to the official 185,900 km²; the nearest boundary vertex for snapping,
// as a search over every outline finds it.
#include "BoundaryCatalog.h"

#include <QTest>
#include <cmath>

using namespace wf::maps;

class TestBoundaryCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_catalog.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
    }

    void findsByNameAndCode()
    {
        const LayerFeature *wuhan = m_catalog.find(QStringLiteral("武汉市"));
        QVERIFY(wuhan);
        QCOMPARE(wuhan->level, QStringLiteral("prefecture"));
        QCOMPARE(m_catalog.find(QStringLiteral("wuhan")), wuhan);
        QCOMPARE(m_catalog.find(wuhan->code), wuhan);
        QVERIFY(!m_catalog.find(QStringLiteral("Atlantis")));
        QVERIFY(!m_catalog.find(QString()));
    }

    void nestedRings_provinceCityCounty()
    {
        const LayerFeature *district = m_catalog.find(QStringLiteral("江岸区"));
        QVERIFY(district);
        const auto chain = m_catalog.nested(*district);
        QCOMPARE(chain.size(), std::size_t(3));
        QCOMPARE(chain[0]->level, QStringLiteral("province"));
        QCOMPARE(chain[1]->name, QStringLiteral("武汉市"));
        QCOMPARE(chain[2], district);
        const auto here = m_catalog.around({ 30.6, 114.3 }); // central Wuhan
        QCOMPARE(here.size(), std::size_t(3));
        QCOMPARE(here[1]->name, QStringLiteral("武汉市"));
        QVERIFY(m_catalog.around({ 40.0, 116.4 }).empty()); // Beijing
    }

    void provinceArea()
    {
        const auto here = m_catalog.around({ 30.6, 114.3 });
        const double area = here.front()->shape.areaKm2();
        QVERIFY2(std::abs(area - 185'900) < 185'900 * 0.02, qPrintable(QString::number(area)));
    }

    void nearestVertexAsEveryOutlineSays()
    {
        // Points near Jiang'an district's outline: a vertex of it, 100 m east and north.
        const LayerFeature *district = m_catalog.find(QStringLiteral("江岸区"));
        QVERIFY(district);
        const auto outline = district->shape.polygons().front().outer;
        for (std::size_t k = 0; k < outline.size(); k += outline.size() / 7 + 1) {
            const LatLon p = offsetMeters(outline[k], 100, 100);
            const auto v = m_catalog.nearestVertex(p, 500);
            QVERIFY(v);
            double best = 1e12;
            for (const LayerFeature &f : m_catalog.boundaries()) {
                for (const auto &polygon : f.shape.polygons()) {
                    for (const LatLon &q : polygon.outer)
                        best = std::min(best, distanceMeters(p, q));
                }
            }
            QCOMPARE(distanceMeters(p, *v), best);
            QVERIFY(best <= std::hypot(100, 100) + 1);
        }
        QVERIFY(!m_catalog.nearestVertex({ 40.0, 116.4 }, 5'000)); // Beijing: no outline near
    }

private:
    BoundaryCatalog m_catalog;
};

QTEST_GUILESS_MAIN(TestBoundaryCatalog)
#include "tst_boundary_catalog.moc"
