// A site's camera register as CSV: a good file (quotes, a byte-order mark, CRLF, notes columns,
// GCJ-02 rows converted to WGS-84 at a published reference point), and each kind of bad line,
// whose message names the line and never quotes a stream URL's password.
#include "CameraRegisterCsv.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;

namespace {

const QByteArray kHeader = "id,name,lat,lon,bearing_deg,fov_deg,main,sub\n";

std::optional<CameraRegisterCsv::Register> parse(const QByteArray &csv, QString *error,
    CameraRegisterCsv::Datum datum = CameraRegisterCsv::Datum::Wgs84,
    CameraRegisterCsv::Stats *stats = nullptr, qint64 maxBytes = CameraRegisterCsv::kMaxFileBytes)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return CameraRegisterCsv::parse(buffer, bytes.size(), datum, error, stats, {}, maxBytes);
}

} // namespace

class TestCameraRegisterCsv : public QObject
{
    Q_OBJECT
private slots:
    void goodFile()
    {
        const QByteArray csv
            = "\xEF\xBB\xBF"
              "id,name,lat,lon,bearing_deg,fov_deg,main,sub,transport,note\r\n"
              "WH-0001,\"Jianghan Rd, north\",30.5800,114.2900,90,60,"
              "rtsp://admin:s3cret@10.1.1.1/main,rtsp://admin:s3cret@10.1.1.1/sub,udp,\"said \"\"hi\"\"\"\r\n"
              "\r\n"
              "WH-0002,汉口站东,30.6200,114.2600,359.5,100,http://10.1.1.2/live.m3u8,,,\r\n";
        QString error;
        CameraRegisterCsv::Stats stats;
        const auto r = parse(csv, &error, CameraRegisterCsv::Datum::Wgs84, &stats);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->cameras.size(), 2);
        QCOMPARE(r->entries.size(), 2);
        QCOMPARE(stats.cameras, 2);
        QCOMPARE(stats.converted, 0);
        QCOMPARE(r->entries[0].id, QStringLiteral("WH-0001"));
        QCOMPARE(r->entries[0].name, QStringLiteral("Jianghan Rd, north"));
        QCOMPARE(r->entries[0].mainUrl, QStringLiteral("rtsp://admin:s3cret@10.1.1.1/main"));
        QCOMPARE(r->entries[0].subUrl, QStringLiteral("rtsp://admin:s3cret@10.1.1.1/sub"));
        QCOMPARE(r->entries[0].transport, QStringLiteral("udp"));
        QCOMPARE(r->cameras[0].lat, 30.58);
        QCOMPARE(r->cameras[0].lon, 114.29);
        QCOMPARE(r->cameras[0].bearing, 90.0f);
        QCOMPARE(r->cameras[0].fov, 60.0f);
        QCOMPARE(r->entries[1].name, QStringLiteral("汉口站东"));
        QCOMPARE(r->entries[1].subUrl, QString());
        QCOMPARE(r->cameras[1].bearing, 359.5f);
    }

    void gcj02RowsAreConvertedOnce_data()
    {
        QTest::addColumn<double>("wgsLat");
        QTest::addColumn<double>("wgsLon");
        QTest::addColumn<double>("gcjLat");
        QTest::addColumn<double>("gcjLon");
        // Published pairs (eviltransform's tests): the same point in WGS-84 and in GCJ-02.
        QTest::newRow("shanghai") << 31.1774276 << 121.5272106 << 31.17530398364597 << 121.531541859215;
        QTest::newRow("beijing") << 39.911954 << 116.377817 << 39.91334545536069 << 116.38404722455657;
    }

    void gcj02RowsAreConvertedOnce()
    {
        QFETCH(double, wgsLat);
        QFETCH(double, wgsLon);
        QFETCH(double, gcjLat);
        QFETCH(double, gcjLon);
        const QByteArray gcj
            = QByteArray::number(gcjLat, 'f', 14) + ',' + QByteArray::number(gcjLon, 'f', 14);
        const QByteArray wgs
            = QByteArray::number(wgsLat, 'f', 14) + ',' + QByteArray::number(wgsLon, 'f', 14);
        // A crs column per row: one row in GCJ-02, one already in WGS-84.
        const QByteArray perRow = "id,name,lat,lon,bearing_deg,fov_deg,main,crs\n"
                                  "A,a,"
            + gcj + ",0,60,rtsp://h/a,GCJ-02\nB,b," + wgs + ",0,60,rtsp://h/b,wgs84\n";
        QString error;
        CameraRegisterCsv::Stats stats;
        auto r = parse(perRow, &error, CameraRegisterCsv::Datum::Wgs84, &stats);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(stats.converted, 1);
        for (const auto &c : r->cameras) {
            const double m = distanceMeters({ c.lat, c.lon }, { wgsLat, wgsLon });
            QVERIFY2(m < 0.01, qPrintable(QStringLiteral("%1 m from the reference").arg(m)));
        }
        // The whole file in GCJ-02 (--crs gcj02): every row converted.
        r = parse(
            kHeader + "A,a," + gcj + ",0,60,rtsp://h/a,\n", &error, CameraRegisterCsv::Datum::Gcj02, &stats);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(stats.converted, 1);
        QVERIFY(distanceMeters({ r->cameras[0].lat, r->cameras[0].lon }, { wgsLat, wgsLon }) < 0.01);
    }

    void datumNames()
    {
        QCOMPARE(CameraRegisterCsv::datumFromName(QStringLiteral("GCJ-02")), CameraRegisterCsv::Datum::Gcj02);
        QCOMPARE(CameraRegisterCsv::datumFromName(QStringLiteral("gcj02")), CameraRegisterCsv::Datum::Gcj02);
        QCOMPARE(CameraRegisterCsv::datumFromName(QStringLiteral("WGS-84")), CameraRegisterCsv::Datum::Wgs84);
        QVERIFY(!CameraRegisterCsv::datumFromName(QStringLiteral("BD-09")));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "C1,one,30.5,114.3,0,60,rtsp://u:pw@h/1,\n";
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("header only") << kHeader << QStringLiteral("the file has a header but no cameras");
        QTest::newRow("missing column") << QByteArray("id,name,lat,lon,fov_deg,main\n")
                                        << QStringLiteral("line 1: the header has no column \"bearing_deg\"");
        QTest::newRow("column twice") << QByteArray("id,name,lat,lat,lon,bearing_deg,fov_deg,main\n")
                                      << QStringLiteral("line 1: column \"lat\" is named twice");
        QTest::newRow("too few fields") << kHeader + good + "C2,two,30.5,114.3\n"
                                        << QStringLiteral("line 3: 4 fields, the header has 8");
        QTest::newRow("empty id") << kHeader + good + ",two,30.5,114.3,0,60,rtsp://h/2,\n"
                                  << QStringLiteral("line 3: \"id\" is empty");
        QTest::newRow("latitude out of range")
            << kHeader + good + "C2,two,95,114.3,0,60,rtsp://h/2,\n"
            << QStringLiteral("line 3: \"lat\" must be a number from -90 to 90, not \"95\"");
        QTest::newRow("longitude not a number")
            << kHeader + good + "C2,two,30.5,east,0,60,rtsp://h/2,\n"
            << QStringLiteral("line 3: \"lon\" must be a number from -180 to 180");
        QTest::newRow("bearing out of range")
            << kHeader + good + "C2,two,30.5,114.3,400,60,rtsp://h/2,\n"
            << QStringLiteral("line 3: \"bearing_deg\" must be a number from 0 to 360");
        QTest::newRow("field of view zero")
            << kHeader + good + "C2,two,30.5,114.3,0,0,rtsp://h/2,\n"
            << QStringLiteral("line 3: \"fov_deg\" must be a number from 1 to 360");
        QTest::newRow("not a number: nan") << kHeader + good + "C2,two,nan,114.3,0,60,rtsp://h/2,\n"
                                           << QStringLiteral("line 3: \"lat\" must be a number");
        QTest::newRow("duplicate id") << kHeader + good + "C2,two,30.5,114.3,0,60,rtsp://h/2,\n" + good
                                      << QStringLiteral("line 4: duplicate id \"C1\" (first on line 2)");
        QTest::newRow("no stream") << kHeader + good + "C2,two,30.5,114.3,0,60,,\n"
                                   << QStringLiteral("line 3: \"main\" is empty");
        QTest::newRow("bad stream URL") << kHeader + "C2,two,30.5,114.3,0,60,rtsp://u:pw@h/ x y%zz,\n"
                                        << QStringLiteral("line 2: \"main\" is not a valid stream URL");
        QTest::newRow("bad transport") << QByteArray(
            "id,name,lat,lon,bearing_deg,fov_deg,main,transport\nC1,one,30.5,114.3,0,60,rtsp://h/1,sctp\n")
                                       << QStringLiteral("line 2: \"transport\" must be tcp or udp");
        QTest::newRow("bad crs") << QByteArray(
            "id,name,lat,lon,bearing_deg,fov_deg,main,crs\nC1,one,30.5,114.3,0,60,rtsp://h/1,BD-09\n")
                                 << QStringLiteral("line 2: \"crs\" must be WGS-84 or GCJ-02, not \"BD-09\"");
        QTest::newRow("unclosed quote") << kHeader + "C1,\"one,30.5,114.3,0,60,rtsp://h/1,\n"
                                        << QStringLiteral("line 2: a quoted field is not closed");
        QTest::newRow("line too long")
            << kHeader + "C1," + QByteArray(9000, 'x') + ",30.5,114.3,0,60,rtsp://h/1,\n"
            << QStringLiteral("line 2: longer than 8192 bytes");
    }

    void badLines()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parse(csv, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(!error.contains(u"pw"), qPrintable(error)); // never a password
    }

    void sizeLimit()
    {
        QByteArray csv = kHeader;
        for (int i = 0; i < 100; ++i)
            csv += "C" + QByteArray::number(i) + ",cam,30.5,114.3,0,60,rtsp://h/1,\n";
        QString error;
        QVERIFY(!parse(csv, &error, CameraRegisterCsv::Datum::Wgs84, nullptr, 1000));
        QVERIFY2(error.contains(u"larger than the limit of 1000 bytes"), qPrintable(error));
        // A file is refused by its size before it is read.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        QVERIFY(!CameraRegisterCsv::read(path, CameraRegisterCsv::Datum::Wgs84, &error, nullptr, {}, 1000));
        QVERIFY2(error.contains(u"more than the limit of 1000 bytes"), qPrintable(error));
        QVERIFY(CameraRegisterCsv::read(path, CameraRegisterCsv::Datum::Wgs84, &error));
        QVERIFY(!CameraRegisterCsv::read(
            dir.filePath(QStringLiteral("none.csv")), CameraRegisterCsv::Datum::Wgs84, &error));
        QCOMPARE(error, QStringLiteral("no such file"));
        QVERIFY(!CameraRegisterCsv::read(dir.path(), CameraRegisterCsv::Datum::Wgs84, &error));
        QCOMPARE(error, QStringLiteral("not a regular file"));
    }
};

QTEST_GUILESS_MAIN(TestCameraRegisterCsv)
#include "tst_camera_register_csv.moc"
