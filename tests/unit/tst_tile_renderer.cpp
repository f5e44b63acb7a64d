// The tile renderer: a known tile rendered now must match the expected image checked into
// tests/data/ within a tolerance (font rasterisation differs slightly between machines).
// To regenerate the expected images after an intended change of the map style:
//   WF_UPDATE_EXPECTED=1 build/<dir>/tests/unit/tst_tile_renderer   (then review the PNGs)
#include "BaseMap.h"
#include "RoadGraphBuilder.h"
#include "TileRenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QTest>

using namespace wf::maps;

namespace {

struct Difference
{
    double meanAbs = 0; // mean absolute channel difference, 0..255
    double fractionOff = 0; // share of pixels with any channel off by more than 48
};

Difference compare(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    Difference d;
    qint64 sum = 0, off = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int dr = std::abs(qRed(p[col]) - qRed(q[col]));
            const int dg = std::abs(qGreen(p[col]) - qGreen(q[col]));
            const int db = std::abs(qBlue(p[col]) - qBlue(q[col]));
            sum += dr + dg + db;
            off += std::max({ dr, dg, db }) > 48 ? 1 : 0;
        }
    }
    const double n = double(x.width()) * x.height();
    d.meanAbs = double(sum) / (3 * n);
    d.fractionOff = double(off) / n;
    return d;
}

QString expectedPath(TileId t, const char *lang)
{
    return QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/data/tile_%1_%2_%3_%4.png")
        .arg(t.z)
        .arg(t.x)
        .arg(t.y)
        .arg(QLatin1StringView(lang));
}

} // namespace

class TestTileRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_map.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
        QVERIFY(m_map.findByName(QStringLiteral("Wuhan")));
    }

    void matchesExpected_data()
    {
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<bool>("english");
        // Wuhan at district level (the Yangtze, the Han, district borders and names) and the
        // whole province at prefecture level.
        QTest::newRow("wuhan z10 zh") << 10 << 837 << 420 << false;
        QTest::newRow("wuhan z10 en") << 10 << 837 << 420 << true;
        QTest::newRow("hubei z7 zh") << 7 << 104 << 52 << false;
    }

    void matchesExpected()
    {
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(bool, english);
        const TileRenderer renderer(
            m_map, english ? TileRenderer::Language::English : TileRenderer::Language::Chinese);
        const TileId tile { z, x, y };
        const QImage img = renderer.render(tile);
        QCOMPARE(img.size(), QSize(kTileSize, kTileSize));
        const QString path = expectedPath(tile, english ? "en" : "zh");
        if (qEnvironmentVariableIsSet("WF_UPDATE_EXPECTED")) {
            QVERIFY(img.save(path, "PNG"));
            qInfo("wrote %s", qPrintable(path));
        }
        const QImage expected(path);
        QVERIFY2(!expected.isNull(),
            qPrintable(QStringLiteral("missing %1 (run with WF_UPDATE_EXPECTED=1)").arg(path)));
        QCOMPARE(expected.size(), img.size());
        const auto d = compare(img, expected);
        if (d.meanAbs >= 2.0 || d.fractionOff >= 0.02)
            img.save(QStringLiteral("%1/actual_%2_%3_%4.png").arg(QDir::tempPath()).arg(z).arg(x).arg(y));
        QVERIFY2(d.meanAbs < 2.0 && d.fractionOff < 0.02,
            qPrintable(
                QStringLiteral("mean diff %1, %2 % of pixels off").arg(d.meanAbs).arg(d.fractionOff * 100)));
    }

    void tileHasLandWaterAndLines()
    {
        // Independent of the expected image: the Wuhan tile shows water (the Yangtze), the
        // province's land colour and some darker boundary or label pixels.
        const TileRenderer renderer(m_map, TileRenderer::Language::Chinese);
        const QImage img = renderer.render({ 10, 837, 420 });
        int water = 0, land = 0, dark = 0;
        for (int row = 0; row < img.height(); ++row) {
            for (int col = 0; col < img.width(); ++col) {
                const QColor c = img.pixelColor(col, row);
                water += c.blue() > c.red() + 40 ? 1 : 0;
                land += c == QColor(0xf6, 0xf3, 0xec) ? 1 : 0;
                dark += c.lightness() < 140 ? 1 : 0;
            }
        }
        QVERIFY2(water > 500, qPrintable(QString::number(water)));
        QVERIFY2(land > 20000, qPrintable(QString::number(land)));
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
    }

    void invalidTileIsPlainBackground()
    {
        const TileRenderer renderer(m_map, TileRenderer::Language::Chinese);
        const QImage img = renderer.render({ 3, 99, 0 });
        QCOMPARE(img.size(), QSize(kTileSize, kTileSize));
        QCOMPARE(img.pixelColor(10, 10), img.pixelColor(200, 200));
    }

    void farAwayTileIsEmpty()
    {
        // A tile in the Atlantic: nothing of Hubei, only the background.
        const TileRenderer renderer(m_map, TileRenderer::Language::Chinese);
        const QImage img = renderer.render(tileAt({ 20, -30 }, 8));
        const QColor bg = img.pixelColor(0, 0);
        for (int i = 0; i < 256; i += 17)
            QCOMPARE(img.pixelColor(i, 255 - i), bg);
    }

    void roadsByClassAndZoom()
    {
        // An expressway running east-west through a point north-east of Wuhan, and, in a graph
        // of its own, a village street running north-south there.
        const LatLon at { 30.70, 114.50 };
        QString error;
        RoadGraphBuilder b;
        b.addLink(b.addNode(offsetMeters(at, -6000, 0)), b.addNode(offsetMeters(at, 6000, 0)),
            RoadClass::Expressway);
        const auto expressway = RoadGraph::fromBytes(b.build(&error), &error);
        QVERIFY2(expressway, qPrintable(error));
        RoadGraphBuilder v;
        v.addLink(v.addNode(offsetMeters(at, 300, -3000)), v.addNode(offsetMeters(at, 300, 3000)),
            RoadClass::Village);
        const auto village = RoadGraph::fromBytes(v.build(&error), &error);
        QVERIFY2(village, qPrintable(error));
        const TileRenderer without(m_map, TileRenderer::Language::Chinese);
        const TileRenderer withExpressway(m_map, TileRenderer::Language::Chinese, expressway);
        const TileRenderer withVillage(m_map, TileRenderer::Language::Chinese, village);
        // Expressway pixels, fill or casing, anti-aliased against the land: orange, which nothing
        // of the base map is (its land is grey-beige, water blue, boundaries purple, names dark).
        auto orange = [](const QImage &img) {
            int k = 0;
            for (int row = 0; row < img.height(); ++row) {
                for (int col = 0; col < img.width(); ++col) {
                    const QColor c = img.pixelColor(col, row);
                    k += c.red() - c.blue() > 70;
                }
            }
            return k;
        };
        // Pixels where two renderings differ.
        auto changed = [](const QImage &x, const QImage &y) {
            int k = 0;
            for (int row = 0; row < x.height(); ++row) {
                for (int col = 0; col < x.width(); ++col) {
                    const QColor a = x.pixelColor(col, row), c = y.pixelColor(col, row);
                    k += std::max({ std::abs(a.red() - c.red()), std::abs(a.green() - c.green()),
                             std::abs(a.blue() - c.blue()) })
                        > 24;
                }
            }
            return k;
        };
        // Zoom 8 (from the list of major roads) and zoom 12 (from the graph's grid): the
        // expressway is drawn, wider the closer.
        const int far = orange(withExpressway.render(tileAt(at, 8)));
        const int near = orange(withExpressway.render(tileAt(at, 12)));
        QVERIFY2(far >= 15, qPrintable(QString::number(far)));
        QVERIFY2(
            near > 2 * far, qPrintable(QStringLiteral("%1 at zoom 12, %2 at zoom 8").arg(near).arg(far)));
        QCOMPARE(orange(without.render(tileAt(at, 8))), 0);
        QCOMPARE(orange(without.render(tileAt(at, 12))), 0);
        // A village street only from street zoom on: nothing at 12, a line across the tile at 15.
        QCOMPARE(changed(withVillage.render(tileAt(at, 12)), without.render(tileAt(at, 12))), 0);
        const TileId street = tileAt(offsetMeters(at, 300, 1500), 15);
        const int line = changed(withVillage.render(street), without.render(street));
        QVERIFY2(line >= 2 * kTileSize, qPrintable(QString::number(line))); // its casing, both sides
    }

private:
    BaseMap m_map;
};

int main(int argc, char *argv[])
{
    // Fonts need a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTileRenderer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_tile_renderer.moc"
