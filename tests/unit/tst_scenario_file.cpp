// Scenario files as a broken disk or a careless copy gives them: a huge file or a device is
// refused before it is read, and an object with very many fields parses in linear time (a
// duplicate field is still found, with its line).
#include "ScenarioFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::sim;

class TestScenarioFile : public QObject
{
    Q_OBJECT
private slots:
    void hugeFilesAndDevicesAreRefusedUnread()
    {
        QTemporaryDir dir;
        const QString huge = dir.filePath(QStringLiteral("huge.json"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(8LL * 1024 * 1024 * 1024)); // sparse: no disk, but no memory holds it
        f.close();
        QElapsedTimer timer;
        timer.start();
        ScenarioError error;
        QVERIFY(!loadScenario(huge, &error));
        QVERIFY2(error.toString().contains(QStringLiteral("too large")), qPrintable(error.toString()));
        QVERIFY(error.toString().startsWith(huge));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!loadScenario(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("not a regular file")), qPrintable(error.toString()));
        QVERIFY(!loadScenario(dir.path() + QStringLiteral("/"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("not a regular file")), qPrintable(error.toString()));
    }

    void manyFieldsParseInLinearTime()
    {
        // 200,000 distinct fields (about 3 MB, under the 4 MB limit). Comparing each new field
        // with all before it would be 2e10 string comparisons: minutes, not milliseconds.
        QByteArray json = "{\n\"fields\": {\n";
        for (int i = 0; i < 200000; ++i)
            json += "\"f" + QByteArray::number(i) + "\": 0,\n";
        json += "\"last\": 0\n}\n}\n";
        QVERIFY(json.size() < 4 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        ScenarioError error;
        QVERIFY(!parseScenario(json, QStringLiteral("many.json"), &error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // It got past the syntax to the meaning: an unknown field of the scenario.
        QVERIFY2(
            error.message.contains(QStringLiteral("unknown field 'fields'")), qPrintable(error.toString()));

        // A duplicate among them is still found, on its line.
        QByteArray dup = "{\n\"fields\": {\n";
        for (int i = 0; i < 50000; ++i)
            dup += "\"f" + QByteArray::number(i) + "\": 0,\n";
        dup += "\"f17\": 1\n}\n}\n";
        QVERIFY(!parseScenario(dup, QStringLiteral("dup.json"), &error));
        QVERIFY2(
            error.message.contains(QStringLiteral("duplicate field 'f17'")), qPrintable(error.toString()));
        QCOMPARE(error.line, 50003);
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenario_file.moc"
