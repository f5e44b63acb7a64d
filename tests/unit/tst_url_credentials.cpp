// Stream URLs lose their user name and password wherever they are written down; the rest of
// the URL, and text around it, stays as it was.
#include "UrlCredentials.h"

#include <QTest>

using namespace wf;

class TestUrlCredentials : public QObject
{
    Q_OBJECT
private slots:
    void credentialsGo_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("rtsp") << QStringLiteral("rtsp://admin:Hik12345@10.1.2.3:554/Streaming/Channels/101")
                              << QStringLiteral("rtsp://10.1.2.3:554/Streaming/Channels/101");
        QTest::newRow("user only") << QStringLiteral("http://viewer@cam.local/mjpeg")
                                   << QStringLiteral("http://cam.local/mjpeg");
        QTest::newRow("@ in the password") << QStringLiteral("rtsp://op:p@ss@w0rd@10.0.0.9/live?tcp")
                                           << QStringLiteral("rtsp://10.0.0.9/live?tcp");
        QTest::newRow("@ after the host stays")
            << QStringLiteral("http://cam.local/a@b?x=c@d") << QStringLiteral("http://cam.local/a@b?x=c@d");
        QTest::newRow("in a message")
            << QStringLiteral("Could not open rtsp://u:secret@h/s (timeout); retried rtsp://u:secret@h/t")
            << QStringLiteral("Could not open rtsp://h/s (timeout); retried rtsp://h/t");
        QTest::newRow("no credentials")
            << QStringLiteral("sim://camera/C12") << QStringLiteral("sim://camera/C12");
        QTest::newRow("a mail address is not a URL")
            << QStringLiteral("ops@example.org") << QStringLiteral("ops@example.org");
        QTest::newRow("empty") << QString() << QString();
    }
    void credentialsGo()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(withoutUrlCredentials(in), out);
    }
};

QTEST_APPLESS_MAIN(TestUrlCredentials)
#include "tst_url_credentials.moc"
