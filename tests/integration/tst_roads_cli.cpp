// The real executable's road commands: --import-roads writes a road graph from an OpenStreetMap
// file (and nothing on a bad one), --route prints the route as one JSON object, and every bad
// input gets a message and a non-zero exit.
#include "../common/AppRun.h"
#include "RoadGraphFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <numbers>

using namespace wf::testing;

namespace {

// 0.009 degrees of latitude on the mean sphere.
constexpr double kStepM = 6371008.8 * 0.009 * std::numbers::pi / 180;

// A street of two 1 km blocks at 36 km/h (10 m/s), and a lane 100 km away joined to nothing.
const char *kOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hand">
  <node id="1" version="1" lat="30.000" lon="114.3"/>
  <node id="2" version="1" lat="30.009" lon="114.3"/>
  <node id="3" version="1" lat="30.018" lon="114.3"/>
  <node id="10" version="1" lat="31.000" lon="115.0"/>
  <node id="11" version="1" lat="31.009" lon="115.0"/>
  <way id="20" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/>
    <tag k="highway" v="residential"/><tag k="maxspeed" v="36"/><tag k="name" v="Test St"/></way>
  <way id="21" version="1"><nd ref="10"/><nd ref="11"/><tag k="highway" v="residential"/></way>
</osm>
)";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRoadsCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_roads;

