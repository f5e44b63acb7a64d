// Dispatch: every operator action is an event (the audit trail); orders go out through the
// connector and their progress comes back as events; what an operator may do is decided here,
// and a refused action changes nothing in the world.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "Geodesy.h"
#include "WorldState.h"

#include <QTest>
#include <cmath>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

// A bus feeding a world, recording what was published.
struct Desk
{
    EventBus bus;
    WorldState world;
    QList<Event> events;
    explicit Desk(QObject *context)
    {
        QObject::connect(&bus, &EventBus::published, context, [this](const Event &e) {
            events.append(e);
            world.apply(e);
        });
    }
    void put(EventPayload p)
    {
        Event e;
        e.source = QStringLiteral("test");
        e.sourceTimeMs = 1'000'000;
        e.payload = std::move(p);
        bus.publish(e);
    }
    int count(EventKind kind) const
    {
        return int(
            std::count_if(events.cbegin(), events.cend(), [&](const Event &e) { return e.kind() == kind; }));
    }
    void unit(const QString &id, UnitStatus status = UnitStatus::Available)
    {
        put(UnitReported {
            id, id + QStringLiteral("-call"), UnitKind::PatrolCar, status, { 30.6, 114.3 }, 0 });
    }
    void incident(const QString &id, Severity s = Severity::High)
    {
        put(IncidentReported { id, QStringLiteral("theft"), {}, s, { 30.59, 114.30 } });
    }
};

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private slots:
    void orderIsAuditedSentAndTracked()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("units"), 5 }, { QStringLiteral("incidents_per_hour"), 0 } }, &error),
            qPrintable(error));
        host.setTimeScale(16); // let the simulated crew answer quickly
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op7"));
        QString unitId;
        for (const auto &u : d.world.units()->rows()) {
            if (u.info.status == UnitStatus::Available && u.info.kind == UnitKind::PatrolCar)
                unitId = u.info.unitId;
        }
        QVERIFY(!unitId.isEmpty());

        d.events.clear();
        const QString orderId = dispatch.orderUnit(unitId, Dispatch::Task::MoveTo, 30.59, 114.30);
        QVERIFY2(!orderId.isEmpty(), qPrintable(dispatch.lastError()));
        QVERIFY(d.events.size() >= 2);
        const auto *action = std::get_if<OperatorAction>(&d.events[0].payload);
        QVERIFY(action);
        QCOMPARE(action->operatorId, QStringLiteral("op7"));
        QCOMPARE(action->action, QStringLiteral("order_unit"));
        QVERIFY(action->detail.contains(orderId));
        const auto *order = std::get_if<OrderIssued>(&d.events[1].payload);
        QVERIFY(order);
        QCOMPARE(order->task, QStringLiteral("move_to"));
        QCOMPARE(d.events[1].source, QStringLiteral("operator"));

        // The simulated unit answers within a few simulated seconds.
        QTRY_VERIFY_WITH_TIMEOUT(d.world.orders()->find(orderId)
                && d.world.orders()->find(orderId)->state >= OrderState::Delivered,
            10000);
        QCOMPARE(dispatch.refusedCommands(), 0);
    }

    void backendRefusalComesBackRejected()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(host.start(QStringLiteral("sim"), { { QStringLiteral("units"), 2 } }, &error));
        // A unit known to the world but not to the simulator: the simulator refuses.
        d.unit(QStringLiteral("GHOST"));
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op7"));
        const QString orderId
            = dispatch.orderUnit(QStringLiteral("GHOST"), Dispatch::Task::Respond, 30.6, 114.3);
        QCOMPARE(dispatch.refusedCommands(), 1);
        QVERIFY(dispatch.lastError().contains(QStringLiteral("GHOST")));
        const auto *order = d.world.orders()->find(orderId);
        QVERIFY(order);
        QCOMPARE(order->state, OrderState::Rejected);
    }

    void badOrdersAreRefusedAndChangeNothing()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true); // no connector: anything that got through would be rejected
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1"));
        d.unit(QStringLiteral("OFF"), UnitStatus::OffDuty);
        d.unit(QStringLiteral("BUSY"));
        d.incident(QStringLiteral("I1"));
        d.put(OrderIssued { QStringLiteral("O-old"), QStringLiteral("BUSY"), QStringLiteral("respond"),
            { 30.59, 114.30 }, QStringLiteral("I1") });
        d.events.clear();

        struct Case
        {
            const char *what;
            std::function<QString()> act;
            const char *says;
        };
        const QList<Case> cases {
            { "unknown unit",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("NOPE"), Dispatch::Task::Respond, 30.6, 114.3);
                },
                "Unknown unit" },
            { "off duty",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("OFF"), Dispatch::Task::Respond, 30.6, 114.3);
                },
                "off duty" },
            { "committed",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("BUSY"), Dispatch::Task::MoveTo, 30.6, 114.3);
                },
                "committed" },
            { "twice to the incident",
                [&] {
                    return dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("BUSY") })
                        .join(u',');
                },
                "already has an order" },
            { "no place",
                [&] { return dispatch.orderUnit(QStringLiteral("U1"), Dispatch::Task::MoveTo, 0, 0); },
                "no valid place" },
            { "unknown incident",
                [&] {
                    return dispatch.dispatchUnits(QStringLiteral("I9"), { QStringLiteral("U1") }).join(u',');
                },
                "Unknown incident" },
            { "incident without a place",
                [&] { return dispatch.createIncident(QStringLiteral("theft"), 2, 0, 0, {}); },
                "needs a place" },
            { "the same unit twice",
                [&] {
                    return dispatch
                        .dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("U1") })
                        .join(u',');
                },
                "chosen twice" },
        };
        int refused = 0;
        for (const auto &c : cases) {
            QVERIFY2(c.act().isEmpty(), c.what);
            QCOMPARE(dispatch.refusedCommands(), ++refused);
            QVERIFY2(dispatch.lastError().contains(QLatin1String(c.says)),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what), dispatch.lastError())));
        }
        // Nothing reached the world: no order, no incident; each refusal is in the audit trail.
        QCOMPARE(d.count(EventKind::OrderIssued), 0);
        QCOMPARE(d.count(EventKind::IncidentReported), 0);
        QCOMPARE(d.count(EventKind::OperatorAction), int(cases.size()));
        QCOMPARE(d.world.orders()->size(), 1);
    }

    void dispatchingIsAllOrNone()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1"));
        d.unit(QStringLiteral("U2"));
        d.unit(QStringLiteral("OFF"), UnitStatus::OffDuty);
        d.incident(QStringLiteral("I1"));
        QVERIFY(dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("OFF") })
                .isEmpty());
        QCOMPARE(d.count(EventKind::OrderIssued), 0);
        // Both good units: two orders, each carrying the incident, and the incident is dispatched.
        const QStringList orders
            = dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("U2") });
        QCOMPARE(orders.size(), 2);
        for (const auto &id : orders)
            QCOMPARE(d.world.orders()->find(id)->info.incidentId, QStringLiteral("I1"));
        QCOMPARE(d.world.incidents()->find(QStringLiteral("I1"))->stage, IncidentStage::Dispatched);
    }

    void rolesAreEnforcedHereNotOnlyInTheView()
    {
        Desk d(this);
        ConnectorHost live(&d.bus, false);
        d.unit(QStringLiteral("U1"));
        d.put(AlertRaised {
            QStringLiteral("A1"), QStringLiteral("armed robbery"), Severity::Critical, { 30.6, 114.3 } });
        d.incident(QStringLiteral("I1"));

        Dispatch trainee(&d.bus, &live, &d.world, QStringLiteral("t1"), Dispatch::Role::Trainee);
        QVERIFY(!trainee.acknowledgeAlert(QStringLiteral("A1")));
        QVERIFY(trainee.orderUnit(QStringLiteral("U1"), Dispatch::Task::Respond, 30.6, 114.3).isEmpty());
        QVERIFY(trainee.lastError().contains(QStringLiteral("trainee")));
        QVERIFY(!d.world.alerts()->find(QStringLiteral("A1"))->acknowledged);

        Dispatch dispatcher(&d.bus, &live, &d.world, QStringLiteral("d1"), Dispatch::Role::Dispatcher);
        QVERIFY(!dispatcher.dismissAlert(QStringLiteral("A1"), QStringLiteral("false alarm")));
        QVERIFY(dispatcher.lastError().contains(QStringLiteral("supervisor")));
        QVERIFY(!dispatcher.dismissAlert(QStringLiteral("A1"), QStringLiteral("  ")));
        QVERIFY(dispatcher.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::Resolved)));
        QVERIFY(!dispatcher.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::OnScene)));
        QCOMPARE(d.world.incidents()->find(QStringLiteral("I1"))->stage, IncidentStage::Resolved);

        Dispatch supervisor(&d.bus, &live, &d.world, QStringLiteral("s1"), Dispatch::Role::Supervisor);
        QVERIFY(supervisor.dismissAlert(QStringLiteral("A1"), QStringLiteral("false alarm")));
        QVERIFY(d.world.alerts()->find(QStringLiteral("A1"))->dismissed);
        QVERIFY(supervisor.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::OnScene)));
        QVERIFY(d.world.incidents()->find(QStringLiteral("I1"))->open);
    }

    // A lookout to every unit on duty around a place goes out through the simulator like any
    // order: one order per unit, task "lookout", with the plate and the incident; the crews note
    // it and carry on, so it commits nobody and sends nobody to the incident.
    void lookoutReachesEveryUnitOnDutyInTheArea()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(
            host.start(QStringLiteral("sim"),
                { { QStringLiteral("units"), 30 }, { QStringLiteral("incidents_per_hour"), 0 } }, &error),
            qPrintable(error));
        host.setTimeScale(16);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op7"));
        QVERIFY(d.world.units()->size() > 0);
        const GeoPoint centre = d.world.units()->at(0).info.position;
        d.put(IncidentReported {
            QStringLiteral("I1"), QStringLiteral("hit_and_run"), {}, Severity::High, centre });
        const double radius = 3000;
        QSet<QString> inside;
        for (const auto &u : d.world.units()->rows()) {
            if (u.info.status != UnitStatus::OffDuty
                && maps::distanceMeters(
                       { centre.lat, centre.lon }, { u.info.position.lat, u.info.position.lon })
                    <= radius)
                inside.insert(u.info.unitId);
        }
        QVERIFY(!inside.isEmpty());
        d.events.clear();

        const QStringList orders = dispatch.broadcastLookoutInArea(QStringLiteral(" 鄂A12345 "),
            QStringLiteral("white van"), QStringLiteral("https://photos.example/van.jpg"), centre.lat,
            centre.lon, radius, QStringLiteral("I1"));
        QVERIFY2(!orders.isEmpty(), qPrintable(dispatch.lastError()));
        QCOMPARE(orders.size(), inside.size());
        const auto *audit = std::get_if<OperatorAction>(&d.events.front().payload);
        QVERIFY(audit);
        QCOMPARE(audit->action, QStringLiteral("broadcast_lookout"));
        QVERIFY(audit->detail.contains(QStringLiteral("plate=鄂A12345")));
        QSet<QString> reached;
        for (const auto &id : orders) {
            const OrderRow *o = d.world.orders()->find(id);
            QVERIFY(o);
            QCOMPARE(o->info.task, QStringLiteral("lookout"));
            QCOMPARE(o->info.incidentId, QStringLiteral("I1"));
            QCOMPARE(o->info.lookout.plate, QStringLiteral("鄂A12345")); // trimmed
            QCOMPARE(o->info.lookout.description, QStringLiteral("white van"));
            reached.insert(o->info.unitId);
        }
        QCOMPARE(reached, inside);
        // Watching is not going: the incident is still waiting for a unit.
        QCOMPARE(d.world.incidents()->find(QStringLiteral("I1"))->stage, IncidentStage::New);
        // The crews acknowledge and are done; the simulator refused none of them.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(orders.cbegin(), orders.cend(),
                                     [&](const QString &id) {
                                         const auto s = d.world.orders()->find(id)->state;
                                         return s == OrderState::Done || s == OrderState::NoAnswer;
                                     }),
            20000);
        QCOMPARE(dispatch.refusedCommands(), 0);
        // A unit on lookout can still be sent to the incident.
        QVERIFY2(!dispatch.dispatchUnits(QStringLiteral("I1"), { *inside.cbegin() }).isEmpty(),
            qPrintable(dispatch.lastError()));
    }

    void lookoutToChosenUnits_carriesTheIncidentAndCommitsNobody()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true); // no connector: the orders come back rejected, as recorded
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1"));
        d.unit(QStringLiteral("U2"));
        d.incident(QStringLiteral("I1"));
        d.put(OrderIssued { QStringLiteral("O-old"), QStringLiteral("U2"), QStringLiteral("respond"),
            { 30.59, 114.30 }, QStringLiteral("I1"), {} });
        d.events.clear();
        // U2 is busy with the incident: a lookout still reaches it (it watches as it drives).
        const QStringList orders = dispatch.broadcastLookout({}, QStringLiteral("man in a red jacket"), {},
            { QStringLiteral("U1"), QStringLiteral("U2") }, QStringLiteral("I1"));
        QCOMPARE(orders.size(), 2);
        for (const auto &id : orders) {
            const OrderRow *o = d.world.orders()->find(id);
            QCOMPARE(o->info.task, QStringLiteral("lookout"));
            QCOMPARE(o->info.target, d.world.incidents()->find(QStringLiteral("I1"))->info.position);
        }
        QCOMPARE(d.count(EventKind::OrderIssued), 2);
        // Through the lookout dialog only: a bare order with the task has nothing to look out for.
        QVERIFY(dispatch.orderUnit(QStringLiteral("U1"), Dispatch::Task::Lookout, 30.6, 114.3).isEmpty());
        QVERIFY(dispatch.lastError().contains(QStringLiteral("lookout")));
        QCOMPARE(Dispatch::taskName(Dispatch::Task::Lookout), QStringLiteral("lookout"));
    }

    void badLookoutsAreRefusedAndChangeNothing()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1")); // at 30.6, 114.3
        d.unit(QStringLiteral("OFF"), UnitStatus::OffDuty);
        d.incident(QStringLiteral("I1"));
        d.events.clear();
        const QString plate = QStringLiteral("鄂A12345");
        const QStringList u1 { QStringLiteral("U1") };
        struct Case
        {
            const char *what;
            std::function<QStringList()> act;
            const char *says;
        };
        const QList<Case> cases {
            { "no plate, no description", [&] { return dispatch.broadcastLookout(u"  "_s, {}, {}, u1); },
                "needs a plate or a description" },
            { "photo alone",
                [&] { return dispatch.broadcastLookout({}, {}, u"https://x.example/a.jpg"_s, u1); },
                "needs a plate or a description" },
            { "plate too long", [&] { return dispatch.broadcastLookout(QString(17, u'A'), {}, {}, u1); },
                "at most 16" },
            { "description too long",
                [&] { return dispatch.broadcastLookout({}, QString(1001, u'x'), {}, u1); }, "at most 1000" },
            { "photo not a link or file",
                [&] { return dispatch.broadcastLookout(plate, {}, u"javascript:alert(1)"_s, u1); },
                "http(s) link or a file path" },
            { "photo with a password",
                [&] {
                    return dispatch.broadcastLookout(plate, {}, u"https://li:secret@x.example/a.jpg"_s, u1);
                },
                "user name or password" },
            { "unknown incident", [&] { return dispatch.broadcastLookout(plate, {}, {}, u1, u"I9"_s); },
                "Unknown incident" },
            { "no unit", [&] { return dispatch.broadcastLookout(plate, {}, {}, {}); }, "No unit chosen" },
            { "unknown unit",
                [&] { return dispatch.broadcastLookout(plate, {}, {}, { u"U1"_s, u"NOPE"_s }); },
                "Unknown unit NOPE" },
            { "off duty", [&] { return dispatch.broadcastLookout(plate, {}, {}, { u"U1"_s, u"OFF"_s }); },
                "off duty" },
            { "a unit twice", [&] { return dispatch.broadcastLookout(plate, {}, {}, { u"U1"_s, u"U1"_s }); },
                "chosen twice" },
            { "an empty area",
                [&] { return dispatch.broadcastLookoutInArea(plate, {}, {}, 31.5, 112.0, 5000); },
                "No unit on duty within 5000 m" },
            { "no radius", [&] { return dispatch.broadcastLookoutInArea(plate, {}, {}, 30.6, 114.3, 0); },
                "radius" },
            { "a radius too wide",
                [&] { return dispatch.broadcastLookoutInArea(plate, {}, {}, 30.6, 114.3, 60'000); },
                "at most 50 km" },
            { "no centre",
                [&] { return dispatch.broadcastLookoutInArea(plate, {}, {}, qQNaN(), 114.3, 1000); },
                "no valid centre" },
        };
        int refused = 0;
        for (const auto &c : cases) {
            QVERIFY2(c.act().isEmpty(), c.what);
            QCOMPARE(dispatch.refusedCommands(), ++refused);
            QVERIFY2(dispatch.lastError().contains(QLatin1String(c.says)),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what), dispatch.lastError())));
        }
        QCOMPARE(d.count(EventKind::OrderIssued), 0);
        QCOMPARE(d.count(EventKind::OperatorAction), int(cases.size())); // the refusals, audited

        // Roles: a trainee broadcasts in training like a dispatcher, never in a live session.
        ConnectorHost live(&d.bus, false);
        Dispatch liveTrainee(&d.bus, &live, &d.world, QStringLiteral("t1"), Dispatch::Role::Trainee);
        QVERIFY(liveTrainee.broadcastLookout(plate, {}, {}, u1).isEmpty());
        QVERIFY(liveTrainee.lastError().contains(QStringLiteral("trainee")));
        Dispatch trainee(&d.bus, &host, &d.world, QStringLiteral("t2"), Dispatch::Role::Trainee);
        QCOMPARE(trainee.broadcastLookout(plate, {}, {}, u1).size(), 1);
    }

    void sightingIsAuditedJournaledAndPlacedOnTheMap()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("units"), 5 }, { QStringLiteral("incidents_per_hour"), 0 } }, &error),
            qPrintable(error));
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("trainee1"), Dispatch::Role::Trainee);
        QVERIFY(d.world.cameras()->size() > 0);
        const CameraReported camera = d.world.cameras()->rows().front();
        const qint64 picture = d.world.clock() - 500;

        d.events.clear();
        QVERIFY2(dispatch.markSighting(camera.cameraId, picture, 0.25, 0.75, u"pickpocket:PP-01"_s),
            qPrintable(dispatch.lastError()));
        QCOMPARE(d.count(EventKind::OperatorAction), 1);
        QCOMPARE(std::get<OperatorAction>(d.events.front().payload).action, u"mark_sighting"_s);
        QCOMPARE(d.count(EventKind::SightingMarked), 1);
        const auto &mark = std::get<SightingMarked>(d.events.back().payload);
        QCOMPARE(mark, (SightingMarked { camera.cameraId, picture, 0.25, 0.75, u"pickpocket:PP-01"_s }));
        // The dispatcher's map places the sighting at the camera, with the picture's time.
        const LastSeenRow *seen = d.world.lastSeen()->find(u"camera:"_s + camera.cameraId);
        QVERIFY(seen);
        QCOMPARE(seen->position, camera.position);
        QCOMPARE(seen->atMs, picture);

        // A picture that knows its lens gives the ground the mark stands for: the event carries
        // it and the map shows it there, not at the camera.
        const auto ground = maps::offsetMeters({ camera.position.lat, camera.position.lon }, 30, 40);
        d.events.clear();
        QVERIFY2(dispatch.markSighting(camera.cameraId, picture + 200, 0.5, 0.6, {}, ground.lat, ground.lon),
            qPrintable(dispatch.lastError()));
        QCOMPARE(d.count(EventKind::SightingMarked), 1);
        const auto &placed = std::get<SightingMarked>(d.events.back().payload);
        QVERIFY(placed.ground);
        QCOMPARE(placed.ground->lat, ground.lat);
        QCOMPARE(placed.ground->lon, ground.lon);
        seen = d.world.lastSeen()->find(u"camera:"_s + camera.cameraId);
        QVERIFY(seen);
        QCOMPARE(seen->position, (GeoPoint { ground.lat, ground.lon }));
        QCOMPARE(seen->atMs, picture + 200);

        // Marks that are not a camera's picture change nothing but the audit trail.
        d.events.clear();
        // A ground point beyond the camera's reach (1 km away), half a point, or off the globe.
        const auto far = maps::offsetMeters({ camera.position.lat, camera.position.lon }, 0, 1000);
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 0.5, 0.5, {}, far.lat, far.lon));
        QVERIFY(dispatch.lastError().contains(u"view"_s));
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 0.5, 0.5, {}, ground.lat, std::nan("")));
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 0.5, 0.5, {}, 91, ground.lon));
        QVERIFY(!dispatch.markSighting(u"NO-SUCH-CAMERA"_s, picture, 0.5, 0.5));
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 1.5, 0.5));
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 0.5, std::nan("")));
        QVERIFY(!dispatch.markSighting(camera.cameraId, d.world.clock() + 3'600'000, 0.5, 0.5));
        QVERIFY(!dispatch.markSighting(camera.cameraId, picture, 0.5, 0.5, QString(300, u'x')));
        QCOMPARE(d.count(EventKind::SightingMarked), 0);
        QCOMPARE(d.count(EventKind::OperatorAction), 8); // each refusal is audited
        QCOMPARE(d.world.lastSeen()->size(), 1);
        QCOMPARE(d.world.lastSeen()->find(u"camera:"_s + camera.cameraId)->position,
            (GeoPoint { ground.lat, ground.lon }));
    }

    void anAlertBecomesAnIncident()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.put(AlertRaised { QStringLiteral("A1"), QStringLiteral("fight"), Severity::High, { 30.6, 114.3 } });
        const QString id = dispatch.createIncident(QStringLiteral("fight"), int(Severity::High), 30.6, 114.3,
            QStringLiteral("two men, one with a bottle"), QStringLiteral("A1"));
        QVERIFY2(!id.isEmpty(), qPrintable(dispatch.lastError()));
        const AlertRow *alert = d.world.alerts()->find(QStringLiteral("A1"));
        QVERIFY(alert->acknowledged);
        QCOMPARE(alert->incidentId, id);
        const IncidentRow *inc = d.world.incidents()->find(id);
        QCOMPARE(inc->alerts, QStringList { QStringLiteral("A1") });
        QCOMPARE(inc->source, QStringLiteral("operator"));
        // An alert belongs to one incident.
        QVERIFY(dispatch.createIncident(QStringLiteral("fight"), 2, 30.6, 114.3, {}, QStringLiteral("A1"))
                .isEmpty());
        QVERIFY(dispatch.lastError().contains(QStringLiteral("already attached")));
        // Snoozing is bounded and on the world's clock.
        d.put(AlertRaised { QStringLiteral("A2"), QStringLiteral("tip"), Severity::Low, { 30.6, 114.3 } });
        QVERIFY(!dispatch.snoozeAlert(QStringLiteral("A2"), 0));
        QVERIFY(dispatch.snoozeAlert(QStringLiteral("A2"), 10));
        QCOMPARE(d.world.alerts()->find(QStringLiteral("A2"))->snoozedUntilMs, d.world.clock() + 600'000);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
