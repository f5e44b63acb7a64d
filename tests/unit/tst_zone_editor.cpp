// A supervisor's edits of the response zones: saved as GeoJSON that reads back as the same
// zones, taking effect at once, audited; anyone else's edit, or a broken shape, changes nothing.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"
#include "ZoneEditor.h"

#include <QFile>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;

namespace {

QByteArray square(const char *cls, const char *name, double lat, double lon, double half)
{
    return QStringLiteral(
        R"({"type":"Feature","properties":{"class":"%1","name":"%2"},"geometry":{"type":"Polygon",)"
        R"("coordinates":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],[%3,%4]]]}})")
        .arg(QLatin1String(cls), QLatin1String(name))
        .arg(lon - half)
        .arg(lat - half)
        .arg(lon + half)
        .arg(lat + half)
        .toUtf8();
}

std::optional<maps::ZoneLayer> twoZones()
{
    QString error;
    auto layer = maps::ZoneLayer::fromBytes("{\"type\":\"FeatureCollection\",\"features\":["
            + square("urban", "city", 30.6, 114.3, 0.2) + ","
            + square("key_site", "station", 30.61, 114.31, 0.005) + "]}",
        QStringLiteral("zones.geojson"), &error);
    if (!layer)
        qFatal("%s", qPrintable(error));
    return layer;
}

// Draws a ring with the editor's polygon tool, as the map does, and finishes it.
void draw(ZoneEditor &editor, const QList<QGeoCoordinate> &corners)
{
    editor.drawing()->begin(CordonEditor::Tool::Polygon);
    for (const auto &c : corners)
        editor.drawing()->addPoint(c.latitude(), c.longitude());
    editor.drawing()->finish();
}

struct Desk
{
    EventBus bus;
    WorldState world;
    ConnectorHost host { &bus, true };
    int audited = 0;
    int refused = 0;
    Desk()
    {
        QObject::connect(&bus, &EventBus::published, &world, [this](const Event &e) {
            world.apply(e);
            if (const auto *a = std::get_if<OperatorAction>(&e.payload)) {
                audited += a->action == u"zone_edit";
                refused += a->action == u"refused";
            }
        });
    }
};

} // namespace

class TestZoneEditor : public QObject
{
    Q_OBJECT
private slots:
    void aSupervisorAddsChangesAndRemovesZones()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zones/edited.geojson"));
        Desk desk;
        Dispatch dispatch(
            &desk.bus, &desk.host, &desk.world, QStringLiteral("sup"), Dispatch::Role::Supervisor);
        ResponseZoneModel zones(twoZones(), {});
        ZoneEditor editor(&zones, &dispatch, path);
        QVERIFY(editor.canEdit());
        QCOMPARE(zones.zoneAt(30.9, 114.9), ResponseZoneModel::NoZone);

        // A new key site drawn outside the city.
        draw(editor, { { 30.89, 114.89 }, { 30.89, 114.91 }, { 30.91, 114.91 }, { 30.91, 114.89 } });
        QVERIFY(editor.hasDrawn());
        QSignalSpy changed(&zones, &ResponseZoneModel::layerChanged);
        QVERIFY2(editor.addDrawn(ResponseZoneModel::KeySite, QStringLiteral("新车站广场")),
            qPrintable(editor.lastError()));
        QVERIFY(!editor.hasDrawn());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(zones.zoneCount(), 3);
        QCOMPARE(zones.zoneAt(30.9, 114.9), ResponseZoneModel::KeySite);
        QCOMPARE(zones.targetSeconds(zones.zoneAt(30.9, 114.9)), 60);
        // On disk, read back as any zone file: the same three zones, the name intact.
        QString error;
        auto saved = maps::ZoneLayer::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->zones().size(), std::size_t(3));
        QCOMPARE(saved->zones()[2].name, QStringLiteral("新车站广场"));
        QCOMPARE(saved->zoneAt({ 30.9, 114.9 }), maps::ResponseZone::KeySite);

        // The city becomes central urban, then the station is removed.
        QVERIFY(editor.setZoneKind(0, ResponseZoneModel::Central));
        QCOMPARE(zones.zoneAt(30.7, 114.4), ResponseZoneModel::Central);
        QVERIFY(editor.removeZone(1));
        QCOMPARE(zones.zoneCount(), 2);
        QCOMPARE(zones.zoneAt(30.61, 114.31), ResponseZoneModel::Central);
        saved = maps::ZoneLayer::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->zones().size(), std::size_t(2));
        QCOMPARE(desk.audited, 3);
        QCOMPARE(desk.refused, 0);
    }

    void aDispatcherCannotEditAndNothingChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.geojson"));
        Desk desk;
        Dispatch dispatch(
            &desk.bus, &desk.host, &desk.world, QStringLiteral("op"), Dispatch::Role::Dispatcher);
        ResponseZoneModel zones(twoZones(), {});
        ZoneEditor editor(&zones, &dispatch, path);
        QVERIFY(!editor.canEdit());
        QVERIFY(!editor.removeZone(0));
        QVERIFY(editor.lastError().contains(QStringLiteral("supervisor")));
        QCOMPARE(zones.zoneCount(), 2);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(desk.refused, 1);
    }

    void badEditsAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.geojson"));
        Desk desk;
        Dispatch dispatch(
            &desk.bus, &desk.host, &desk.world, QStringLiteral("sup"), Dispatch::Role::Supervisor);
        ResponseZoneModel zones(twoZones(), {});
        ZoneEditor editor(&zones, &dispatch, path);
        // Nothing drawn, no name, no class, no such zone: each says so.
        QVERIFY(!editor.addDrawn(ResponseZoneModel::Urban, QStringLiteral("x")));
        QVERIFY(!editor.lastError().isEmpty());
        draw(editor, { { 30.89, 114.89 }, { 30.89, 114.91 }, { 30.91, 114.91 } });
        QVERIFY(!editor.addDrawn(ResponseZoneModel::Urban, QStringLiteral("   ")));
        QVERIFY(!editor.addDrawn(ResponseZoneModel::NoZone, QStringLiteral("x")));
        QVERIFY(!editor.setZoneKind(7, ResponseZoneModel::Urban));
        QVERIFY(!editor.removeZone(-1));
        QCOMPARE(zones.zoneCount(), 2);
        QVERIFY(!QFile::exists(path));
        // A file that cannot be written (its folder is a file): refused, the zones unchanged.
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ZoneEditor stuck(&zones, &dispatch, dir.filePath(QStringLiteral("blocked/zones.geojson")));
        QVERIFY(!stuck.setZoneKind(0, ResponseZoneModel::Central));
        QVERIFY(!stuck.lastError().isEmpty());
        QCOMPARE(zones.zoneAt(30.7, 114.4), ResponseZoneModel::Urban);
    }
};

QTEST_GUILESS_MAIN(TestZoneEditor)
#include "tst_zone_editor.moc"
