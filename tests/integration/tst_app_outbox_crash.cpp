// The workstation itself killed with SIGKILL while orders wait in its outbox, then started again
// as an operator would start it: its outbox resumes, every order it had given reaches the field
// once, and the answers are recorded in the same journal.
//
// Everything is real: a stock mosquitto with TLS and the role ACL, watchfloor-fieldsim as the
// field (its units answer orders), and the app under Xvfb, where the orders are given from the
// keyboard as a dispatcher gives them: Ctrl+N (a new incident at the map centre), Ctrl+Enter
// (make it), Ctrl+Shift+Enter (send the two fastest available units). The field is stopped
// (SIGSTOP) before the orders are given, so that none is answered when the app dies.
#include "../common/FieldSimRun.h"
#include "../common/MqttBroker.h"
#include "../common/PrivateDisplay.h"
#include "JournalReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <map>
#include <set>

using namespace wf;
using namespace Qt::StringLiterals;
using wf::testing::FieldSimRun;
using wf::testing::MqttBroker;

namespace {

// What the app's journal says about orders so far (read while the app writes it).
struct JournalOrders
{
    int unitsReported = 0;
    std::vector<QString> issued; // every OrderIssued, in order (an id twice would be a fault)
    std::map<QString, std::set<OrderState>> states;
    bool answered(const QString &id) const
    {
        const auto it = states.find(id);
        if (it == states.end())
            return false;
        for (auto s : { OrderState::Delivered, OrderState::Acknowledged, OrderState::EnRoute,
                 OrderState::OnScene, OrderState::Done, OrderState::Rejected }) {
            if (it->second.count(s))
                return true;
        }
        return false;
    }
};

JournalOrders readJournal(const QString &path)
{
    JournalOrders out;
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return out;
    reader.read(0, std::numeric_limits<qint64>::max(), [&](const Event &e) {
        if (std::holds_alternative<UnitReported>(e.payload))
            ++out.unitsReported;
        else if (const auto *o = std::get_if<OrderIssued>(&e.payload))
            out.issued.push_back(o->orderId);
        else if (const auto *s = std::get_if<OrderStateChanged>(&e.payload))
            out.states[s->orderId].insert(s->state);
    });
    return out;
}

std::set<QString> outboxIds(const QString &path)
{
    std::set<QString> ids;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT order_id FROM outbox"_s);
            while (q.next())
                ids.insert(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"look"_s);
    return ids;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestAppOutboxCrash : public QObject
{
    Q_OBJECT
    QProcess m_app;

    void startApp(const QStringList &args, const QString &password)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // the private X display, where the keys are typed
        env.insert(u"WATCHFLOOR_BACKEND_PASSWORD"_s, password);
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::MergedChannels);
        m_app.start(QStringLiteral(WATCHFLOOR_APP), args);
    }
    QString appOutput() { return QString::fromLocal8Bit(m_app.readAll()); }

private slots:
    void cleanup()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished(5000);
        }
    }

    void theAppKilledWithOrdersWaitingResumesThemOnItsNextStart()
    {
        MqttBroker broker({ { u"fieldsim"_s, u"fieldsim"_s, u"fieldsim-pw"_s },
            { u"trainee1"_s, u"trainee"_s, u"trainee-pw"_s } });
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldSimRun field;
        QVERIFY2(field.start(broker.port(), broker.caFile(), u"fieldsim"_s, u"fieldsim-pw"_s,
                     { u"--seed"_s, u"3"_s, u"--units"_s, u"40"_s }),
            qPrintable(field.output()));

        const QString settings = broker.dir() + u"/settings.json"_s;
        QVERIFY(writeFile(settings,
            QJsonDocument(
                QJsonObject { { u"operator"_s, u"wang"_s },
                    { u"backend"_s,
                        QJsonObject { { u"ca_file"_s, broker.caFile() }, { u"role"_s, u"trainee"_s } } } })
                .toJson()));
        const QString journal = broker.dir() + u"/shift.sqlite"_s;
        const QString outbox = broker.dir() + u"/shift-outbox.sqlite"_s; // beside the journal
        const QStringList args { u"--lang"_s, u"en"_s, u"--settings"_s, settings, u"--db"_s, journal,
            u"--backend"_s, u"mqtts://trainee1@127.0.0.1:%1"_s.arg(broker.port()) };

        // The shift starts: the field's units arrive over the broker.
        startApp(args, u"trainee-pw"_s);
        QVERIFY2(QTest::qWaitFor([&] { return readJournal(journal).unitsReported >= 40; }, 90000),
            qPrintable(appOutput()));

        // The field stops answering (its connection stays), and the dispatcher gives orders.
        field.pause();
        QProcess keys;
        QStringList chords { u"--window"_s, u"Watchfloor — TRAINING"_s };
        for (int round = 0; round < 4; ++round)
            chords << u"ctrl+n"_s << u"wait:800"_s << u"ctrl+Return"_s << u"wait:1500"_s
                   << u"ctrl+shift+Return"_s << u"wait:800"_s;
        keys.setProcessChannelMode(QProcess::MergedChannels);
        keys.start(u"python3"_s,
            QStringList { QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/tools/x11_input.py") } + chords);
        QVERIFY(keys.waitForFinished(60000));
        QVERIFY2(keys.exitCode() == 0, keys.readAll().constData());

        JournalOrders before;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         before = readJournal(journal);
                         return before.issued.size() >= 6 && outboxIds(outbox).size() >= before.issued.size();
                     },
                     20000),
            qPrintable(u"%1 orders in the journal, %2 in the outbox\n"_s.arg(before.issued.size())
                           .arg(outboxIds(outbox).size())
                + appOutput()));
        const std::set<QString> given(before.issued.begin(), before.issued.end());
        QCOMPARE(given.size(), before.issued.size());
        for (const auto &id : given)
            QVERIFY2(!before.answered(id), qPrintable(id + u" was answered by a stopped field"_s));

        // SIGKILL: the app has no chance to save or say anything.
        m_app.kill();
        QVERIFY(m_app.waitForFinished(10000));
        QVERIFY(m_app.exitStatus() == QProcess::CrashExit);
        const auto waiting = outboxIds(outbox);
        QVERIFY2(waiting == given, "the outbox lost orders the journal had recorded as given");

        // The field comes back; later the operator starts the workstation again, the same way.
        field.resume();
        QTest::qWait(1000);
        startApp(args, u"trainee-pw"_s);
        JournalOrders after;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         after = readJournal(journal);
                         return std::all_of(given.begin(), given.end(),
                             [&](const QString &id) { return after.answered(id); });
                     },
                     60000),
            qPrintable(appOutput()));

        // Each order is in the journal once: the restart sent the waiting orders, it gave none anew.
        std::map<QString, int> times;
        for (const auto &id : after.issued)
            ++times[id];
        for (const auto &id : given)
            QCOMPARE(times[id], 1);

        m_app.terminate();
        QVERIFY(m_app.waitForFinished(20000));
        QCOMPARE(m_app.exitCode(), 0);

        // The field acted on each order once: its distinct orders are exactly those given.
        QCOMPARE(field.stop(), 0);
        const QString said = field.output();
        const auto m = QRegularExpression(u"(\\d+) orders \\((\\d+) repeated\\)"_s).match(said);
        QVERIFY2(m.hasMatch(), qPrintable(said));
        QCOMPARE(m.captured(1).toInt(), int(after.issued.size()));
        qInfo("%d orders given from the keyboard, all waiting in the outbox at the kill; after the restart "
              "the field received each once (%d repeats, answered by repeating)",
            int(given.size()), m.captured(2).toInt());
    }
};

int main(int argc, char **argv)
{
    if (!wf::testing::runOnPrivateDisplay(argc, argv))
        return 2;
    QCoreApplication app(argc, argv);
    TestAppOutboxCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_outbox_crash.moc"
