// A site's camera file with passwords in its stream URLs: the real app runs with it, and
// neither the journal (the audit trail, copied for playback) nor the --wall-health file (read
// by monitoring) holds the password afterwards, while both still name the stream.
#include "../common/AppRun.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::testing;

class TestCameraCredentials : public QObject
{
    Q_OBJECT
private slots:
    void passwordsAreNotWrittenDown()
    {
        QTemporaryDir dir;
        const QString cameras = dir.filePath(QStringLiteral("cameras.json"));
        const QString health = dir.filePath(QStringLiteral("health.json"));
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        // Port 1 refuses: the tile fails at once, with an error that may quote its URL.
        const QJsonArray list { QJsonObject { { QStringLiteral("id"), QStringLiteral("GATE-1") },
            { QStringLiteral("name"), QStringLiteral("North gate") }, { QStringLiteral("lat"), 30.59 },
            { QStringLiteral("lon"), 114.30 }, { QStringLiteral("bearing_deg"), 90 },
            { QStringLiteral("fov_deg"), 60 },
            { QStringLiteral("main"), QStringLiteral("rtsp://admin:Tr0ub4dor@127.0.0.1:1/main") },
            { QStringLiteral("sub"), QStringLiteral("rtsp://admin:Tr0ub4dor@127.0.0.1:1/sub") } } };
        QFile f(cameras);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(list).toJson());
        f.close();
        const auto run = runApp({ QStringLiteral("--cameras"), cameras, QStringLiteral("--wall-health"),
            health, QStringLiteral("--db"), journal, QStringLiteral("--wall-layout"), QStringLiteral("1"),
            QStringLiteral("--quit-after"), QStringLiteral("6") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The health file names the stream, without the password.
        QFile h(health);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray healthText = h.readAll();
        QVERIFY2(!healthText.contains("Tr0ub4dor") && !healthText.contains("admin:"), healthText.constData());
        const auto tiles
            = QJsonDocument::fromJson(healthText).object().value(QStringLiteral("tiles")).toArray();
        QVERIFY(!tiles.isEmpty());
        bool named = false;
        for (const auto &t : tiles)
            named = named
                || t.toObject().value(QStringLiteral("source")).toString().startsWith(u"rtsp://127.0.0.1:1/");
        QVERIFY2(named, healthText.constData());

        // The journal keeps the camera and its stream, without the password: decoded, and in
        // the bytes of every file SQLite left (the database and its write-ahead log).
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(journal, &error), qPrintable(error));
        QString mainUrl, subUrl;
        reader.read(0, std::numeric_limits<qint64>::max(), [&](const Event &e) {
            if (const auto *c = std::get_if<CameraReported>(&e.payload); c && c->cameraId == u"GATE-1") {
                mainUrl = c->mainUrl;
                subUrl = c->subUrl;
            }
        });
        QCOMPARE(mainUrl, QStringLiteral("rtsp://127.0.0.1:1/main"));
        QCOMPARE(subUrl, QStringLiteral("rtsp://127.0.0.1:1/sub"));
        const QString secret = QStringLiteral("Tr0ub4dor");
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QByteArray utf16be;
        for (const QChar c : secret)
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        for (const QString &name :
            QDir(dir.path()).entryList({ QStringLiteral("journal.sqlite*") }, QDir::Files)) {
            QFile j(dir.filePath(name));
            QVERIFY(j.open(QIODevice::ReadOnly));
            const QByteArray bytes = j.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(utf16) && !bytes.contains(utf16be),
                qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCameraCredentials)
#include "tst_camera_credentials.moc"
