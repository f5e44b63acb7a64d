// The base map's administrative boundaries as cordon rings: found by name or code, nested from
// the province down, found around a point, in WGS-84 (the files are GCJ-02), with the
// province's area close to the official 185,900 km².
#include "BoundaryCatalog.h"

#include <QTest>

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

private:
    BoundaryCatalog m_catalog;
};

QTEST_GUILESS_MAIN(TestBoundaryCatalog)
#include "tst_boundary_catalog.moc"
