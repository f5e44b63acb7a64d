// A trainee at the workstation is scored like the built-in dispatcher: orders given through
// Dispatch carry their incident, reach the training world through the real sim plugin, and the
// scenario's response objectives credit them. A control run with no orders earns nothing.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "HubeiMap.h"
#include "UnitRanker.h"
#include "WorldState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;

namespace {

struct Shift
{
    EventBus bus;
    WorldState world;
    ConnectorHost host { &bus, true };
    Dispatch dispatch { &bus, &host, &world, QStringLiteral("trainee-1"), Dispatch::Role::Trainee };
    QTemporaryDir dir;

    explicit Shift(QObject *context)
    {
        QObject::connect(&bus, &EventBus::published, context, [this](const Event &e) { world.apply(e); });
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
    }
    bool start(QString *error)
    {
        if (!host.start(QStringLiteral("sim"),
                { { QStringLiteral("scenario"), QStringLiteral("pickpocketing") },
                    { QStringLiteral("seed"), 5 },
                    { QStringLiteral("debrief"), dir.filePath(QStringLiteral("debrief.json")) } },
                error))
            return false;
        host.setTimeScale(0); // paused: the test steps the world a second at a time
        return true;
    }
    // The points the run's report gives one objective.
    double points(const QString &objective)
    {
        const auto report
            = QJsonDocument::fromJson(world.scenario()->scoredEvent().reportJson.toUtf8()).object();
        for (const auto &o : report.value(u"objectives").toArray()) {
            if (o.toObject().value(u"id").toString() == objective)
                return o.toObject().value(u"points").toDouble();
        }
        return -1;
    }
};

} // namespace

class TestTraineeDispatch : public QObject
{
    Q_OBJECT
private slots:
    void aTraineesResponsesAreScored()
    {
        Shift shift(this);
        QString error;
        QVERIFY2(shift.start(&error), qPrintable(error));
        UnitRanker ranker(sim::HubeiMap::shared()->roadGraph());
        QSet<QString> handled;
        int dispatched = 0;
        // The trainee: each new incident gets the fastest available unit by road, as the incident
        // panel recommends it, through Dispatch like a click on "Call support".
        for (int s = 0; s < 4 * 3600 && !shift.world.scenario()->ended(); ++s) {
            shift.host.step();
            for (const auto &inc : shift.world.incidents()->rows()) {
                if (!inc.open || handled.contains(inc.info.incidentId))
                    continue;
                handled.insert(inc.info.incidentId);
                const auto ranked
                    = ranker.rank(*shift.world.units(), inc.info.position, 30 * 60, shift.world.orders());
                if (ranked.empty())
                    continue;
                const auto orders
                    = shift.dispatch.dispatchUnits(inc.info.incidentId, { ranked.front().unitId });
                QVERIFY2(!orders.isEmpty(), qPrintable(shift.dispatch.lastError()));
                ++dispatched;
            }
        }
        QVERIFY(shift.world.scenario()->ended());
        QVERIFY(dispatched > 0);
        // Every order the trainee gave carries its incident.
        for (const auto &o : shift.world.orders()->rows())
            QVERIFY(!o.info.incidentId.isEmpty());
        const double any = shift.points(QStringLiteral("any"));
        qInfo("%d incidents dispatched; \"all incidents within their targets\": %.1f points, key sites %.1f",
            dispatched, any, shift.points(QStringLiteral("key-site")));
        QVERIFY2(any > 0, qPrintable(shift.world.scenario()->scoredEvent().reportJson));
    }

    void withoutOrdersNothingIsEarned()
    {
        Shift shift(this);
        QString error;
        QVERIFY2(shift.start(&error), qPrintable(error));
        for (int s = 0; s < 4 * 3600 && !shift.world.scenario()->ended(); ++s)
            shift.host.step();
        QVERIFY(shift.world.scenario()->ended());
        QCOMPARE(shift.points(QStringLiteral("any")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTraineeDispatch)
#include "tst_trainee_dispatch.moc"
