// watchfloor-ctl, the real program, against a stock mosquitto with TLS and the role ACL: bad
// flags get words and exit code 2 (a password on the command line among them); an order is
// followed to done through a field terminal (exit 0), a wrong password is refused (exit 1); the
// units of a running watchfloor-fieldsim are listed and its events watched; a journal slice is
// exported as JSON lines.
#include "../common/FieldPeer.h"
#include "../common/FieldSimRun.h"
#include "../common/MqttBroker.h"
#include "Journal.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wf;
using wf::testing::FieldPeer;
using wf::testing::FieldSimRun;
using wf::testing::MqttBroker;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

// Runs watchfloor-ctl with the password (if any) in its environment and no terminal to ask on.
CtlRun ctl(const QStringList &args, const QString &password = {}, int timeoutMs = 120000)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(WATCHFLOOR_CTL), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QStringList brokerArgs(const MqttBroker &broker, const QString &user)
{
    return { QStringLiteral("--backend"),
        QStringLiteral("mqtts://%1@127.0.0.1:%2").arg(user).arg(broker.port()), QStringLiteral("--ca"),
        broker.caFile() };
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT
private slots:
    void badFlagsAreRefusedInWords()
    {
        const QStringList somewhere { QStringLiteral("--backend"), QStringLiteral("mqtts://disp@127.0.0.1:9"),
            QStringLiteral("--ca"), QStringLiteral("/nonexistent-ca.crt") };
        struct Case
        {
            QStringList args;
            QString says;
        };
        const QList<Case> cases {
            { {}, QStringLiteral("a command is needed") },
            { { QStringLiteral("frobnicate") }, QStringLiteral("unknown command 'frobnicate'") },
            { somewhere
                    + QStringList { QStringLiteral("--password"), QStringLiteral("secret"),
                        QStringLiteral("units") },
                QStringLiteral("never given on the command line") },
            { somewhere + QStringList { QStringLiteral("--password=secret"), QStringLiteral("units") },
                QStringLiteral("never given on the command line") },
            { { QStringLiteral("units") }, QStringLiteral("--backend") },
            { somewhere
                    + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"),
                        QStringLiteral("respond") },
                QStringLiteral("takes 3 argument(s)") },
            { somewhere
                    + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"),
                        QStringLiteral("respond"), QStringLiteral("95,114") },
                QStringLiteral("lat") },
            { somewhere
                    + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"), QStringLiteral("fly"),
                        QStringLiteral("30.5,114.3") },
                QStringLiteral("unknown task 'fly'") },
            { somewhere
                    + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"),
                        QStringLiteral("respond"), QStringLiteral("here") },
                QStringLiteral("LAT,LON") },
            { somewhere + QStringList { QStringLiteral("send-orders"), QStringLiteral("orders.jsonl") },
                QStringLiteral("--outbox") },
            { somewhere
                    + QStringList { QStringLiteral("watch"), QStringLiteral("--count"),
                        QStringLiteral("-3") },
                QStringLiteral("--count") },
            { somewhere + QStringList { QStringLiteral("units") }, QStringLiteral("no backend password") },
            { { QStringLiteral("export") }, QStringLiteral("--db") },
            { { QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x"),
                  QStringLiteral("--from"), QStringLiteral("yesterday") },
                QStringLiteral("--from and --to") },
        };
        for (const auto &c : cases) {
            const auto run = ctl(c.args);
            QVERIFY2(run.exitCode == 2, qPrintable(c.args.join(u' ') + QStringLiteral(" -> ") + run.err));
            QVERIFY2(
                run.err.contains(c.says), qPrintable(c.args.join(u' ') + QStringLiteral(" -> ") + run.err));
            QVERIFY(!run.err.contains(QStringLiteral("secret")));
        }
    }

    void anOrderIsFollowedToDone()
    {
        MqttBroker broker(
            { { QStringLiteral("disp"), QStringLiteral("dispatcher"), QStringLiteral("disp-pw") },
                { QStringLiteral("WH-1"), QStringLiteral("field_unit"), QStringLiteral("unit-pw") } });
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(
            peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("unit-pw")),
            qPrintable(peer.errors()));

        const auto run = ctl(brokerArgs(broker, QStringLiteral("disp"))
                + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"), QStringLiteral("respond"),
                    QStringLiteral("30.59,114.30"), QStringLiteral("--order-id"), QStringLiteral("ORD-C1") },
            QStringLiteral("disp-pw"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList expected { QStringLiteral("ORD-C1 issued"), QStringLiteral("ORD-C1 delivered"),
            QStringLiteral("ORD-C1 acknowledged"), QStringLiteral("ORD-C1 en_route"),
            QStringLiteral("ORD-C1 on_scene"), QStringLiteral("ORD-C1 done") };
        QCOMPARE(run.lines(), expected);
        QCOMPARE(peer.stats().value(u"unique").toInt(), 1);

        // Following only to the acknowledgement ends there.
        const auto ack = ctl(brokerArgs(broker, QStringLiteral("disp"))
                + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"), QStringLiteral("move_to"),
                    QStringLiteral("30.6,114.2"), QStringLiteral("--until"), QStringLiteral("acknowledged") },
            QStringLiteral("disp-pw"));
        QVERIFY2(ack.exitCode == 0, qPrintable(ack.err));
        QVERIFY(ack.lines().last().endsWith(QStringLiteral(" acknowledged")));

        const auto wrong = ctl(brokerArgs(broker, QStringLiteral("disp"))
                + QStringList { QStringLiteral("order"), QStringLiteral("WH-1"), QStringLiteral("respond"),
                    QStringLiteral("30.59,114.30") },
            QStringLiteral("not-the-password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("user name or password")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QStringLiteral("not-the-password")));
    }

    void unitsAndEventsOfTheFieldSimulator()
    {
        MqttBroker broker(
            { { QStringLiteral("fieldsim"), QStringLiteral("fieldsim"), QStringLiteral("f-pw") },
                { QStringLiteral("trainee1"), QStringLiteral("trainee"), QStringLiteral("t-pw") } });
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldSimRun field;
        QVERIFY2(
            field.start(broker.port(), broker.caFile(), QStringLiteral("fieldsim"), QStringLiteral("f-pw"),
                { QStringLiteral("--units"), QStringLiteral("12"), QStringLiteral("--speed"),
                    QStringLiteral("10") }),
            qPrintable(field.output()));
        const QStringList training { QStringLiteral("--namespace"), QStringLiteral("training"),
            QStringLiteral("--role"), QStringLiteral("trainee") };

        const auto units = ctl(brokerArgs(broker, QStringLiteral("trainee1")) + training
                + QStringList { QStringLiteral("units"), QStringLiteral("--json") },
            QStringLiteral("t-pw"));
        QVERIFY2(units.exitCode == 0, qPrintable(units.err));
        QVERIFY2(units.lines().size() >= 12, qPrintable(units.out));
        for (const auto &line : units.lines()) {
            const auto o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.value(u"unit_id").toString().isEmpty(), qPrintable(line));
            QVERIFY(o.value(u"lat").isDouble());
        }

        const auto watch = ctl(brokerArgs(broker, QStringLiteral("trainee1")) + training
                + QStringList { QStringLiteral("watch"), QStringLiteral("--kinds"),
                    QStringLiteral("unit_moved"), QStringLiteral("--count"), QStringLiteral("5") },
            QStringLiteral("t-pw"));
        QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
        QCOMPARE(watch.lines().size(), 5);
        for (const auto &line : watch.lines())
            QCOMPARE(QJsonDocument::fromJson(line.toUtf8()).object().value(u"kind").toString(),
                QStringLiteral("unit_moved"));
        QCOMPARE(field.stop(), 0);
    }

    void aJournalSliceIsExported()
    {
        QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/ctl-XXXXXX"));
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        const qint64 t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        {
            Journal journal;
            QString error;
            QVERIFY2(journal.open(path, JournalMode::Training, &error), qPrintable(error));
            for (int i = 0; i < 10; ++i) {
                const qint64 t = t0 + i * 60'000;
                journal.append(Event { i * 2 + 1, t, t, QStringLiteral("operator"),
                    OrderIssued { QStringLiteral("ORD-%1").arg(i), QStringLiteral("WH-1"),
                        QStringLiteral("respond"), GeoPoint { 30.5, 114.3 }, {} } });
                journal.append(Event { i * 2 + 2, t, t + 1, QStringLiteral("sim"),
                    OrderStateChanged { QStringLiteral("ORD-%1").arg(i), OrderState::Acknowledged, {} } });
            }
            QVERIFY(journal.close().lost == 0);
        }
        const QString out = dir.filePath(QStringLiteral("slice.jsonl"));
        // Minutes 2 to 5 (not including 5), orders only.
        const auto run = ctl({ QStringLiteral("export"), QStringLiteral("--db"), path,
            QStringLiteral("--from"), QStringLiteral("2026-03-01T08:02:00Z"), QStringLiteral("--to"),
            QString::number(t0 + 5 * 60'000), QStringLiteral("--kinds"), QStringLiteral("order_issued"),
            QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = f.readAll().split('\n');
        QStringList ids;
        for (const auto &line : lines) {
            if (line.isEmpty())
                continue;
            const auto o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"kind").toString(), QStringLiteral("order_issued"));
            ids.append(o.value(u"data").toObject().value(u"order_id").toString());
        }
        QCOMPARE(
            ids, (QStringList { QStringLiteral("ORD-2"), QStringLiteral("ORD-3"), QStringLiteral("ORD-4") }));

        const auto missing
            = ctl({ QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
