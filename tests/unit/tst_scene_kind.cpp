// Which scene a training camera films, from what it looks at: its site, its name, the road in
// front of it. The names are the training world's (Chinese) and a site register's (English).
#include "SceneKind.h"

#include <QTest>

using namespace wf;
using namespace wf::wall;

Q_DECLARE_METATYPE(wf::wall::SceneKind)
Q_DECLARE_METATYPE(wf::wall::CameraPlace)

namespace {

CameraPlace site(SiteKind kind, const QString &name, std::optional<maps::RoadClass> road = std::nullopt)
{
    return { name + QStringLiteral(" 01"), kind, name, road };
}

} // namespace

class TestSceneKind : public QObject
{
    Q_OBJECT

private slots:
    void sceneFor_data()
    {
        QTest::addColumn<CameraPlace>("place");
        QTest::addColumn<SceneKind>("kind");
        QTest::newRow("smart checkpoint") << site(SiteKind::SmartCheckpoint, QStringLiteral("G316 智能卡口"),
            maps::RoadClass::Arterial) << SceneKind::CheckpointLane;
        QTest::newRow("checkpoint on an expressway")
            << site(SiteKind::PoliceCheckpoint, QStringLiteral("G4 检查站"), maps::RoadClass::Expressway)
            << SceneKind::Expressway;
        QTest::newRow("food street") << site(SiteKind::KeySite, QStringLiteral("户部巷"))
                                     << SceneKind::FoodStreet;
        QTest::newRow("pedestrian street")
            << site(SiteKind::KeySite, QStringLiteral("江汉路步行街")) << SceneKind::FoodStreet;
        QTest::newRow("railway station")
            << site(SiteKind::KeySite, QStringLiteral("汉口站")) << SceneKind::StationHall;
        QTest::newRow("coach station")
            << site(SiteKind::KeySite, QStringLiteral("傅家坡长途汽车客运站")) << SceneKind::StationHall;
        QTest::newRow("airport") << site(SiteKind::KeySite, QStringLiteral("武汉天河国际机场"))
                                 << SceneKind::AirportHall;
        QTest::newRow("landmark") << site(SiteKind::KeySite, QStringLiteral("黄鹤楼")) << SceneKind::Plaza;
        QTest::newRow("English register name") << CameraPlace { QStringLiteral("Tianhe Airport T3 hall 4"),
            std::nullopt, {}, maps::RoadClass::Arterial }
                                               << SceneKind::AirportHall;
        // A police station's camera films the street in front of it.
        QTest::newRow("police station on a village road")
            << site(SiteKind::PoliceStation, QStringLiteral("新洲区第3派出所"), maps::RoadClass::Village)
            << SceneKind::VillageRoad;
        QTest::newRow("expressway") << CameraPlace { QStringLiteral("CAM-1001"), std::nullopt, {},
            maps::RoadClass::Expressway }
                                    << SceneKind::Expressway;
        QTest::newRow("city arterial") << CameraPlace { QStringLiteral("CAM-1002"), std::nullopt, {},
            maps::RoadClass::Arterial } << SceneKind::UrbanIntersection;
        QTest::newRow("county road") << CameraPlace { QStringLiteral("CAM-1003"), std::nullopt, {},
            maps::RoadClass::County } << SceneKind::VillageRoad;
        QTest::newRow("nothing known") << CameraPlace { QStringLiteral("CAM-1004"), std::nullopt, {},
            std::nullopt } << SceneKind::UrbanIntersection;
    }

    void sceneFor()
    {
        QFETCH(CameraPlace, place);
        QFETCH(SceneKind, kind);
        QCOMPARE(sceneKindName(sceneKindFor(place)), sceneKindName(kind));
    }

    void everyKindHasAName()
    {
        QSet<QString> names;
        for (int k = 0; k <= int(SceneKind::VillageRoad); ++k)
            names.insert(sceneKindName(SceneKind(k)));
        QCOMPARE(names.size(), int(SceneKind::VillageRoad) + 1);
        QVERIFY(!names.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestSceneKind)
#include "tst_scene_kind.moc"
