// A workstation reviewing a recording never reaches the broker of its configuration. Against a
// stock mosquitto (TLS, accounts, the role ACL), the real app opens a recorded live journal with
// --playback while configured as a working workstation is: the backend on the command line
// (--backend, the password in the environment) or in its settings file (backend.url, its CA and
// password file). The broker sees no connection at all, not even one that fails, and a supervisor
// subscribed to everything sees nothing published on the live or training tree. The same
// configuration without --playback (a live or a training session) logs in and announces the
// workstation on the broker: the control that shows this test would see a playback that did.
#include "../common/AppRun.h"
#include "../common/MqttBroker.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "MqttClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace wf;
using namespace wf::mqtt;
using namespace wf::testing;
using namespace Qt::StringLiterals;

namespace {

// Made per run: nothing to keep, nothing in the repository.
QString freshPassword()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// TCP connections the broker accepted, whatever became of them (TLS refused, login refused).
int connectionsSeen(MqttBroker &broker)
{
    return int(broker.log().count(u"New connection from"_s));
}

// Whether USER logged in: mosquitto ends each login's line with "u'USER')".
bool loggedIn(MqttBroker &broker, const QString &user)
{
    return broker.log().contains(u"u'%1')"_s.arg(user));
}

} // namespace

class TestPlaybackOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_playback_offline-XXXXXX") };
    QString m_recording;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A live shift's journal, as a supervisor reviews it the next morning.
        m_recording = m_dir.filePath(u"live-shift.sqlite"_s);
        ShiftOptions shift;
        shift.units = 20;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_recording, JournalMode::Live, &error), qPrintable(error));
        generateShift(shift, [&](const Event &e) { j.append(e); });
        QCOMPARE(j.close().lost, 0);
    }

    void playback_neverReachesTheConfiguredBroker_data()
    {
        QTest::addColumn<QString>("user"); // the workstation's account at the broker
        QTest::addColumn<QString>("role"); // its role there, and backend.role
        QTest::addColumn<bool>("live"); // --live
        QTest::addColumn<bool>("urlInSettings"); // backend.url and backend.password_file, else
                                                 // --backend and WATCHFLOOR_BACKEND_PASSWORD
        QTest::newRow("live session, --backend") << u"ws-dispatch-01"_s << u"dispatcher"_s << true << false;
        QTest::newRow("training session, --backend") << u"ws-training-01"_s << u"trainee"_s << false << false;
        QTest::newRow("live session, settings file")
            << u"ws-dispatch-01"_s << u"dispatcher"_s << true << true;
    }
    void playback_neverReachesTheConfiguredBroker()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(bool, live);
        QFETCH(bool, urlInSettings);
        const QString password = freshPassword();
        const QString supervisorPassword = freshPassword();
        MqttBroker broker({ { user, role, password }, { u"sup-01"_s, u"supervisor"_s, supervisorPassword } });
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        const QString url = u"mqtts://%1@127.0.0.1:%2"_s.arg(user).arg(broker.port());

        // The workstation's configuration, as its site would set it up.
        QJsonObject backend { { u"ca_file"_s, broker.caFile() }, { u"role"_s, role } };
        QStringList config;
        if (live)
            config << u"--live"_s;
        if (urlInSettings) {
            const QString passwordFile = broker.dir() + u"/workstation-password"_s;
            QVERIFY(writeFile(passwordFile, password.toUtf8()));
            QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::WriteOwner);
            backend.insert(u"url"_s, url);
            backend.insert(u"password_file"_s, passwordFile);
            qunsetenv("WATCHFLOOR_BACKEND_PASSWORD");
        } else {
            config << u"--backend"_s << url;
            qputenv("WATCHFLOOR_BACKEND_PASSWORD", password.toUtf8());
        }
        const auto forgetPassword = qScopeGuard([] { qunsetenv("WATCHFLOOR_BACKEND_PASSWORD"); });
        const QString settings = broker.dir() + u"/settings.json"_s;
        QVERIFY(writeFile(settings,
            QJsonDocument(QJsonObject { { u"operator"_s, u"li"_s }, { u"backend"_s, backend } }).toJson()));
        config << u"--settings"_s << settings;

        // A supervisor on the broker sees everything published on both trees.
        MqttClient watcher({ .host = u"127.0.0.1"_s,
            .port = broker.port(),
            .caFile = broker.caFile(),
            .username = u"sup-01"_s,
            .password = supervisorPassword.toUtf8(),
            .clientId = u"sup-01"_s });
        QList<QByteArray> published;
        QObject::connect(&watcher, &MqttClient::messageReceived, &watcher,
            [&](const QByteArray &topic, const QByteArray &, const QByteArray &, const QByteArray &) {
                published.append(topic);
            });
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return watcher.isConnected(); }, 30000));
        QVERIFY2(watcher.subscribe("#", 1, false, &error), qPrintable(error));
        // The log is read as it grows: it has the supervisor's login before the app starts.
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn(broker, u"sup-01"_s), 10000);
        QTest::qWait(300); // the SUBACK
        const int before = connectionsSeen(broker);

        // Playback with that configuration, as long as the control runs (which logs in while starting).
        const auto review
            = runApp(config + QStringList { u"--playback"_s, m_recording, u"--quit-after"_s, u"4"_s });
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        QTest::qWait(1000); // anything the broker passed on reaches the supervisor by now
        QVERIFY2(connectionsSeen(broker) == before && !loggedIn(broker, user),
            qPrintable(u"playback reached the broker:\n"_s + broker.log()));
        QVERIFY2(published.isEmpty(), published.join(", ").constData());
        QVERIFY2(!QFile::exists(QFileInfo(m_recording).dir().filePath(u"live-shift-outbox.sqlite"_s)),
            "playback made an outbox for messages to the broker");

        // The control: the same configuration in a session of its own logs in and says so.
        const auto session = runApp(config
            + QStringList { u"--db"_s, broker.dir() + u"/session.sqlite"_s, u"--quit-after"_s, u"4"_s });
        QVERIFY2(session.exitCode == 0, qPrintable(session.err));
        QTRY_VERIFY2_WITH_TIMEOUT(loggedIn(broker, user), qPrintable(broker.log()), 10000);
        QVERIFY(connectionsSeen(broker) > before);
        const QByteArray presence
            = (u"wf/%1/workstations/%2/presence"_s.arg(live ? u"live"_s : u"training"_s, user)).toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(published.contains(presence), published.join(", ").constData(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackOffline)
#include "tst_playback_offline.moc"
