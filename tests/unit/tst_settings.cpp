// The --settings file read as someone who mistyped it, or as a file that is not one: a section
// of the wrong type, an absurd rate, an unknown key, a huge file or a device are each an error
// that names the file, never a silent default and never a hang.
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;

namespace {

QString write(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("watchfloor-settings.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    return path;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void wrongTypesAndRangesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("sim is a number")
            << QByteArray(R"({"sim": 5})") << QStringLiteral("'sim' must be an object");
        QTest::newRow("sim is a list")
            << QByteArray(R"({"sim": [{"units": 3}]})") << QStringLiteral("not a list");
        QTest::newRow("map is a string") << QByteArray("{\"map\": \"https://tiles/{z}/{x}/{y}.png\"}")
                                         << QStringLiteral("'map' must be an object");
        QTest::newRow("map is null") << QByteArray(R"({"map": null})") << QStringLiteral("not null");
        QTest::newRow("negative rate")
            << QByteArray(R"({"sim": {"incidents_per_hour": -3}})")
            << QStringLiteral("sim.incidents_per_hour must be a number from 0 to 10000");
        QTest::newRow("absurd rate") << QByteArray(R"({"sim": {"incidents_per_hour": 1e9}})")
                                     << QStringLiteral("sim.incidents_per_hour");
        QTest::newRow("rate as text") << QByteArray(R"({"sim": {"incidents_per_hour": "40"}})")
                                      << QStringLiteral("sim.incidents_per_hour");
        QTest::newRow("unknown sim key")
            << QByteArray(R"({"sim": {"unit": 12}})") << QStringLiteral("'sim.unit'");
        QTest::newRow("operator not text")
            << QByteArray(R"({"operator": 7})") << QStringLiteral("operator must be a string");
        QTest::newRow("cache limit zero") << QByteArray(R"({"map": {"cache_max_mb": 0}})")
                                          << QStringLiteral("map.cache_max_mb must be 1..");
        QTest::newRow("cache limit as text") << QByteArray(R"({"map": {"cache_max_mb": "2 GB"}})")
                                             << QStringLiteral("map.cache_max_mb must be a number");
        QTest::newRow("backend password in the file")
            << QByteArray("{\"backend\": {\"url\": \"mqtts://ops@b:8883\", \"password\": \"x\"}}")
            << QStringLiteral("backend.password_file");
        QTest::newRow("backend role unknown")
            << QByteArray(R"({"backend": {"role": "admin"}})") << QStringLiteral("backend.role");
        QTest::newRow("backend url not text")
            << QByteArray(R"({"backend": {"url": 8883}})") << QStringLiteral("backend.url must be a string");
        QTest::newRow("journal days negative")
            << QByteArray(R"({"journal": {"keep_days": -1}})") << QStringLiteral("journal.keep_days");
        QTest::newRow("journal days a fraction")
            << QByteArray(R"({"journal": {"keep_days": 1.5}})") << QStringLiteral("whole number");
        QTest::newRow("journal days as text")
            << QByteArray(R"({"journal": {"keep_days": "30"}})") << QStringLiteral("journal.keep_days");
        QTest::newRow("unknown journal key")
            << QByteArray(R"({"journal": {"keep": 30}})") << QStringLiteral("'journal.keep'");
    }
    void wrongTypesAndRangesAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = write(dir, json);
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!Settings::load(path, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error)); // names the file
    }

    void sensibleValuesAreTaken()
    {
        QTemporaryDir dir;
        const QString path = write(dir,
            R"({"operator": "li.na", "sim": {"incidents_per_hour": 0}, "map": {"cache_max_mb": 512, "camera_index": "/var/lib/h.cameras"}, "journal": {"keep_days": 90}})");
        QString error;
        const auto s = Settings::load(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->incidentsPerHour, 0.0);
        QCOMPARE(s->map.cacheMaxMegabytes, 512);
        QCOMPARE(s->map.cameraIndexPath, QStringLiteral("/var/lib/h.cameras"));
        QCOMPARE(s->simUnits, 60); // the built-in default, untouched
        QCOMPARE(s->journal.keepDays, 90);
        QVERIFY(s->backend.url.isEmpty()); // no backend unless configured: training on the sim
        QCOMPARE(s->backend.role, QStringLiteral("dispatcher"));
        // The defaults' cache limit.
        const auto d = Settings::load(QString(), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->map.cacheMaxMegabytes, 2048);
        QCOMPARE(d->journal.keepDays, 0); // every day's journal kept unless a supervisor sets a limit
    }

    void hugeFilesAndDevicesAreRefusedUnread()
    {
        QTemporaryDir dir;
        // 8 GB that take no disk: reading it would take the memory of the machine.
        const QString huge = dir.filePath(QStringLiteral("huge.json"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(8LL * 1024 * 1024 * 1024));
        f.close();
        QString error;
        QVERIFY(!Settings::load(huge, &error));
        QVERIFY2(error.contains(huge) && error.contains(QStringLiteral("too large")), qPrintable(error));
        // A device never ends: refused before reading.
        QVERIFY(!Settings::load(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains(QStringLiteral("/dev/zero"))
                && error.contains(QStringLiteral("not a regular file")),
            qPrintable(error));
        QVERIFY(!Settings::load(dir.path(), &error)); // a folder
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
