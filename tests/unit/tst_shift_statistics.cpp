// Shift statistics from hand-built events: the response time is the world time from an
// incident's creation to its first unit on scene; shares within target per response class (an
// incident nobody reached counts against its class, open or closed), medians and 90th
// percentiles by the training report's rule, per unit and per district; and the CSV a
// spreadsheet opens.
#include "BoundaryCatalog.h"
#include "ShiftStatistics.h"
#include "WorldState.h"

#include <QTest>

using namespace wf;
using maps::ResponseZone;

namespace {

constexpr qint64 kT0 = 1'717'200'000'000; // 2024-06-01 08:00:00 China time

QByteArray square(const char *cls, double lat, double lon, double half)
{
    return QStringLiteral(
        R"({"type":"Feature","properties":{"class":"%1","name":"%1"},"geometry":{"type":"Polygon",)"
        R"("coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
        .arg(QLatin1String(cls))
        .arg(lon - half)
        .arg(lat - half)
        .arg(lon + half)
        .arg(lat + half)
        .toUtf8();
}

// Urban around (30.6, 114.3), central inside it, a key site inside that.
maps::ZoneLayer zones()
{
    QString error;
    auto layer = maps::ZoneLayer::fromBytes("{\"type\":\"FeatureCollection\",\"features\":["
            + square("urban", 30.6, 114.3, 0.2) + ',' + square("central", 30.6, 114.3, 0.05) + ','
            + square("key_site", 30.61, 114.31, 0.005) + "]}",
        QStringLiteral("zones.geojson"), &error);
    if (!layer)
        qFatal("zones: %s", qPrintable(error));
    return std::move(*layer);
}

const GeoPoint kKeySite { 30.61, 114.31 };
const GeoPoint kCentral { 30.58, 114.28 };
const GeoPoint kUrban { 30.7, 114.4 };
const GeoPoint kNowhere { 31.5, 112.0 };

// A world fed with events at given world times.
struct Shift
{
    WorldState world;
    int nextOrder = 1;

    void put(qint64 atMs, EventPayload p)
    {
        Event e;
        e.source = QStringLiteral("test");
        e.sourceTimeMs = atMs;
        e.payload = std::move(p);
        world.apply(e);
    }
    void unit(const QString &id)
    {
        put(kT0,
            UnitReported { id, id + QStringLiteral("-call"), UnitKind::PatrolCar, UnitStatus::Available,
                { 30.6, 114.3 }, 0 });
    }
    void incident(
        const QString &id, GeoPoint at, qint64 createdS, const QString &type = QStringLiteral("theft"))
    {
        put(kT0 + createdS * 1000, IncidentReported { id, type, {}, Severity::High, at });
    }
    // A unit sent to the incident, on scene after arriveS seconds from kT0 (0: never).
    QString send(const QString &unitId, const QString &incidentId, qint64 sentS, qint64 arriveS,
        const QString &task = QStringLiteral("respond"))
    {
        const QString orderId = QStringLiteral("O%1").arg(nextOrder++);
        put(kT0 + sentS * 1000, OrderIssued { orderId, unitId, task, { 30.6, 114.3 }, incidentId, {} });
        put(kT0 + sentS * 1000 + 500, OrderStateChanged { orderId, OrderState::Acknowledged, {} });
        if (arriveS > 0)
            put(kT0 + arriveS * 1000, OrderStateChanged { orderId, OrderState::OnScene, {} });
        return orderId;
    }
};

} // namespace

class TestShiftStatistics : public QObject
{
    Q_OBJECT
private slots:
    void sharesPerClass_countWhatNobodyReached()
    {
        const auto layer = zones();
        Shift s;
        for (const char *u : { "A", "B", "C" })
            s.unit(QString::fromLatin1(u));
        s.incident(QStringLiteral("K1"), kKeySite, 0);
        s.send(QStringLiteral("A"), QStringLiteral("K1"), 5, 50); // 50 s: within 1 min
        s.send(QStringLiteral("B"), QStringLiteral("K1"), 6, 80); // support, later
        s.incident(QStringLiteral("K2"), kKeySite, 100);
        s.send(QStringLiteral("C"), QStringLiteral("K2"), 110, 170); // 70 s: late
        s.incident(QStringLiteral("C1"), kCentral, 200);
        s.send(QStringLiteral("A"), QStringLiteral("C1"), 210, 380); // 180 s: exactly the target
        s.incident(QStringLiteral("C2"), kCentral, 300); // still open, nobody sent
        s.incident(QStringLiteral("C3"), kCentral, 310);
        s.send(QStringLiteral("B"), QStringLiteral("C3"), 320, 0); // sent, never arrived...
        s.put(kT0 + 900'000, IncidentStageChanged { QStringLiteral("C3"), IncidentStage::Resolved, {} });
        s.incident(QStringLiteral("U1"), kUrban, 400);
        s.send(QStringLiteral("C"), QStringLiteral("U1"), 401, 800); // 400 s against 5 min: late
        s.incident(QStringLiteral("N1"), kNowhere, 500);
        s.send(QStringLiteral("A"), QStringLiteral("N1"), 501, 1100); // 600 s, no target there

        const auto stats = ShiftStatistics::compute(s.world, ShiftStatistics::placeLookup(&layer, nullptr));
        QCOMPARE(stats.incidents().size(), std::size_t(7));

        const auto &key = stats.forClass(ResponseZone::KeySite);
        QCOMPARE(key.incidents, 2);
        QCOMPARE(key.reached, 2);
        QCOMPARE(key.withinTarget, 1);
        QCOMPARE(*key.withinPercent(), 50.0);
        QCOMPARE(*key.medianSeconds, 70.0); // of 50 and 70 (the first units only)
        QCOMPARE(*key.p90Seconds, 70.0);

        const auto &central = stats.forClass(ResponseZone::Central);
        QCOMPARE(central.incidents, 3);
        QCOMPARE(central.reached, 1);
        QCOMPARE(central.withinTarget, 1); // on the target is within it
        QCOMPARE(central.targeted, 3);
        QCOMPARE(*central.medianSeconds, 180.0);

        const auto &urban = stats.forClass(ResponseZone::Urban);
        QCOMPARE(urban.incidents, 1);
        QCOMPARE(urban.withinTarget, 0);
        QCOMPARE(*urban.withinPercent(), 0.0);

        const auto &none = stats.forClass(ResponseZone::None);
        QCOMPARE(none.incidents, 1);
        QCOMPARE(none.targeted, 0);
        QVERIFY(!none.withinPercent()); // no target, no share
        QCOMPARE(*none.medianSeconds, 600.0);

        QCOMPARE(stats.overall().incidents, 7);
        QCOMPARE(stats.arrivals(), 5);
        QCOMPARE(stats.overall().withinTarget, 2);
        QCOMPARE(stats.overall().targeted, 6);

        auto outcome = [&](const QString &id) {
            for (const auto &r : stats.incidents()) {
                if (r.incidentId == id)
                    return r.outcome;
            }
            return ShiftStatistics::Outcome::Reached;
        };
        QCOMPARE(outcome(QStringLiteral("K1")), ShiftStatistics::Outcome::WithinTarget);
        QCOMPARE(outcome(QStringLiteral("K2")), ShiftStatistics::Outcome::Late);
        QCOMPARE(outcome(QStringLiteral("C2")), ShiftStatistics::Outcome::Open);
        QCOMPARE(outcome(QStringLiteral("C3")), ShiftStatistics::Outcome::NeverReached);
        QCOMPARE(outcome(QStringLiteral("N1")), ShiftStatistics::Outcome::Reached);
        QCOMPARE(stats.incidents().front().firstUnitId, QStringLiteral("A"));
    }

    void perUnit_timesEachUnitsOwnArrival()
    {
        const auto layer = zones();
        Shift s;
        s.unit(QStringLiteral("A"));
        s.unit(QStringLiteral("B"));
        s.incident(QStringLiteral("K1"), kKeySite, 0);
        s.send(QStringLiteral("A"), QStringLiteral("K1"), 5, 50);
        s.send(QStringLiteral("B"), QStringLiteral("K1"), 6, 80);
        s.incident(QStringLiteral("C1"), kCentral, 100);
        s.send(QStringLiteral("B"), QStringLiteral("C1"), 101, 200);
        s.incident(QStringLiteral("C2"), kCentral, 300);
        s.send(QStringLiteral("B"), QStringLiteral("C2"), 301, 0);
        // A lookout is no response: it neither counts for the unit nor reaches the scene.
        s.send(QStringLiteral("A"), QStringLiteral("C2"), 302, 0, QStringLiteral("lookout"));

        const auto stats = ShiftStatistics::compute(s.world, ShiftStatistics::placeLookup(&layer, nullptr));
        QCOMPARE(stats.perUnit().size(), std::size_t(2));
        const auto &a = stats.perUnit()[0];
        QCOMPARE(a.key, QStringLiteral("A"));
        QCOMPARE(a.label, QStringLiteral("A-call"));
        QCOMPARE(a.incidents, 1);
        QCOMPARE(a.reached, 1);
        QCOMPARE(a.firstOnScene, 1);
        QCOMPARE(a.withinTarget, 1);
        const auto &b = stats.perUnit()[1];
        QCOMPARE(b.incidents, 3);
        QCOMPARE(b.reached, 2);
        QCOMPARE(b.firstOnScene, 1);
        QCOMPARE(b.withinTarget, 1); // 80 s at the key site is late, 100 s in the centre is not
        QCOMPARE(*b.medianSeconds, 100.0);
        QCOMPARE(stats.forClass(ResponseZone::Central).reached, 1);
    }

    void perDistrict_fromTheBaseMapsBoundaries()
    {
        maps::BoundaryCatalog catalog;
        QString error;
        QVERIFY2(catalog.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
        Shift s;
        s.unit(QStringLiteral("A"));
        s.incident(QStringLiteral("W1"), { 30.6, 114.3 }, 0); // central Wuhan
        s.send(QStringLiteral("A"), QStringLiteral("W1"), 1, 120);
        s.incident(QStringLiteral("W2"), { 30.6005, 114.3005 }, 10);
        s.incident(QStringLiteral("X1"), { 40.0, 116.4 }, 20); // Beijing: outside the province
        const auto stats = ShiftStatistics::compute(s.world, ShiftStatistics::placeLookup(nullptr, &catalog));
        QCOMPARE(stats.perDistrict().size(), std::size_t(2));
        const auto &wuhan = stats.perDistrict().front();
        const auto expected = catalog.around({ 30.6, 114.3 }).back()->name;
        QCOMPARE(wuhan.key, expected);
        QCOMPARE(wuhan.label, expected);
        QCOMPARE(wuhan.incidents, 2);
        QCOMPARE(wuhan.reached, 1);
        QCOMPARE(*wuhan.medianSeconds, 120.0);
        // Without zones nothing has a target.
        QCOMPARE(wuhan.targeted, 0);
        const auto &outside = stats.perDistrict().back();
        QVERIFY(outside.key.isEmpty());
        QCOMPARE(outside.label, QStringLiteral("outside the districts"));
        QCOMPARE(outside.incidents, 1);
        QCOMPARE(outside.reached, 0);
        // English names where the base map has them.
        const auto english = ShiftStatistics::compute(
            s.world, ShiftStatistics::placeLookup(nullptr, &catalog), /*chinese=*/false);
        const auto *feature = catalog.around({ 30.6, 114.3 }).back();
        QCOMPARE(
            english.perDistrict().front().label, feature->nameEn.isEmpty() ? feature->name : feature->nameEn);
    }

    void anEmptyShift_hasNoFigures()
    {
        Shift s;
        const auto stats = ShiftStatistics::compute(s.world, {});
        QCOMPARE(stats.arrivals(), 0);
        QCOMPARE(stats.perClass().size(), std::size_t(4));
        for (const auto &c : stats.perClass()) {
            QCOMPARE(c.incidents, 0);
            QVERIFY(!c.medianSeconds);
            QVERIFY(!c.withinPercent());
        }
        QVERIFY(stats.perUnit().empty());
        QVERIFY(stats.perDistrict().empty());
    }

    void csv_opensInASpreadsheet()
    {
        const auto layer = zones();
        Shift s;
        s.unit(QStringLiteral("A"));
        s.incident(QStringLiteral("K1"), kKeySite, 0, QStringLiteral("=HYPERLINK(\"x\")"));
        s.send(QStringLiteral("A"), QStringLiteral("K1"), 5, 50);
        s.incident(QStringLiteral("C1"), kCentral, 100, QStringLiteral("fight, with knives"));
        const QByteArray csv
            = ShiftStatistics::compute(s.world, ShiftStatistics::placeLookup(&layer, nullptr))
                  .csv(8 * 3600, true);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // the byte order mark Excel reads UTF-8 by
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QVERIFY(
            lines[0].startsWith(QStringLiteral("incident,type,response class,target (s),district,created")));
        // Rows per incident, oldest first, on the centre's clock (08:00:00 China time).
        QCOMPARE(lines[1],
            QStringLiteral("K1,\"'=HYPERLINK(\"\"x\"\")\",key site (1 min),60,outside the districts,"
                           "2024-06-01 08:00:00,2024-06-01 08:00:50,A,50.0,within target"));
        QCOMPARE(lines[2],
            QStringLiteral("C1,\"fight, with knives\",central urban (3 min),180,outside the districts,"
                           "2024-06-01 08:01:40,,,,\"not reached, open\""));
        // A blank line, then the summaries: the shift, the classes, districts, units.
        QVERIFY(lines[3].isEmpty());
        QVERIFY(lines[4].startsWith(QStringLiteral("summary,name,incidents,arrivals")));
        QCOMPARE(lines[5], QStringLiteral("shift,all incidents,2,1,2,1,50.0,50.0,50.0,"));
        QCOMPARE(lines[6], QStringLiteral("class,key site (1 min),1,1,1,1,100.0,50.0,50.0,"));
        QCOMPARE(lines[7], QStringLiteral("class,central urban (3 min),1,0,1,0,0.0,,,"));
        QVERIFY(lines.contains(QStringLiteral("unit,A-call,1,1,1,1,100.0,50.0,50.0,1")));
    }
};

QTEST_GUILESS_MAIN(TestShiftStatistics)
#include "tst_shift_statistics.moc"
