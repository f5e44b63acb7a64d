// The command line and settings: good input is understood, bad input gets a clear message.
#include "AppOptions.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wf;

class TestAppOptions : public QObject
{
    Q_OBJECT
    static ParsedOptions parse(QStringList args)
    {
        args.prepend(QStringLiteral("watchfloor"));
        return parseAppOptions(args);
    }
private slots:
    void defaultsAreTrainingOnTheBuiltInWorld()
    {
        const auto p = parse({});
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QVERIFY(p.options.training);
        QVERIFY(p.options.dbPath.isEmpty());
        QCOMPARE(p.options.quitAfterSeconds, 0.0);
    }

    void everyOptionIsParsed()
    {
        const auto p = parse({ QStringLiteral("--training"), QStringLiteral("--db"),
            QStringLiteral("/x/j.sqlite"), QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--quit-after"),
            QStringLiteral("2.5"), QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--units"),
            QStringLiteral("500") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.dbPath, QStringLiteral("/x/j.sqlite"));
        QCOMPARE(p.options.language, QStringLiteral("en"));
        QCOMPARE(p.options.screenshotPath, QStringLiteral("s.png"));
        QCOMPARE(p.options.quitAfterSeconds, 2.5);
        QCOMPARE(p.options.seed, 99u);
        QCOMPARE(p.options.units, 500);
        QVERIFY(!p.options.wallWindow);
        QVERIFY(p.options.scenario.isEmpty()); // a free shift unless asked
        QVERIFY(!p.options.instructor);
    }

    // --export-cordons JOURNAL OUT: two arguments; the help says lifted cordons are left out.
    void exportCordonsTakesTheJournalAndTheFile()
    {
        auto p = parse({ QStringLiteral("--export-cordons"), QStringLiteral("/x/shift.sqlite"),
            QStringLiteral("/y/rings.kml") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.exportCordonsJournal, QStringLiteral("/x/shift.sqlite"));
        QCOMPARE(p.options.exportCordonsOut, QStringLiteral("/y/rings.kml"));
        p = parse({ QStringLiteral("--export-cordons"), QStringLiteral("/x/shift.sqlite") });
        QCOMPARE(p.action, ParsedOptions::Action::Fail);
        QVERIFY2(p.message.contains(QStringLiteral("--export-cordons JOURNAL OUT")), qPrintable(p.message));
        // Without the option, a second file is still an unexpected argument.
        p = parse({ QStringLiteral("/y/rings.kml") });
        QCOMPARE(p.action, ParsedOptions::Action::Fail);
        const QString help = parse({ QStringLiteral("--help") }).message.simplified(); // unwrapped
        QVERIFY(help.contains(QStringLiteral("--export-cordons JOURNAL OUT.geojson|OUT.kml")));
        QVERIFY(help.contains(QStringLiteral("Cordons lifted before the end are left out")));
    }

    void trainingScenarioOptions()
    {
        auto p = parse({ QStringLiteral("--scenario"), QStringLiteral("hit-and-run"),
            QStringLiteral("--debrief"), QStringLiteral("/x/d.json"), QStringLiteral("--instructor") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.scenario, QStringLiteral("hit-and-run"));
        QCOMPARE(p.options.debriefPath, QStringLiteral("/x/d.json"));
        QVERIFY(p.options.instructor);
        // A file is taken as given; the sim checks it when the shift starts.
        p = parse({ QStringLiteral("--scenario"), QStringLiteral("drills/my drill.json") });
        QCOMPARE(p.options.scenario, QStringLiteral("drills/my drill.json"));
        QVERIFY(parse({ QStringLiteral("--help") }).message.contains(QStringLiteral("--scenario")));
    }

    void debriefGoesNextToTheJournal()
    {
        const QDateTime when(QDate(2024, 3, 14), QTime(22, 40, 5));
        QCOMPARE(defaultDebriefPath(
                     QStringLiteral("/data/wf/training-journal.sqlite"), QStringLiteral("hit-and-run"), when),
            QStringLiteral("/data/wf/debrief-hit-and-run-20240314-224005.json"));
        QCOMPARE(defaultDebriefPath(
                     QStringLiteral("/data/wf/j.sqlite"), QStringLiteral("../x/my drill.json"), when),
            QStringLiteral("/data/wf/debrief-my_drill-20240314-224005.json"));
        QCOMPARE(defaultDebriefPath(QStringLiteral("/data/wf/j.sqlite"), QString(), when),
            QStringLiteral("/data/wf/debrief-free-shift-20240314-224005.json"));
    }

    void wallOptionsAreParsed()
    {
        const auto p = parse(
            { QStringLiteral("--wall-layout"), QStringLiteral("3x3"), QStringLiteral("--wall-lost-after"),
                QStringLiteral("7"), QStringLiteral("--wall-expanded"), QStringLiteral("--wall-window") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.wallLayout, QStringLiteral("3x3"));
        QCOMPARE(p.options.wallLostTimeoutMs, 7000);
        QVERIFY(p.options.wallExpanded);
        QVERIFY(p.options.wallWindow);
    }

    void viewSetsWhereTheMapStarts()
    {
        const auto p = parse({ QStringLiteral("--view"), QStringLiteral("30.55, 114.28,14.5") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QVERIFY(p.options.hasView);
        QCOMPARE(p.options.viewLatitude, 30.55);
        QCOMPARE(p.options.viewLongitude, 114.28);
        QCOMPARE(p.options.viewZoom, 14.5);
        QVERIFY(!parse({}).options.hasView);
    }

    void playbackOptions()
    {
        auto p = parse({ QStringLiteral("--playback"), QStringLiteral("/x/shift.sqlite"),
            QStringLiteral("--at"), QStringLiteral("+1h30m") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.playbackPath, QStringLiteral("/x/shift.sqlite"));
        QVERIFY(p.options.hasPlaybackAt);
        QVERIFY(p.options.playbackAtIsOffset);
        QCOMPARE(p.options.playbackAtMs, qint64(90 * 60'000));
        p = parse({ QStringLiteral("--playback"), QStringLiteral("f"), QStringLiteral("--at"),
            QStringLiteral("2024-06-01T08:30:00+08:00") });
        QVERIFY(!p.options.playbackAtIsOffset);
        QCOMPARE(p.options.playbackAtMs, qint64(1717201800000));
        qint64 ms = 0;
        bool offset = false;
        QVERIFY(parsePlaybackTime(QStringLiteral("+90m"), &ms, &offset));
        QCOMPARE(ms, qint64(5'400'000));
        QVERIFY(parsePlaybackTime(QStringLiteral("+45s"), &ms, &offset));
        QCOMPARE(ms, qint64(45'000));
        QVERIFY(parsePlaybackTime(QStringLiteral("2024-06-01T00:00:00.250Z"), &ms, &offset));
        QCOMPARE(ms, qint64(1717200000250));
        for (const auto bad :
            { "+", "+5", "+5x", "-5m", "+m", "2024-06-01T08:00:00", "tomorrow", "+30m1h", "" })
            QVERIFY2(!parsePlaybackTime(QString::fromLatin1(bad), &ms, &offset), bad);
        // --at belongs to --playback; playback is not a shift that writes.
        QCOMPARE(
            parse({ QStringLiteral("--at"), QStringLiteral("+5m") }).action, ParsedOptions::Action::Fail);
        p = parse({ QStringLiteral("--playback"), QStringLiteral("f"), QStringLiteral("--db"),
            QStringLiteral("g") });
        QCOMPARE(p.action, ParsedOptions::Action::Fail);
        QVERIFY2(p.message.contains(QStringLiteral("--playback")), qPrintable(p.message));
        p = parse({ QStringLiteral("--playback"), QStringLiteral("f"), QStringLiteral("--at"),
            QStringLiteral("soon") });
        QCOMPARE(p.action, ParsedOptions::Action::Fail);
        QVERIFY2(p.message.contains(QStringLiteral("ISO-8601")), qPrintable(p.message));
    }

    // A recording's moment to train from: a training run, never live or a backend.
    void trainFromOptions()
    {
        auto p = parse(
            { QStringLiteral("--train-from"), QStringLiteral("/x/shift.sqlite"), QStringLiteral("--at"),
                QStringLiteral("+8m"), QStringLiteral("--db"), QStringLiteral("/x/class.sqlite") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.trainFromPath, QStringLiteral("/x/shift.sqlite"));
        QVERIFY(p.options.training);
        QVERIFY(p.options.playbackPath.isEmpty());
        QVERIFY(p.options.hasPlaybackAt && p.options.playbackAtIsOffset);
        QCOMPARE(p.options.playbackAtMs, qint64(8 * 60'000));
        QCOMPARE(p.options.dbPath, QStringLiteral("/x/class.sqlite"));
        QVERIFY(parse({ QStringLiteral("--help") }).message.contains(QStringLiteral("--train-from")));
        const QStringList base { QStringLiteral("--train-from"), QStringLiteral("f"), QStringLiteral("--at"),
            QStringLiteral("+1m") };
        const std::pair<QStringList, const char *> refused[] = {
            { { QStringLiteral("--train-from"), QStringLiteral("f") }, "--at TIME" },
            { base + QStringList { QStringLiteral("--live") }, "never live" },
            { base
                    + QStringList { QStringLiteral("--backend"),
                        QStringLiteral("mqtts://trainee@127.0.0.1:8883") },
                "never uses a backend" },
            { base + QStringList { QStringLiteral("--playback"), QStringLiteral("f") }, "--playback" },
            { base + QStringList { QStringLiteral("--scenario"), QStringLiteral("hit-and-run") },
                "--scenario" },
        };
        for (const auto &[args, words] : refused) {
            p = parse(args);
            QCOMPARE(p.action, ParsedOptions::Action::Fail);
            QVERIFY2(p.message.contains(QLatin1StringView(words)), qPrintable(p.message));
        }
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({ QStringLiteral("--help") }).action, ParsedOptions::Action::ShowHelp);
        QVERIFY(parse({ QStringLiteral("--help") }).message.contains(QStringLiteral("--screenshot")));
        const auto v = parse({ QStringLiteral("--version") });
        QCOMPARE(v.action, ParsedOptions::Action::ShowVersion);
        QVERIFY(v.message.startsWith(QStringLiteral("watchfloor ")));
    }

    void liveTakesABackendAndNeverEchoesItsPassword()
    {
        const auto ok = parse({ QStringLiteral("--live"), QStringLiteral("--backend"),
            QStringLiteral("mqtts://ops@broker.example:8883") });
        QCOMPARE(ok.action, ParsedOptions::Action::Run);
        QVERIFY(!ok.options.training);
        QCOMPARE(ok.options.backendUrl, QStringLiteral("mqtts://ops@broker.example:8883"));
        const auto bad = parse({ QStringLiteral("--live"), QStringLiteral("--backend"),
            QStringLiteral("mqtts://ops:s3cr3t@broker:8883") });
        QCOMPARE(bad.action, ParsedOptions::Action::Fail);
        QVERIFY(!bad.message.contains(QStringLiteral("s3cr3t")));
    }

    void badInputIsRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("extra") } << QStringLiteral("extra");
        QTest::newRow("bad language")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("fr") } << QStringLiteral("fr");
        QTest::newRow("bad seconds") << QStringList { QStringLiteral("--quit-after"), QStringLiteral("soon") }
                                     << QStringLiteral("soon");
        QTest::newRow("negative seconds")
            << QStringList { QStringLiteral("--quit-after"), QStringLiteral("-3") } << QStringLiteral("-3");
        QTest::newRow("screenshot alone") << QStringList { QStringLiteral("--screenshot"),
            QStringLiteral("a.png") } << QStringLiteral("--quit-after");
        QTest::newRow("missing value") << QStringList { QStringLiteral("--db") } << QStringLiteral("db");
        QTest::newRow("bad units") << QStringList { QStringLiteral("--units"), QStringLiteral("lots") }
                                   << QStringLiteral("lots");
        QTest::newRow("empty scenario") << QStringList { QStringLiteral("--scenario"), QStringLiteral(" ") }
                                        << QStringLiteral("--scenario");
        QTest::newRow("debrief without file")
            << QStringList { QStringLiteral("--debrief"), QString() } << QStringLiteral("--debrief");
        QTest::newRow("password in the backend URL") << QStringList { QStringLiteral("--live"),
            QStringLiteral("--backend"), QStringLiteral("mqtts://ops:secret@broker:8883") }
                                                     << QStringLiteral("password");
        QTest::newRow("backend not MQTT")
            << QStringList { QStringLiteral("--backend"), QStringLiteral("http://broker") }
            << QStringLiteral("mqtts");
        QTest::newRow("view with two numbers") << QStringList { QStringLiteral("--view"),
            QStringLiteral("30.5,114.3") } << QStringLiteral("30.5,114.3");
        QTest::newRow("view off the map")
            << QStringList { QStringLiteral("--view"), QStringLiteral("95,114.3,12") }
            << QStringLiteral("LAT,LON,ZOOM");
        QTest::newRow("view zoom too deep")
            << QStringList { QStringLiteral("--view"), QStringLiteral("30.5,114.3,25") }
            << QStringLiteral("ZOOM");
        QTest::newRow("view not numbers") << QStringList { QStringLiteral("--view"),
            QStringLiteral("wuhan,x,y") } << QStringLiteral("wuhan,x,y");
        QTest::newRow("prepare without zooms") << QStringList { QStringLiteral("--prepare-offline"),
            QStringLiteral("Wuhan") } << QStringLiteral("--zooms");
        QTest::newRow("zooms reversed") << QStringList { QStringLiteral("--prepare-offline"),
            QStringLiteral("Wuhan"), QStringLiteral("--zooms"), QStringLiteral("14-8") }
                                        << QStringLiteral("14-8");
        QTest::newRow("zooms too deep") << QStringList { QStringLiteral("--prepare-offline"),
            QStringLiteral("Wuhan"), QStringLiteral("--zooms"), QStringLiteral("8-25") }
                                        << QStringLiteral("8-25");
        QTest::newRow("zooms alone") << QStringList { QStringLiteral("--zooms"), QStringLiteral("3-4") }
                                     << QStringLiteral("--prepare-offline");
        QTest::newRow("prepare and import") << QStringList { QStringLiteral("--prepare-offline"),
            QStringLiteral("Wuhan"), QStringLiteral("--zooms"), QStringLiteral("3"),
            QStringLiteral("--import-tiles"), QStringLiteral("a.mbtiles") }
                                            << QStringLiteral("separate");
        QTest::newRow("import roads without --roads") << QStringList { QStringLiteral("--import-roads"),
            QStringLiteral("x.osm.pbf") } << QStringLiteral("--roads");
        QTest::newRow("route with one point") << QStringList { QStringLiteral("--route"),
            QStringLiteral("30.5,114.3") } << QStringLiteral("two points");
        QTest::newRow("route off the globe") << QStringList { QStringLiteral("--route"),
            QStringLiteral("30.5,114.3"), QStringLiteral("91,114") }
                                             << QStringLiteral("91,114");
        QTest::newRow("route not numbers") << QStringList { QStringLiteral("--route"), QStringLiteral("here"),
            QStringLiteral("there") } << QStringLiteral("here");
        QTest::newRow("unknown profile") << QStringList { QStringLiteral("--route"), QStringLiteral("30,114"),
            QStringLiteral("31,114"), QStringLiteral("--profile"), QStringLiteral("tank") }
                                         << QStringLiteral("tank");
        QTest::newRow("profile without route") << QStringList { QStringLiteral("--profile"),
            QStringLiteral("car") } << QStringLiteral("--route");
        QTest::newRow("hour out of range") << QStringList { QStringLiteral("--route"),
            QStringLiteral("30,114"), QStringLiteral("31,114"), QStringLiteral("--hour"),
            QStringLiteral("24") } << QStringLiteral("24");
        QTest::newRow("import and route") << QStringList { QStringLiteral("--roads"),
            QStringLiteral("a.roads"), QStringLiteral("--import-roads"), QStringLiteral("x.osm"),
            QStringLiteral("--route"), QStringLiteral("30,114"), QStringLiteral("31,114") }
                                          << QStringLiteral("separate");
    }

    void roadOptionsAreParsed()
    {
        auto p = parse({ QStringLiteral("--roads"), QStringLiteral("/x/h.roads"), QStringLiteral("--route"),
            QStringLiteral("30.5928,114.3055"), QStringLiteral("30.4733,114.4127"),
            QStringLiteral("--profile"), QStringLiteral("emergency"), QStringLiteral("--hour"),
            QStringLiteral("8") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.roadsPath, QStringLiteral("/x/h.roads"));
        QVERIFY(p.options.route);
        QCOMPARE(p.options.routeFrom[0], 30.5928);
        QCOMPARE(p.options.routeFrom[1], 114.3055);
        QCOMPARE(p.options.routeTo[0], 30.4733);
        QCOMPARE(p.options.routeTo[1], 114.4127);
        QCOMPARE(p.options.profile, QStringLiteral("emergency"));
        QCOMPARE(p.options.hour, 8);
        QVERIFY(p.options.headlessRoadCommand());
        // Both points in one argument do as well; the profile defaults to a car, the hour to now.
        p = parse({ QStringLiteral("--route"), QStringLiteral("30.1,114.1 30.2,114.2") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.routeTo[1], 114.2);
        QCOMPARE(p.options.profile, QStringLiteral("car"));
        QCOMPARE(p.options.hour, -1);
        p = parse({ QStringLiteral("--roads"), QStringLiteral("out.roads"), QStringLiteral("--import-roads"),
            QStringLiteral("in.osm.pbf") });
        QCOMPARE(p.options.importRoadsPath, QStringLiteral("in.osm.pbf"));
        QVERIFY(p.options.headlessRoadCommand());
        QVERIFY(
            !parse({ QStringLiteral("--roads"), QStringLiteral("a.roads") }).options.headlessRoadCommand());
    }

    void cameraRegisterOptionsAreParsed()
    {
        auto p = parse({ QStringLiteral("--camera-index"), QStringLiteral("/x/h.cameras") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.cameraIndexPath, QStringLiteral("/x/h.cameras"));
        QVERIFY(!p.options.headlessCameraCommand());
        p = parse({ QStringLiteral("--import-cameras"), QStringLiteral("/x/site.csv"),
            QStringLiteral("--crs"), QStringLiteral("GCJ-02") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QVERIFY(p.options.headlessCameraCommand());
        QCOMPARE(p.options.crs, QStringLiteral("gcj02"));
        QCOMPARE(p.options.outPath, QStringLiteral("/x/site.cameras")); // beside the CSV
        p = parse({ QStringLiteral("--import-cameras"), QStringLiteral("site.csv"),
            QStringLiteral("--camera-index"), QStringLiteral("/y/h.cameras") });
        QCOMPARE(p.options.outPath, QStringLiteral("/y/h.cameras"));
        p = parse({ QStringLiteral("--import-cameras"), QStringLiteral("site.csv"), QStringLiteral("--out"),
            QStringLiteral("/z/o.cameras") });
        QCOMPARE(p.options.outPath, QStringLiteral("/z/o.cameras"));
        QVERIFY(parse({ QStringLiteral("--prepare-training-cameras") }).options.headlessCameraCommand());
        for (const QStringList &bad : { QStringList { QStringLiteral("--out"), QStringLiteral("o.cameras") },
                 QStringList { QStringLiteral("--crs"), QStringLiteral("gcj02") },
                 QStringList { QStringLiteral("--import-cameras"), QStringLiteral("a.csv"),
                     QStringLiteral("--crs"), QStringLiteral("BD-09") },
                 QStringList { QStringLiteral("--import-cameras"), QStringLiteral("a.csv"),
                     QStringLiteral("--roads"), QStringLiteral("r.roads"), QStringLiteral("--import-roads"),
                     QStringLiteral("a.osm") } })
            QCOMPARE(parse(bad).action, ParsedOptions::Action::Fail);
    }

    void tileOptionsAreParsed()
    {
        const auto p = parse({ QStringLiteral("--tile-url"),
            QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"), QStringLiteral("--tile-cache"),
            QStringLiteral("/x/t.mbtiles"), QStringLiteral("--prepare-offline"),
            QStringLiteral("114,30,115,31"), QStringLiteral("--zooms"), QStringLiteral("8-12") });
        QCOMPARE(p.action, ParsedOptions::Action::Run);
        QCOMPARE(p.options.tileUrl, QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"));
        QCOMPARE(p.options.tileCachePath, QStringLiteral("/x/t.mbtiles"));
        QCOMPARE(p.options.prepareOfflineRegion, QStringLiteral("114,30,115,31"));
        QCOMPARE(p.options.minZoom, 8);
        QCOMPARE(p.options.maxZoom, 12);
        QVERIFY(p.options.headlessTileCommand());
        const auto one = parse({ QStringLiteral("--prepare-offline"), QStringLiteral("Wuhan"),
            QStringLiteral("--zooms"), QStringLiteral("12") });
        QCOMPARE(one.options.minZoom, 12);
        QCOMPARE(one.options.maxZoom, 12);
        QVERIFY(!parse({}).options.headlessTileCommand());
        QVERIFY(defaultTileCachePath().endsWith(QStringLiteral(".mbtiles")));
    }

    void mapSettings()
    {
        QString error;
        const auto d = Settings::load({}, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->map.upstreamUrl.isEmpty()); // the embedded base map by default
        QCOMPARE(d->map.userAgent, QStringLiteral("Watchfloor"));
        const auto s = Settings::fromJson(
            QByteArray("{\"map\": {\"upstream_url\": \"https://tiles.example/{z}/{x}/{y}.png\", ")
                + "\"user_agent\": \"Dispatch/2\", \"attribution\": \"\u00a9 Example\", "
                + "\"cache\": \"/x/c.mbtiles\", \"timeout_s\": 3, \"max_offline_tiles\": 500, "
                + "\"roads\": \"/x/h.roads\"}}",
            QStringLiteral("s.json"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->map.upstreamUrl, QStringLiteral("https://tiles.example/{z}/{x}/{y}.png"));
        QCOMPARE(s->map.userAgent, QStringLiteral("Dispatch/2"));
        QCOMPARE(s->map.attribution, QString(QChar(0xa9)) + QStringLiteral(" Example"));
        QCOMPARE(s->map.cachePath, QStringLiteral("/x/c.mbtiles"));
        QCOMPARE(s->map.timeoutSeconds, 3.0);
        QCOMPARE(s->map.maxOfflineTiles, qint64(500));
        QCOMPARE(s->map.roadsPath, QStringLiteral("/x/h.roads"));
        QVERIFY(!Settings::fromJson(R"({"map": {"user_agent": ""}})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("user_agent")), qPrintable(error));
        QVERIFY(!Settings::fromJson(R"({"map": {"timeout_s": 0}})", QStringLiteral("s.json"), &error));
        QVERIFY(!Settings::fromJson(R"({"map": {"upstream": "x"}})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("map.upstream")), qPrintable(error));
        QVERIFY(!Settings::fromJson(R"({"map": {"cache": 5}})", QStringLiteral("s.json"), &error));
        QVERIFY(!Settings::fromJson(R"({"map": {"roads": 5}})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("map.roads")), qPrintable(error));
        QVERIFY(d->map.roadsPath.isEmpty()); // the training graph by default
        QVERIFY(d->map.drawRoads);
        const auto off
            = Settings::fromJson(R"({"map": {"draw_roads": false}})", QStringLiteral("s.json"), &error);
        QVERIFY2(off, qPrintable(error));
        QVERIFY(!off->map.drawRoads);
        QVERIFY(!Settings::fromJson(R"({"map": {"draw_roads": "no"}})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("map.draw_roads")), qPrintable(error));
    }
    void badInputIsRefusedWithAReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto p = parse(args);
        QCOMPARE(p.action, ParsedOptions::Action::Fail);
        QVERIFY2(p.message.contains(mentions), qPrintable(p.message));
    }

    void dayJournalsLiveInTheUsersDataFolder()
    {
        // Beside the user's other files (the wall's layouts), never in the working directory.
        QVERIFY(QDir::isAbsolutePath(defaultJournalDir()));
        QCOMPARE(defaultJournalDir(), QFileInfo(defaultWallLayoutsPath()).absolutePath());
    }

    void settingsOverlayTheDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"operator": "zhang.wei", "sim": {"units": 120}})");
        f.close();
        QString error;
        const auto s = Settings::load(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->operatorId, QStringLiteral("zhang.wei"));
        QCOMPARE(s->simUnits, 120);
        QCOMPARE(s->incidentsPerHour, 40.0); // from the built-in defaults
        QVERIFY(s->simScenario.isEmpty());
    }

    void unitsOnTheCommandLineWinOverTheSettings()
    {
        QString error;
        const auto s = Settings::fromJson(R"({"sim": {"units": 120}})", QStringLiteral("s.json"), &error);
        QVERIFY2(s, qPrintable(error));
        // Asked for by name, the built-in default's number too wins over the file.
        QCOMPARE(parse({ QStringLiteral("--units"), QStringLiteral("60") }).options.simUnits(*s), 60);
        QCOMPARE(parse({ QStringLiteral("--units"), QStringLiteral("0") }).options.simUnits(*s), 0);
        // Not asked for: the file's, else the built-in default.
        QCOMPARE(parse({}).options.simUnits(*s), 120);
        const auto none = Settings::fromJson("{}", QStringLiteral("s.json"), &error);
        QVERIFY2(none, qPrintable(error));
        QCOMPARE(parse({}).options.simUnits(*none), 60);
    }

    void settingsCanNameAScenario()
    {
        QString error;
        const auto s = Settings::fromJson(
            R"({"sim": {"scenario": "key-site-drills"}})", QStringLiteral("s.json"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->simScenario, QStringLiteral("key-site-drills"));
        QVERIFY(!Settings::fromJson(R"({"sim": {"scenario": 3}})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("sim.scenario")), qPrintable(error));
    }

    void brokenSettingsNameTheLine()
    {
        QString error;
        QVERIFY(!Settings::fromJson(
            "{\n\"operator\": \"a\",\n\"sim\": {\"units\": }\n}", QStringLiteral("s.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("s.json:3:")), qPrintable(error));
        QVERIFY(!Settings::fromJson(R"({"colour": "red"})", QStringLiteral("s.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
        QVERIFY(!Settings::fromJson(R"({"sim": {"units": -5}})", QStringLiteral("s.json"), &error));
        QVERIFY(!Settings::load(QStringLiteral("/nonexistent/settings.json"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/settings.json")));
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