private slots:
    void initTestCase()
    {
        const QString osm = m_dir.filePath(QStringLiteral("town.osm"));
        QVERIFY(writeFile(osm, kOsm));
        m_roads = m_dir.filePath(QStringLiteral("town.roads"));
        const auto r = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--import-roads"), osm });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported 2 road links")), qPrintable(r.out));
        QVERIFY(QFile::exists(m_roads));
    }

    void routeAsJson()
    {
        const auto r = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--route"),
            QStringLiteral("30.0000,114.3001"), QStringLiteral("30.0180,114.2999"), QStringLiteral("--hour"),
            QStringLiteral("12") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u'\n'), 1); // one object, one line
        QJsonParseError pe;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QVERIFY2(doc.isObject(), qPrintable(pe.errorString()));
        const auto o = doc.object();
        QCOMPARE(o.size(), 3);
        // Two blocks at 10 m/s (a village road at noon keeps its speed).
        QVERIFY2(std::abs(o.value(u"distance_m").toDouble() - 2 * kStepM) < 0.2, qPrintable(r.out));
        QVERIFY2(std::abs(o.value(u"duration_s").toDouble() - 2 * kStepM / 10) < 0.1, qPrintable(r.out));
        const auto path = o.value(u"path").toArray();
        QCOMPARE(path.size(), 3);
        const double lats[] = { 30.000, 30.009, 30.018 };
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(path[i].toArray()[0].toDouble() - lats[i]) < 1e-6);
            QVERIFY(std::abs(path[i].toArray()[1].toDouble() - 114.3) < 1e-6);
        }
        // Walking the same street: 5 km/h.
        const auto walk = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--route"),
            QStringLiteral("30.0000,114.3 30.0180,114.3"), QStringLiteral("--profile"),
            QStringLiteral("walking") });
        QVERIFY2(walk.exitCode == 0, qPrintable(walk.err));
        const auto w = QJsonDocument::fromJson(walk.out.toUtf8()).object();
        QVERIFY2(
            std::abs(w.value(u"duration_s").toDouble() - 2 * kStepM / (5 / 3.6)) < 0.1, qPrintable(walk.out));
    }

    void routeRefusals()
    {
        // 1.1 km east of the street: too far from a road.
        auto r = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--route"),
            QStringLiteral("30.009,114.3115"), QStringLiteral("30.0,114.3") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("more than 500 m from a road")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // The lane 100 km away is not joined to the street.
        r = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--route"),
            QStringLiteral("30.0,114.3"), QStringLiteral("31.004,115.0") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no route")), qPrintable(r.err));
        // Usage errors: exit 2 before anything is read.
        for (const QStringList &args :
            { QStringList { QStringLiteral("--route"), QStringLiteral("30.0,114.3") },
                QStringList {
                    QStringLiteral("--route"), QStringLiteral("30.0,114.3"), QStringLiteral("95,114") },
                QStringList { QStringLiteral("--route"), QStringLiteral("30,114"), QStringLiteral("30.1,114"),
                    QStringLiteral("--profile"), QStringLiteral("bicycle") },
                QStringList { QStringLiteral("--import-roads"), QStringLiteral("x.osm") },
                QStringList { QStringLiteral("--profile"), QStringLiteral("car") } }) {
            r = runApp(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        }
    }

    void badGraphFiles()
    {
        const QByteArray good = readFile(m_roads);
        QVERIFY(good.size() > int(sizeof(wf::maps::roadfile::Header)));
        const QStringList route { QStringLiteral("--route"), QStringLiteral("30.0,114.3"),
            QStringLiteral("30.018,114.3") };
        // Another version.
        QByteArray other = good;
        const quint32 version = 99;
        std::memcpy(other.data() + offsetof(wf::maps::roadfile::Header, version), &version, 4);
        const QString otherPath = m_dir.filePath(QStringLiteral("v99.roads"));
        QVERIFY(writeFile(otherPath, other));
        auto r = runApp(QStringList { QStringLiteral("--roads"), otherPath } + route);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("version 99")), qPrintable(r.err));
        // Truncated.
        const QString cutPath = m_dir.filePath(QStringLiteral("cut.roads"));
        QVERIFY(writeFile(cutPath, good.left(good.size() - 100)));
        r = runApp(QStringList { QStringLiteral("--roads"), cutPath } + route);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("truncated")), qPrintable(r.err));
        // Not a graph at all.
        const QString textPath = m_dir.filePath(QStringLiteral("text.roads"));
        QVERIFY(writeFile(textPath, QByteArray(4096, 'x')));
        r = runApp(QStringList { QStringLiteral("--roads"), textPath } + route);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a road graph")), qPrintable(r.err));
        // A missing one.
        r = runApp(
            QStringList { QStringLiteral("--roads"), m_dir.filePath(QStringLiteral("none.roads")) } + route);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot read road graph")), qPrintable(r.err));
        // The setting map.roads names the graph when --roads does not.
        const QString settings = m_dir.filePath(QStringLiteral("settings.json"));
        QVERIFY(writeFile(settings, QStringLiteral(R"({"map": {"roads": "%1"}})").arg(m_roads).toUtf8()));
        r = runApp(QStringList { QStringLiteral("--settings"), settings } + route);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("{\"distance_m\":")));
    }

    void badImportLeavesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("new.roads"));
        const QString truncated = m_dir.filePath(QStringLiteral("cut.osm"));
        QVERIFY(writeFile(truncated, QByteArray(kOsm).left(300)));
        auto r = runApp({ QStringLiteral("--roads"), out, QStringLiteral("--import-roads"), truncated });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a readable OpenStreetMap file")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // Over an existing graph: the old file stays as it was.
        const QByteArray before = fileDigest(m_roads);
        const QString empty = m_dir.filePath(QStringLiteral("empty.osm.pbf"));
        QVERIFY(writeFile(empty, {}));
        r = runApp({ QStringLiteral("--roads"), m_roads, QStringLiteral("--import-roads"), empty });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
        QCOMPARE(fileDigest(m_roads), before);
        QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.roads.*") }, QDir::Files).isEmpty());
    }

    void trainingRoadsByDefault()
    {
        // Without --roads or map.roads: the training world's generated roads (Wuhan).
        const auto r = runApp({ QStringLiteral("--route"), QStringLiteral("30.5928,114.3055"),
            QStringLiteral("30.55,114.25"), QStringLiteral("--profile"), QStringLiteral("emergency") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(u"distance_m").toDouble() > 5000);
        QVERIFY(o.value(u"path").toArray().size() > 2);
    }
};

QTEST_GUILESS_MAIN(TestRoadsCli)
#include "tst_roads_cli.moc"
