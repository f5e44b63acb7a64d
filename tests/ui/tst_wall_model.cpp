// The camera wall's model: layouts, putting cameras on tiles, "cameras near here", alarm
// pop-ups, tours and keyboard moves; and the --cameras file format.
#include "CameraFile.h"
#include "CameraFinder.h"
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "CameraRegister.h"
#include "WallModel.h"
#include "WorldState.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::wall;

namespace {

// JSON with single quotes, for legibility (moc does not read raw string literals well).
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

Event cameraEvent(const QString &id, double lat, double lon, float bearing, float fov = 60)
{
    return Event { 0, 1000, 1000, QStringLiteral("test"),
        CameraReported { id, QStringLiteral("Camera %1").arg(id), { lat, lon }, bearing, fov,
            QStringLiteral("sim://camera/%1").arg(id), {} } };
}

} // namespace

class TestWallModel : public QObject
{
    Q_OBJECT

private slots:
    void layoutsCoverTheirGrid_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("tiles");
        QTest::addColumn<int>("grid");
        QTest::newRow("1") << "1" << 1 << 1;
        QTest::newRow("2x2") << "2x2" << 4 << 2;
        QTest::newRow("3x3") << "3x3" << 9 << 3;
        QTest::newRow("4x4") << "4x4" << 16 << 4;
        QTest::newRow("5x5") << "5x5" << 25 << 5;
        QTest::newRow("6x6") << "6x6" << 36 << 6;
        QTest::newRow("1+5") << "1+5" << 6 << 3;
        QTest::newRow("1+7") << "1+7" << 8 << 4;
    }
    void layoutsCoverTheirGrid()
    {
        QFETCH(QString, layout);
        QFETCH(int, tiles);
        QFETCH(int, grid);
        int n = 0;
        const auto cells = WallModel::cellsOf(layout, &n);
        QCOMPARE(cells.size(), tiles);
        QCOMPARE(n, grid);
        // Every grid position belongs to exactly one tile.
        QList<int> covered(n * n, 0);
        for (const auto &c : cells) {
            for (int r = c.row; r < c.row + c.rowSpan; ++r) {
                for (int col = c.column; col < c.column + c.columnSpan; ++col)
                    ++covered[r * n + col];
            }
        }
        QCOMPARE(covered, QList<int>(n * n, 1));
    }

    void unknownLayoutIsRefused()
    {
        WallModel wall;
        wall.setLayout(QStringLiteral("7x7"));
        QCOMPARE(wall.layout(), QStringLiteral("2x2"));
        QVERIFY(WallModel::cellsOf(QStringLiteral("2x3")).isEmpty());
    }

    void fillsTilesWithCamerasAsTheyArrive()
    {
        WorldState world;
        WallModel wall;
        wall.setCameras(world.cameras());
        QCOMPARE(wall.cameraAt(0), QString());
        world.apply(cameraEvent(QStringLiteral("C1"), 30.5, 114.3, 0));
        world.apply(cameraEvent(QStringLiteral("C2"), 30.5, 114.3, 0));
        QCOMPARE(wall.cameraAt(0), QStringLiteral("C1"));
        QCOMPARE(wall.cameraAt(1), QStringLiteral("C2"));
        QCOMPARE(
            wall.data(wall.index(0), WallModel::MainUrlRole).toString(), QStringLiteral("sim://camera/C1"));
        QCOMPARE(wall.data(wall.index(0), WallModel::NameRole).toString(), QStringLiteral("Camera C1"));

        // An emptied tile stays empty; the free tiles show the cameras not on the wall, in order.
        wall.clearSlot(1);
        world.apply(cameraEvent(QStringLiteral("C3"), 30.5, 114.3, 0));
        QCOMPARE(wall.cameraAt(1), QString());
        QCOMPARE(wall.cameraAt(2), QStringLiteral("C2"));
        QCOMPARE(wall.cameraAt(3), QStringLiteral("C3"));

        // Dragging a camera that is already up onto another tile swaps the two.
        wall.assign(3, QStringLiteral("C1"));
        QCOMPARE(wall.cameraAt(3), QStringLiteral("C1"));
        QCOMPARE(wall.cameraAt(0), QStringLiteral("C3"));
        wall.assign(0, QStringLiteral("nope")); // unknown cameras are ignored
        QCOMPARE(wall.cameraAt(0), QStringLiteral("C3"));
    }

    void nearestCamerasPreferThoseThatSeeThePoint()
    {
        WorldState world;
        // The point is 100 m north of "near" (which looks south, away) and 250 m north of
        // "far" (which looks north, at it). "beyond" looks at it from 2 km.
        const double lat = 30.55, lon = 114.30;
        const double m = 1.0 / 111195.0;
        world.apply(cameraEvent(QStringLiteral("near"), lat - 100 * m, lon, 180));
        world.apply(cameraEvent(QStringLiteral("far"), lat - 250 * m, lon, 0));
        world.apply(cameraEvent(QStringLiteral("beyond"), lat - 2000 * m, lon, 0));
        const auto found = camerasNear(*world.cameras(), lat, lon, 3);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].cameraId, QStringLiteral("far"));
        QVERIFY(found[0].inView);
        QCOMPARE(found[1].cameraId, QStringLiteral("near"));
        QVERIFY(!found[1].inView);
        QVERIFY(!found[2].inView); // too far away to count as seeing it
        QVERIFY(std::abs(found[1].distanceM - 100) < 1);

        WallModel wall;
        wall.setCameras(world.cameras());
        wall.setLayout(QStringLiteral("1"));
        QCOMPARE(wall.showNear(lat, lon), 1);
        QCOMPARE(wall.cameraAt(0), QStringLiteral("far"));
        QCOMPARE(wall.camerasNear(lat, lon, 2).size(), 2);
    }

    void highPriorityAlertTakesTheReservedTiles()
    {
        WorldState world;
        for (int i = 0; i < 12; ++i)
            world.apply(
                cameraEvent(QStringLiteral("C%1").arg(i, 2, 10, QChar(u'0')), 30.50 + i * 0.01, 114.30, 0));
        WallModel wall;
        wall.setCameras(world.cameras());
        wall.setAlerts(world.alerts());
        wall.setLayout(QStringLiteral("3x3"));
        QCOMPARE(wall.reservedCount(), 3);
        QSignalSpy alarm(&wall, &WallModel::alarmChanged);

        // A medium alert does not pop up.
        world.apply(Event { 0, 2000, 2000, QStringLiteral("test"),
            AlertRaised {
                QStringLiteral("A0"), QStringLiteral("minor"), Severity::Medium, { 30.60, 114.30 } } });
        QCOMPARE(alarm.count(), 0);

        world.apply(Event { 0, 2000, 2000, QStringLiteral("test"),
            AlertRaised {
                QStringLiteral("A1"), QStringLiteral("Robbery"), Severity::High, { 30.60, 114.30 } } });
        QCOMPARE(alarm.count(), 1);
        QCOMPARE(wall.alarmText(), QStringLiteral("Robbery"));
        // The nearest cameras (C10 sits on the point, C09 and C11 1.1 km away) on tiles 6..8.
        QCOMPARE(wall.cameraAt(6), QStringLiteral("C10"));
        QSet<QString> others { wall.cameraAt(7), wall.cameraAt(8) };
        QCOMPARE(others, (QSet<QString> { QStringLiteral("C09"), QStringLiteral("C11") }));
        for (int slot = 6; slot < 9; ++slot) {
            QVERIFY(wall.data(wall.index(slot), WallModel::HighlightedRole).toBool());
            QVERIFY(wall.data(wall.index(slot), WallModel::ReservedRole).toBool());
        }
        QVERIFY(!wall.data(wall.index(0), WallModel::HighlightedRole).toBool());
        QCOMPARE(wall.cameraAt(0), QStringLiteral("C00")); // the rest of the wall is untouched

        wall.dismissAlarm();
        QVERIFY(!wall.data(wall.index(6), WallModel::HighlightedRole).toBool());
        QCOMPARE(wall.cameraAt(6), QStringLiteral("C10"));
    }

    void registerCamerasJoinTheWorldsOnTheWall()
    {
        // The world has one camera; the province's register (a real camera index) has two more
        // near it, one of which looks at the place.
        WorldState world;
        world.apply(cameraEvent(QStringLiteral("W1"), 30.6000, 114.3010, 0));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.cameras"));
        QString error;
        QVERIFY2(maps::CameraIndexBuilder::build(path,
                     { { 30.6002, 114.3000, 180, 60 }, { 30.6100, 114.3100, 0, 60 } }, &error, {},
                     { { QStringLiteral("R1"), QStringLiteral("Register one"),
                           QStringLiteral("rtsp://u:p@10.0.0.1/m"), QStringLiteral("rtsp://u:p@10.0.0.1/s"),
                           QStringLiteral("udp") },
                         { QStringLiteral("R2"), QStringLiteral("Register two"),
                             QStringLiteral("rtsp://10.0.0.2/m"), {}, {} } },
                     QStringLiteral("test")),
            qPrintable(error));
        CameraRegister reg;
        QVERIFY2(reg.open(path, &error), qPrintable(error));
        WallModel wall;
        wall.setCameras(world.cameras());
        wall.setCameraRegister(&reg);
        wall.setLayout(QStringLiteral("2x2"));
        // 22 m south of R1, which looks south: it sees the place; W1, 96 m east, looks north.
        QCOMPARE(wall.showNear(30.6000, 114.3000), 3);
        QCOMPARE(wall.cameraAt(0), QStringLiteral("R1"));
        QCOMPARE(wall.data(wall.index(0), WallModel::NameRole).toString(), QStringLiteral("Register one"));
        // The stream as the player takes it: with its password (used, never written down) and
        // the register's transport.
        QCOMPARE(wall.data(wall.index(0), WallModel::MainUrlRole).toString(),
            QStringLiteral("rtsp://u:p@10.0.0.1/m?udp"));
        QCOMPARE(wall.data(wall.index(0), WallModel::SubUrlRole).toString(),
            QStringLiteral("rtsp://u:p@10.0.0.1/s?udp"));
        // A register camera by its id, and the picker's filter over both.
        wall.assign(3, QStringLiteral("R2"));
        QCOMPARE(wall.cameraAt(3), QStringLiteral("R2"));
        wall.assign(3, QStringLiteral("nobody"));
        QCOMPARE(wall.cameraAt(3), QStringLiteral("R2"));
        const auto found = wall.findCameras(QStringLiteral("register t"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toMap().value(QStringLiteral("cameraId")).toString(), QStringLiteral("R2"));
        QCOMPARE(wall.findCameras(QStringLiteral("W1")).size(), 1);
    }

    void tourCyclesTheWall()
    {
        WorldState world;
        for (int i = 0; i < 6; ++i)
            world.apply(cameraEvent(QStringLiteral("T%1").arg(i), 30.5, 114.3, 0));
        WallModel wall;
        wall.setCameras(world.cameras());
        wall.setLayout(QStringLiteral("2x2"));
        wall.setTourDwellSeconds(2);
        wall.startTour({ QStringLiteral("T0"), QStringLiteral("T1"), QStringLiteral("T2"),
            QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T5") });
        QVERIFY(wall.touring());
        QCOMPARE(wall.cameraAt(0), QStringLiteral("T0"));
        QCOMPARE(wall.cameraAt(3), QStringLiteral("T3"));
        QTRY_COMPARE_WITH_TIMEOUT(wall.cameraAt(0), QStringLiteral("T4"), 3000);
        QCOMPARE(wall.cameraAt(1), QStringLiteral("T5"));
        QCOMPARE(wall.cameraAt(2), QStringLiteral("T0"));
        wall.stopTour();
        QVERIFY(!wall.touring());
    }

    void namedLayoutsAreSavedAndPutBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/wall-layouts.json"));
        WorldState world;
        for (int i = 0; i < 12; ++i)
            world.apply(cameraEvent(QStringLiteral("N%1").arg(i), 30.5, 114.3, 0));
        {
            WallModel wall;
            wall.setCameras(world.cameras());
            wall.setLayoutsPath(path);
            QCOMPARE(wall.savedLayouts(), QStringList());
            wall.setLayout(QStringLiteral("1+5"));
            wall.assign(0, QStringLiteral("N9"));
            wall.clearSlot(2);
            QVERIFY(wall.saveLayoutAs(QStringLiteral("Hankou station")));
            wall.setLayout(QStringLiteral("2x2"));
            wall.assign(0, QStringLiteral("N3"));
            QVERIFY(wall.saveLayoutAs(QStringLiteral("  Night shift ")));
            QVERIFY(!wall.saveLayoutAs(QStringLiteral("   "))); // a name is needed
            QCOMPARE(wall.savedLayouts(),
                (QStringList { QStringLiteral("Hankou station"), QStringLiteral("Night shift") }));
        }
        // Another session (a new model on the same file) puts a saved wall back exactly,
        // including the tile the dispatcher had emptied.
        WallModel wall;
        wall.setCameras(world.cameras());
        wall.setLayoutsPath(path);
        QCOMPARE(wall.savedLayouts().size(), 2);
        wall.setLayout(QStringLiteral("3x3"));
        QVERIFY(wall.applySavedLayout(QStringLiteral("Hankou station")));
        QCOMPARE(wall.layout(), QStringLiteral("1+5"));
        QCOMPARE(wall.cameraAt(0), QStringLiteral("N9"));
        QCOMPARE(wall.cameraAt(2), QString());
        QVERIFY(!wall.cameraAt(1).isEmpty());
        QVERIFY(!wall.applySavedLayout(QStringLiteral("no such layout")));
        QCOMPARE(wall.layout(), QStringLiteral("1+5"));
        QVERIFY(wall.applySavedLayout(QStringLiteral("Night shift")));
        QCOMPARE(wall.layout(), QStringLiteral("2x2"));
        QCOMPARE(wall.cameraAt(0), QStringLiteral("N3"));
        // Saving under an existing name replaces it; removing forgets it.
        wall.assign(0, QStringLiteral("N7"));
        QVERIFY(wall.saveLayoutAs(QStringLiteral("Night shift")));
        QCOMPARE(wall.savedLayouts().size(), 2);
        QVERIFY(wall.removeSavedLayout(QStringLiteral("Hankou station")));
        WallModel again;
        again.setCameras(world.cameras());
        again.setLayoutsPath(path);
        QCOMPARE(again.savedLayouts(), QStringList { QStringLiteral("Night shift") });
        QVERIFY(again.applySavedLayout(QStringLiteral("Night shift")));
        QCOMPARE(again.cameraAt(0), QStringLiteral("N7"));
    }

    void damagedLayoutsFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wall-layouts.json"));
        const QByteArray damaged = "{\"kind\": \"watchfloor-wall-layouts\", \"layouts\": [";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged);
        }
        WorldState world;
        world.apply(cameraEvent(QStringLiteral("D1"), 30.5, 114.3, 0));
        WallModel wall;
        wall.setCameras(world.cameras());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wall layouts: .*not JSON")));
        wall.setLayoutsPath(path);
        QVERIFY(wall.savedLayoutsError().contains(QStringLiteral("not JSON")));
        QVERIFY(!wall.saveLayoutAs(QStringLiteral("mine")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged); // not a byte changed
        QCOMPARE(wall.cameraAt(0), QStringLiteral("D1")); // and the wall works on
    }

    void keyboardMovesOverLargeAndSmallTiles()
    {
        WallModel wall;
        wall.setLayout(QStringLiteral("1+5"));
        QCOMPARE(wall.currentSlot(), 0);
        wall.moveCurrent(1, 0); // right of the large tile: the first small one
        QCOMPARE(wall.currentSlot(), 1);
        wall.moveCurrent(0, 1);
        QCOMPARE(wall.currentSlot(), 2);
        wall.moveCurrent(0, 1);
        QCOMPARE(wall.currentSlot(), 5);
        wall.moveCurrent(-1, 0);
        QCOMPARE(wall.currentSlot(), 4);
        wall.moveCurrent(0, -1); // up into the large tile
        QCOMPARE(wall.currentSlot(), 0);
        wall.toggleMaximised(0);
        QCOMPARE(wall.maximisedSlot(), 0);
        wall.moveCurrent(1, 0); // moving while maximised maximises the next tile
        QCOMPARE(wall.maximisedSlot(), 1);
        wall.toggleMaximised(1);
        QCOMPARE(wall.maximisedSlot(), -1);
    }

    void cameraFileIsParsed()
    {
        const QByteArray json
            = q("[\n            {'id': 'K1', 'name': 'Gate', 'lat': 30.5, 'lon': 114.3, 'bearing_deg': 90, "
                "'fov_deg': 70,\n             'main': 'rtsp://10.0.0.1/main', 'sub': 'rtsp://10.0.0.1/sub', "
                "'transport': 'tcp', 'note': 'kept'},\n            {'id': 'K2', 'name': 'Hall', 'lat': 30.6, "
                "'lon': 114.4, 'bearing_deg': 0, 'fov_deg': 50,\n             'main': "
                "'http://10.0.0.2/live.m3u8'}\n        ]");
        QString error;
        const auto cameras = parseCameraJson(json, &error);
        QVERIFY2(cameras, qPrintable(error));
        QCOMPARE(cameras->size(), 2);
        QCOMPARE(cameras->at(0).cameraId, QStringLiteral("K1"));
        QCOMPARE(cameras->at(0).mainUrl, QStringLiteral("rtsp://10.0.0.1/main?tcp"));
        QCOMPARE(cameras->at(0).subUrl, QStringLiteral("rtsp://10.0.0.1/sub?tcp"));
        QCOMPARE(cameras->at(0).bearingDeg, 90.f);
        QCOMPARE(cameras->at(1).subUrl, QString());
        QCOMPARE(cameras->at(1).position.lat, 30.6);
    }

    void inPlaybackATileShowsTheRecordingNeverTheLiveStream()
    {
        WorldState world;
        WallModel wall;
        wall.setCameras(world.cameras());
        const auto site = [](const QString &id) {
            return Event { 0, 1000, 1000, QStringLiteral("config"),
                CameraReported { id, id, { 30.5, 114.3 }, 0, 60,
                    QStringLiteral("rtsp://10.0.0.1/%1/main").arg(id),
                    QStringLiteral("rtsp://10.0.0.1/%1/sub").arg(id) } };
        };
        world.apply(site(QStringLiteral("GATE-1")));
        world.apply(site(QStringLiteral("GATE-2")));
        world.apply(cameraEvent(QStringLiteral("SIM-1"), 30.5, 114.3, 0));
        const auto url = [&](const QString &id, WallModel::Role role) {
            for (int i = 0; i < wall.count(); ++i) {
                if (wall.cameraAt(i) == id)
                    return wall.data(wall.index(i), role).toString();
            }
            return QStringLiteral("(not on the wall)");
        };
        QCOMPARE(url(QStringLiteral("GATE-1"), WallModel::MainUrlRole),
            QStringLiteral("rtsp://10.0.0.1/GATE-1/main"));
        QSignalSpy changed(&wall, &WallModel::dataChanged);
        wall.setRecordings({ { QStringLiteral("GATE-1"), QStringLiteral("http://nvr/{id}/index.m3u8") } });
        wall.setPlayback(true);
        QVERIFY(changed.size() >= 1); // the tiles change their source
        QCOMPARE(url(QStringLiteral("GATE-1"), WallModel::MainUrlRole),
            QStringLiteral("http://nvr/{id}/index.m3u8"));
        QCOMPARE(url(QStringLiteral("GATE-1"), WallModel::SubUrlRole), QString());
        // No address: nothing to play (the tile says so), rather than today's live picture.
        QCOMPARE(url(QStringLiteral("GATE-2"), WallModel::MainUrlRole), QString());
        QCOMPARE(url(QStringLiteral("GATE-2"), WallModel::SubUrlRole), QString());
        // A training camera is drawn again for the playback's moment.
        QCOMPARE(url(QStringLiteral("SIM-1"), WallModel::MainUrlRole), QStringLiteral("sim://camera/SIM-1"));
    }

    void aCameraFileSaysWhereEachCameraIsRecorded()
    {
        const QByteArray json
            = q("[{'id': 'K1', 'name': 'Gate', 'lat': 30.5, 'lon': 114.3, 'bearing_deg': 90, "
                "'fov_deg': 70, 'main': 'rtsp://10.0.0.1/main', 'transport': 'tcp', "
                "'playback': 'rtsp://10.0.0.9/tracks/{id}?starttime={start}'},\n"
                " {'id': 'K2', 'name': 'Hall', 'lat': 30.6, 'lon': 114.4, 'bearing_deg': 0, "
                "'fov_deg': 50, 'main': 'rtsp://10.0.0.2/main'}]");
        QString error;
        QHash<QString, QString> recordings;
        QVERIFY2(parseCameraJson(json, &error, &recordings), qPrintable(error));
        // The camera's transport goes for its recordings too; a camera without one has none.
        QCOMPARE(recordings.size(), 1);
        QCOMPARE(recordings.value(QStringLiteral("K1")),
            QStringLiteral("rtsp://10.0.0.9/tracks/{id}?starttime={start}&tcp"));
    }

    void badCameraFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = q("'id': 'K1', 'name': 'Gate', 'lat': 30.5, 'lon': 114.3, 'bearing_deg': 90, "
                                "'fov_deg': 70, 'main': 'rtsp://x/y'");
        QTest::newRow("syntax") << QByteArray("[\n{\"id\": \"K1\",\n}\n]") << "line 3";
        QTest::newRow("not an array") << QByteArray("{}") << "JSON array";
        QTest::newRow("missing main") << QByteArray(
            q("[{'id': 'K1', 'name': 'G', 'lat': 1, 'lon': 1, 'bearing_deg': 1, 'fov_deg': 1}]"))
                                      << "camera 1: missing \"main\"";
        QTest::newRow("latitude") << QByteArray(q(
            "[{'id': 'K1', 'name': 'G', 'lat': 91, 'lon': 1, 'bearing_deg': 1, 'fov_deg': 1, 'main': 'a'}]"))
                                  << "\"lat\" must be a number";
        QTest::newRow("lat as text") << QByteArray(q("[{'id': 'K1', 'name': 'G', 'lat': '30', 'lon': 1, "
                                                     "'bearing_deg': 1, 'fov_deg': 1, 'main': 'a'}]"))
                                     << "\"lat\" must be a number";
        QTest::newRow("duplicate") << "[{" + ok + "}, {" + ok + "}]" << "camera 2: duplicate id";
        QTest::newRow("transport") << "[{" + ok + q(", 'transport': 'sctp'}]") << "\"transport\"";
        QTest::newRow("recording placeholder")
            << "[{" + ok + q(", 'playback': 'rtsp://nvr/{id}?from={begin}'}]")
            << "unknown placeholder {begin}";
        QTest::newRow("recording not a URL")
            << "[{" + ok + q(", 'playback': 'recordings/{id}.m3u8'}]") << "\"playback\": not a URL";
    }
    void badCameraFilesAreRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseCameraJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_MAIN(TestWallModel)
#include "tst_wall_model.moc"
