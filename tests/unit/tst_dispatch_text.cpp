// The words the event log, the alert queue and the incident panel show for the codes connectors
// send: English by default, Chinese with the catalogue the app ships, the code itself for one
// nobody knows.
#include "DispatchText.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace wf;
using namespace Qt::StringLiterals;

class TestDispatchText : public QObject
{
    Q_OBJECT
private slots:
    void englishByDefault()
    {
        QCOMPARE(dispatchtext::incidentType(u"theft"_s), u"theft"_s);
        QCOMPARE(dispatchtext::incidentType(u"hit_and_run"_s), u"hit and run"_s);
        QCOMPARE(dispatchtext::orderState(OrderState::EnRoute), u"en route"_s);
    }

    void chineseWithTheShippedCatalogue()
    {
        // The catalogue as built beside the app: the texts must be under the context the code
        // looks in, or a Chinese dispatcher reads English incident types.
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(WATCHFLOOR_BINARY_DIR "/app/watchfloor_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString theft = dispatchtext::incidentType(u"theft"_s);
        const QString enRoute = dispatchtext::orderState(OrderState::EnRoute);
        const QString onScene = dispatchtext::unitStatus(UnitStatus::OnScene);
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(theft, u"盗窃"_s);
        QCOMPARE(enRoute, u"途中"_s);
        QVERIFY2(onScene != dispatchtext::unitStatus(UnitStatus::OnScene), qPrintable(onScene));
    }

    void anUnknownTypeIsShownAsSent() { QCOMPARE(dispatchtext::incidentType(u"gas_leak"_s), u"gas_leak"_s); }
};

QTEST_GUILESS_MAIN(TestDispatchText)
#include "tst_dispatch_text.moc"
