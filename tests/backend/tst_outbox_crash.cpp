// A process holding orders in its outbox killed with SIGKILL in the middle of a stream of orders,
// then started again on the same outbox: the outbox resumes, and every order given reaches the
// field terminal exactly once. The process is the real watchfloor-ctl (the workstation's
// connector, codec and SQLite outbox in a process of their own); the terminal is paused for part
// of the stream so that orders are certainly waiting, unanswered, when the process dies.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <set>

using wf::testing::FieldPeer;
using wf::testing::MqttBroker;

namespace {

std::set<QString> outboxIds(const QString &path)
{
    std::set<QString> ids;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT order_id FROM outbox"));
            while (q.next())
                ids.insert(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return ids;
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT
private slots:
    void theOutboxResumesAfterAKillAndEachOrderArrivesOnce()
    {
        constexpr int kOrders = 600;
        MqttBroker broker(
            { { QStringLiteral("disp"), QStringLiteral("dispatcher"), QStringLiteral("disp-pw") },
                { QStringLiteral("WH-1"), QStringLiteral("field_unit"), QStringLiteral("unit-pw") } });
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("unit-pw"),
                     QStringLiteral("delivered,acknowledged,done")),
            qPrintable(peer.errors()));

        QFile orders(broker.dir() + QStringLiteral("/orders.jsonl"));
        QVERIFY(orders.open(QIODevice::WriteOnly));
        for (int i = 0; i < kOrders; ++i) {
            const QJsonObject o { { QStringLiteral("order_id"), QStringLiteral("ORD-K%1").arg(i) },
                { QStringLiteral("unit_id"), QStringLiteral("WH-1") },
                { QStringLiteral("task"), QStringLiteral("respond") }, { QStringLiteral("lat"), 30.59 },
                { QStringLiteral("lon"), 114.30 } };
            orders.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        orders.close();
        const QString outbox = broker.dir() + QStringLiteral("/outbox.sqlite");
        const QStringList common { QStringLiteral("--backend"),
            QStringLiteral("mqtts://disp@127.0.0.1:%1").arg(broker.port()), QStringLiteral("--ca"),
            broker.caFile(), QStringLiteral("--outbox"), outbox };
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"), QStringLiteral("disp-pw"));

        QProcess sender;
        sender.setProcessEnvironment(env);
        sender.start(QStringLiteral(WATCHFLOOR_CTL),
            common
                + QStringList { QStringLiteral("send-orders"), orders.fileName(), QStringLiteral("--rate"),
                    QStringLiteral("200") });
        std::set<QString> given;
        QByteArray pending;
        auto readGiven = [&] {
            pending += sender.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("given "))
                    given.insert(QString::fromUtf8(line.mid(6)));
            }
            return int(given.size());
        };
        QVERIFY2(QTest::qWaitFor([&] { return readGiven() >= 100; }, 60000),
            qPrintable(QString::fromLocal8Bit(sender.readAllStandardError())));
        peer.pause(); // the terminal stops answering: orders pile up in the outbox
        QVERIFY(QTest::qWaitFor([&] { return readGiven() >= 250; }, 60000));
        sender.kill(); // SIGKILL: no chance to save or say anything
        QVERIFY(sender.waitForFinished(5000));
        readGiven();
        QVERIFY(int(given.size()) < kOrders);

        // What the dead process had given and not seen finished is in its outbox file.
        const auto waiting = outboxIds(outbox);
        QVERIFY2(waiting.size() >= 100, qPrintable(QString::number(waiting.size())));
        peer.resume();

        QProcess resumer;
        resumer.setProcessEnvironment(env);
        resumer.start(QStringLiteral(WATCHFLOOR_CTL), common + QStringList { QStringLiteral("resume") });
        QVERIFY(resumer.waitForFinished(120000));
        const QString said
            = QString::fromLocal8Bit(resumer.readAllStandardOutput() + resumer.readAllStandardError());
        QVERIFY2(resumer.exitCode() == 0, qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("outbox empty")));
        QVERIFY(outboxIds(outbox).empty());

        // Every order given arrived, each acted on once; none that was never given.
        std::set<QString> expected = given;
        expected.insert(waiting.begin(), waiting.end());
        QVERIFY(QTest::qWaitFor(
            [&] { return peer.stats().value(u"unique").toInt() >= int(expected.size()); }, 30000));
        const auto stats = peer.stats();
        std::set<QString> arrived;
        for (const auto &id : stats.value(u"orders").toArray())
            arrived.insert(id.toString());
        QVERIFY(arrived == expected);
        QCOMPARE(stats.value(u"processed_twice").toInt(), 0);
        qInfo("%d orders given before the kill, %d waiting in the outbox; the terminal received %d messages",
            int(given.size()), int(waiting.size()), stats.value(u"received").toInt());
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
