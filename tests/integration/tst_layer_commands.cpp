// watchfloor --check-layer FILE, as a script calls it: one JSON object on stdout with the number
// of polygon features, their area on the ellipsoid and the coordinate system; a broken file or
// an invalid polygon gives exit code 1 and the reason (with the place) in the same object.
// watchfloor --export-cordons JOURNAL OUT: the cordons still set at the end of a journal written
// by the workstation's Journal or by the training runner, as GeoJSON or KML that --check-layer
// and LayerFile read back; refusals leave no file behind.
#include "../common/AppRun.h"
#include "Journal.h"
#include "LayerFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using wf::testing::fileDigest;
using wf::testing::runApp;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject parse(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

constexpr qint64 kT0 = 1717200000000; // 2024-06-01T00:00:00Z

// A ring of n points around a centre, about 3 km across.
QList<wf::GeoPoint> ringAround(double lat, double lon, int n)
{
    QList<wf::GeoPoint> ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        ring.append({ lat + 0.015 * std::sin(a), lon + 0.018 * std::cos(a) });
    }
    return ring;
}

// A workstation's journal through the app's own Journal: three cordons set (each ringPoints
// points), the second lifted, a unit moving about.
QString writeJournal(const QTemporaryDir &dir, int ringPoints = 12)
{
    const QString path = dir.filePath(QStringLiteral("shift.sqlite"));
    wf::Journal journal;
    QString error;
    if (!journal.open(path, wf::JournalMode::Live, &error))
        qFatal("journal: %s", qPrintable(error));
    qint64 seq = 0;
    auto add = [&](wf::EventPayload payload, const QString &source) {
        wf::Event e;
        e.seq = ++seq;
        e.receiveTimeMs = kT0 + seq * 1000;
        e.sourceTimeMs = e.receiveTimeMs;
        e.source = source;
        e.payload = std::move(payload);
        journal.append(e);
    };
    add(wf::UnitReported { QStringLiteral("U1"), QStringLiteral("Unit 1"), wf::UnitKind::PatrolCar,
            wf::UnitStatus::Available, { 30.59, 114.30 }, 0 },
        QStringLiteral("sim"));
    add(wf::CordonSet { QStringLiteral("CORDON-A"), QStringLiteral("江岸区 ring"),
            ringAround(30.60, 114.30, ringPoints) },
        QStringLiteral("operator"));
    add(wf::CordonSet { QStringLiteral("CORDON-B"), QStringLiteral("Lifted ring"),
            ringAround(30.50, 114.20, ringPoints) },
        QStringLiteral("operator"));
    for (int i = 0; i < 20; ++i)
        add(wf::UnitMoved { QStringLiteral("U1"), { 30.59 + i * 1e-4, 114.30 }, 0, 30 },
            QStringLiteral("sim"));
    add(wf::CordonCleared { QStringLiteral("CORDON-B") }, QStringLiteral("operator"));
    add(wf::CordonSet { QStringLiteral("CORDON-C"), QStringLiteral("Drive-time ring 15 + 10 min"),
            ringAround(30.70, 114.40, ringPoints) },
        QStringLiteral("operator"));
    const auto report = journal.close();
    if (report.lost > 0)
        qFatal("journal lost %lld events", static_cast<long long>(report.lost));
    return path;
}

QStringList namesIn(const wf::maps::Layer &layer)
{
    QStringList names;
    for (const auto &f : layer.features)
        names << f.name;
    names.sort();
    return names;
}

} // namespace

class TestLayerCommands : public QObject
{
    Q_OBJECT

private slots:
    void checkLayer_kmlTwoPolygons()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("zones.kml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml "
            "xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            "<Placemark><name>A</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "114.0,30.0 114.1,30.0 114.1,30.1 114.0,30.1 "
            "114.0,30.0</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark>\n"
            "<Placemark><name>B</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "115.0,30.0 115.1,30.0 115.1,30.1 115.0,30.1 "
            "115.0,30.0</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark>\n"
            "<Placemark><name>P</name><Point><coordinates>114.05,30.05</coordinates></Point></Placemark>\n"
            "</Document></kml>\n");
        const auto r = runApp({ QStringLiteral("--check-layer"), path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(u"features").toInt(), 2);
        QCOMPARE(o.value(u"other_features").toInt(), 1);
        const double square = 0.1 * 110852.4 * 0.1 * 96486.3 / 1e6;
        QVERIFY2(
            std::abs(o.value(u"area_km2").toDouble() - 2 * square) < 2 * square * 2e-3, qPrintable(r.out));
        QVERIFY(!o.value(u"crs").toString().isEmpty());
        QCOMPARE(o.value(u"gcj02").toBool(), false);
    }

