// The statistics panel's model: it follows the world (a moment after incidents and orders
// change), reads districts from the base map, and exports the CSV to a path or a file URL,
// saying in words why it cannot.
#include "ResponseZoneModel.h"
#include "ShiftStatisticsModel.h"
#include "WorldState.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace wf;

namespace {

void put(WorldState &world, qint64 atMs, EventPayload p)
{
    Event e;
    e.source = QStringLiteral("test");
    e.sourceTimeMs = atMs;
    e.payload = std::move(p);
    world.apply(e);
}

std::optional<maps::ZoneLayer> trainingZones()
{
    QString error;
    auto layer = maps::ZoneLayer::load(
        QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/zones/hubei-response-zones.geojson"), &error);
    if (!layer)
        qFatal("zones: %s", qPrintable(error));
    return layer;
}

} // namespace

class TestShiftStatisticsModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheWorldAndExports()
    {
        WorldState world;
        ResponseZoneModel zones(trainingZones(), {});
        ShiftStatisticsModel model;
        model.setBoundaryFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"));
        model.setWorld(&world);
        model.setZones(&zones);
        model.refresh();
        QCOMPARE(model.incidents(), 0);
        QCOMPARE(model.arrivals(), 0);
        QCOMPARE(model.classes().size(), 4); // every class, empty: what the empty state shows

        const qint64 t0 = 1'717'200'000'000;
        put(world, t0,
            UnitReported { QStringLiteral("U1"), QStringLiteral("鄂A-01"), UnitKind::PatrolCar,
                UnitStatus::Available, { 30.6, 114.3 }, 0 });
        put(world, t0,
            IncidentReported {
                QStringLiteral("I1"), QStringLiteral("theft"), {}, Severity::High, { 30.59, 114.30 } });
        put(world, t0 + 1000,
            OrderIssued { QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"),
                { 30.59, 114.30 }, QStringLiteral("I1"), {} });
        put(world, t0 + 150'000, OrderStateChanged { QStringLiteral("O1"), OrderState::OnScene, {} });
        // Recomputed by itself shortly after the change.
        QTRY_COMPARE(model.arrivals(), 1);
        QCOMPARE(model.incidents(), 1);
        QVERIFY(model.districtProblem().isEmpty());
        QCOMPARE(model.districts().size(), 1);
        QVERIFY(!model.districts().front().toMap().value(QStringLiteral("label")).toString().isEmpty());
        const auto unit = model.units().front().toMap();
        QCOMPARE(unit.value(QStringLiteral("label")).toString(), QStringLiteral("鄂A-01"));
        QCOMPARE(unit.value(QStringLiteral("median")).toDouble(), 150.0);
        QCOMPARE(model.overall().value(QStringLiteral("reached")).toInt(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shift.csv"));
        QCOMPARE(model.exportCsv(QUrl::fromLocalFile(path).toString()), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("I1,theft,"));
        QVERIFY(csv.contains(",150.0,"));
        // Times in the centre's zone: 08:00:00 China time.
        QVERIFY(csv.contains("2024-06-01 08:00:00"));
        model.setUtcOffsetMinutes(0);
        QCOMPARE(model.exportCsv(path), QString());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("2024-06-01 00:00:00"));
    }

    void exportSaysWhyItCannot()
    {
        WorldState world;
        ShiftStatisticsModel model;
        model.setWorld(&world);
        QTemporaryDir dir;
        QVERIFY(model.exportCsv({}).contains(QStringLiteral("Choose a file")));
        QVERIFY(model.exportCsv(dir.path()).contains(QStringLiteral("is a folder")));
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/shift.csv"));
        QVERIFY(model.exportCsv(missing).contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(model.exportCsv(QStringLiteral("https://example.org/shift.csv"))
                .contains(QStringLiteral("not to https")));
    }

    void badBoundariesAreSaidNotFatal()
    {
        WorldState world;
        ShiftStatisticsModel model;
        QTemporaryDir dir;
        model.setBoundaryFolder(dir.path());
        model.setWorld(&world);
        put(world, 1'000,
            IncidentReported {
                QStringLiteral("I1"), QStringLiteral("theft"), {}, Severity::High, { 30.59, 114.30 } });
        model.refresh();
        QCOMPARE(model.incidents(), 1);
        QVERIFY(model.districtProblem().contains(QStringLiteral("Districts not available")));
    }
};

QTEST_GUILESS_MAIN(TestShiftStatisticsModel)
#include "tst_shift_statistics_model.moc"
