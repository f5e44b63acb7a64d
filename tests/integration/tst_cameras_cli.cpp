// The real executable's camera register commands: --import-cameras builds a camera index from a
// site's CSV (GCJ-02 converted, progress on stderr, the summary on stdout), a bad file gets a
// message naming the line, exit 1 and no file (and never a stream password), and --camera-index
// refuses a file that is not a camera index before anything starts.
#include "../common/AppRun.h"
#include "CameraIndex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::testing;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// 1,000 cameras on a grid in central Wuhan, the first in GCJ-02 at a published reference pair
// (Shanghai: WGS-84 31.1774276, 121.5272106).
QByteArray registerCsv(int count)
{
    QByteArray csv = "id,name,lat,lon,bearing_deg,fov_deg,main,sub,crs\n"
                     "SH-1,Shanghai reference,31.17530398364597,121.531541859215,0,60,"
                     "rtsp://admin:hunter2@10.0.0.1/main,,GCJ-02\n";
    for (int i = 1; i < count; ++i)
        csv += "WH-" + QByteArray::number(i) + ",Wuhan " + QByteArray::number(i) + ','
            + QByteArray::number(30.55 + (i / 40) * 0.002, 'f', 6) + ','
            + QByteArray::number(114.25 + (i % 40) * 0.002, 'f', 6) + ",90,60,rtsp://admin:hunter2@10.0.0.2/"
            + QByteArray::number(i) + ",,\n";
    return csv;
}

} // namespace

class TestCamerasCli : public QObject
{
    Q_OBJECT
private slots:
    void importsARegister()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("site.csv"));
        const QString out = dir.filePath(QStringLiteral("site.cameras"));
        QVERIFY(writeFile(csv, registerCsv(1000)));
        const auto run = runApp({ QStringLiteral("--import-cameras"), csv, QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.startsWith(QStringLiteral("imported 1000 cameras (1 converted from GCJ-02 to WGS-84)")),
            qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("indexing 1000 cameras: 100%")), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"hunter2") && !run.out.contains(u"hunter2"));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        wf::maps::CameraIndex index;
        QString error;
        QVERIFY2(index.open(out, &error), qPrintable(error));
        QCOMPARE(index.cameraCount(), 1000);
        QVERIFY(index.source().startsWith(QStringLiteral("imported from site.csv")));
        const auto sh = index.find(QStringLiteral("SH-1"), &error);
        QVERIFY(sh);
        QVERIFY2(wf::maps::distanceMeters({ sh->lat, sh->lon }, { 31.1774276, 121.5272106 }) < 0.01,
            qPrintable(QStringLiteral("%1, %2").arg(sh->lat, 0, 'f', 7).arg(sh->lon, 0, 'f', 7)));
        // The index keeps the stream as the site gave it: the players need the password.
        QCOMPARE(sh->mainUrl, QStringLiteral("rtsp://admin:hunter2@10.0.0.1/main"));
        QVERIFY(index.find(QStringLiteral("WH-999"), &error));
    }

    void theWholeFileInGcj02()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("gcj.csv"));
        QVERIFY(writeFile(csv,
            "id,name,lat,lon,bearing_deg,fov_deg,main,sub\n"
            "SH-1,Shanghai,31.17530398364597,121.531541859215,0,60,rtsp://h/1,\n"));
        // Without --out: the CSV's name with .cameras.
        const auto run = runApp(
            { QStringLiteral("--import-cameras"), csv, QStringLiteral("--crs"), QStringLiteral("GCJ-02") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        wf::maps::CameraIndex index;
        QString error;
        QVERIFY2(index.open(dir.filePath(QStringLiteral("gcj.cameras")), &error), qPrintable(error));
        const auto sh = index.find(QStringLiteral("SH-1"), &error);
        QVERIFY(sh && wf::maps::distanceMeters({ sh->lat, sh->lon }, { 31.1774276, 121.5272106 }) < 0.01);
    }

    void aBadLineIsNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        const QString out = dir.filePath(QStringLiteral("bad.cameras"));
        QByteArray data = registerCsv(50);
        data += "WH-7,again,30.6,114.3,0,60,rtsp://admin:hunter2@10.0.0.3/x,,\n"; // line 52
        QVERIFY(writeFile(csv, data));
        const auto run = runApp({ QStringLiteral("--import-cameras"), csv, QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("bad.csv: line 52: duplicate id \"WH-7\" (first on line 9)")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(u"hunter2"));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        auto run = runApp({ QStringLiteral("--import-cameras"), dir.filePath(QStringLiteral("none.csv")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("none.csv: no such file")), qPrintable(run.err));
        run = runApp({ QStringLiteral("--import-cameras"), dir.filePath(QStringLiteral("x.csv")),
            QStringLiteral("--crs"), QStringLiteral("BD-09") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--crs needs WGS-84 or GCJ-02")), qPrintable(run.err));
        run = runApp({ QStringLiteral("--out"), dir.filePath(QStringLiteral("x.cameras")) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("--out FILE goes with --import-cameras")), qPrintable(run.err));
    }

    void aCameraIndexThatIsNotOneStopsTheStart()
    {
        QTemporaryDir dir;
        const QString notIndex = dir.filePath(QStringLiteral("cameras.json"));
        QVERIFY(writeFile(notIndex, "[]"));
        const QString journal = dir.filePath(QStringLiteral("j.sqlite"));
        const auto run
            = runApp({ QStringLiteral("--camera-index"), notIndex, QStringLiteral("--db"), journal });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--camera-index: "))
                && run.err.contains(u"is not a camera index"),
            qPrintable(run.err));
        QVERIFY(!QFile::exists(journal)); // refused before anything was written
    }
};

QTEST_GUILESS_MAIN(TestCamerasCli)
#include "tst_cameras_cli.moc"