    void checkLayer_gcj02GeoJson()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("d.geojson"),
            "{\"type\":\"FeatureCollection\",\"datum\":\"GCJ-02\",\"features\":[{\"type\":\"Feature\","
            "\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[114.0,30.0],[114.1,30.0],[114.1,30.1],[114.0,30.1],[114.0,30.0]]]}}]}");
        const auto r = runApp({ QStringLiteral("--check-layer"), path });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parse(r.out).value(u"gcj02").toBool(), true);
    }

    void checkLayer_refusedInWords()
    {
        QTemporaryDir dir;
        const QString broken
            = write(dir, QStringLiteral("broken.geojson"), "{\"type\":\"FeatureCollection\",\"feat");
        auto r = runApp({ QStringLiteral("--check-layer"), broken });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parse(r.out).value(u"error").toString().startsWith(broken));

        // The base map's own province outline touches itself where the demo data was dissolved:
        // the check names the place (the workstation mends it when it loads the base map).
        r = runApp({ QStringLiteral("--check-layer"),
            QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap/hubei-province.geojson") });
        QCOMPARE(r.exitCode, 1);
        const QString error = parse(r.out).value(u"error").toString();
        QVERIFY2(error.contains(u"crosses itself at") && error.contains(u"° N"), qPrintable(error));

        r = runApp({ QStringLiteral("--check-layer"), dir.filePath(QStringLiteral("missing.kml")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parse(r.out).value(u"error").toString().contains(u"no such file"));
    }

    // The cordons at the journal's end, in both formats: the lifted one is left out, names and
    // the feature count survive, and --check-layer reads the file.
    void exportCordons_workstationJournal_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("geojson") << QStringLiteral("cordons.geojson");
        QTest::newRow("kml") << QStringLiteral("cordons.kml");
    }
    void exportCordons_workstationJournal()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString journal = writeJournal(dir);
        const QString out = dir.filePath(name);
        const auto r = runApp({ QStringLiteral("--export-cordons"), journal, out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(u"cordons").toInt(), 2);
        const auto check = runApp({ QStringLiteral("--check-layer"), out });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QCOMPARE(parse(check.out).value(u"features").toInt(), 2);
        QString error;
        const auto layer = wf::maps::LayerFile::read(out, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(namesIn(*layer),
            QStringList({ QStringLiteral("Drive-time ring 15 + 10 min"), QStringLiteral("江岸区 ring") }));
        // The ids and the times they were set are in the file for whoever reads it next.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.contains("CORDON-A") && bytes.contains("CORDON-C") && !bytes.contains("CORDON-B"),
            bytes.constData());
        // Set on the world's clock: after the unit's first report (1 s) and its last move (23 s).
        QVERIFY2(bytes.contains("2024-06-01T00:00:01.000Z") && bytes.contains("2024-06-01T00:00:23.000Z"),
            bytes.constData());
    }

    // The training runner's journal: its automatic dispatcher sets the drive-time, county, city and
    // province rings of a hit-and-run; the export holds them all.
    void exportCordons_trainingRunnerJournal()
    {
        QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_layer_commands-XXXXXX"));
        QFile source(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/scenarios/hit-and-run.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(source.readAll()).object();
        // The rings are set at minute 12; a province-wide run makes some 20,000 events a minute,
        // and a longer one would outrun the journal's queue on a busy machine.
        scenario.insert(QStringLiteral("duration_min"), 14);
        scenario.insert(
            QStringLiteral("background"), QJsonObject { { QStringLiteral("incidents_per_hour"), 0 } });
        QJsonArray timeline; // the plate's hot-listing at minute 35 is after the end
        for (const QJsonValue &step : scenario.value(u"timeline").toArray()) {
            if (step.toObject().value(u"at_min").toInt() <= 14)
                timeline.append(step);
        }
        scenario.insert(QStringLiteral("timeline"), timeline);
        const QString scenarioPath
            = write(dir, QStringLiteral("short-hit-and-run.json"), QJsonDocument(scenario).toJson());
        const QString journal = dir.filePath(QStringLiteral("run.sqlite"));
        QProcess runner;
        runner.start(QStringLiteral(WATCHFLOOR_BINARY_DIR "/bin/watchfloor-sim"),
            { QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--seed"), QStringLiteral("4"),
                QStringLiteral("--journal"), journal });
        QVERIFY(runner.waitForFinished(240'000));
        QVERIFY2(runner.exitCode() == 0, runner.readAllStandardError().constData());
        const QString out = dir.filePath(QStringLiteral("rings.geojson"));
        const auto r = runApp({ QStringLiteral("--export-cordons"), journal, out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(u"cordons").toInt(), 4);
        QString error;
        const auto layer = wf::maps::LayerFile::read(out, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(int(layer->features.size()), 4);
        int driveRings = 0;
        for (const auto &f : layer->features) {
            QVERIFY2(f.name.contains(QStringLiteral("封控圈")), qPrintable(f.name));
            driveRings += f.name.startsWith(QStringLiteral("驾车")) ? 1 : 0;
        }
        QCOMPARE(driveRings, 1);
    }

    void exportCordons_refusedInWords()
    {
        QTemporaryDir dir;
        const QString journal = writeJournal(dir);
        const QString out = dir.filePath(QStringLiteral("out.geojson"));

        // A suffix that is neither GeoJSON nor KML.
        auto r = runApp(
            { QStringLiteral("--export-cordons"), journal, dir.filePath(QStringLiteral("out.shp")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unknown file type \"shp\""), qPrintable(r.err));

        // A missing journal, and a file that is not one (left as it was).
        r = runApp({ QStringLiteral("--export-cordons"), dir.filePath(QStringLiteral("none.sqlite")), out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"none.sqlite"), qPrintable(r.err));
        const QString notJournal = write(dir, QStringLiteral("notes.sqlite"), QByteArray(8192, 'x'));
        const QByteArray notJournalDigest = fileDigest(notJournal);
        r = runApp({ QStringLiteral("--export-cordons"), notJournal, out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"notes.sqlite"), qPrintable(r.err));
        QCOMPARE(fileDigest(notJournal), notJournalDigest);
        QVERIFY(!QFileInfo::exists(out));

        // A cut-off journal: refused by the journal's own checks.
        const QString cut = dir.filePath(QStringLiteral("cut.sqlite"));
        QVERIFY(QFile::copy(journal, cut));
        QVERIFY(QFile::resize(cut, QFileInfo(cut).size() / 2));
        r = runApp({ QStringLiteral("--export-cordons"), cut, out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cut.sqlite"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));

        // An existing file is not overwritten.
        const QString existing = write(dir, QStringLiteral("existing.kml"), "keep me");
        r = runApp({ QStringLiteral("--export-cordons"), journal, existing });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"exists"), qPrintable(r.err));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));

        // Without the file to write: a usage error.
        r = runApp({ QStringLiteral("--export-cordons"), journal });
        QCOMPARE(r.exitCode, 2);
    }

    // A write that fails part way (the disk full) leaves neither the file nor a temporary one.
    // A real full disk needs a file system of our own; the process's file size limit
    // (RLIMIT_FSIZE, with SIGXFSZ ignored) makes the same write fail with EFBIG instead.
    void exportCordons_failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString journal = writeJournal(dir, 4000); // rings of 4,000 points: a file of ~500 kB
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const QString out = dir.filePath(QStringLiteral("big.geojson"));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\""),
                QStringLiteral(WATCHFLOOR_APP), QStringLiteral("--export-cordons"), journal, out });
        QVERIFY(p.waitForFinished(60'000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"nothing was written"), qPrintable(err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
        // The same export without the limit succeeds.
        const auto r = runApp({ QStringLiteral("--export-cordons"), journal, out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 64 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestLayerCommands)
#include "tst_layer_commands.moc"
