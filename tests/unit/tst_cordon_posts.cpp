// The manning of a cordon on a generated street grid, as the dispatcher sees it: a plan needs an
// analysed cordon with crossings; posts left out get no order; activation sends one
// man-checkpoint order per post with a unit and says which cordon they close, all or none (a unit
// sent elsewhere since the plan refuses it); each post then follows its order (en route, closed,
// unmanned when refused), and the cordon's closure goes out once, when the last post closes.
// The backend is a stand-in compiled into the test that takes every command and reports nothing
// of its own: the test reports the orders' progress as a backend would, since a simulated world
// would move its own units, not the grid's.
#define QT_STATICPLUGIN
#include "../common/RandomRoads.h"
#include "ConnectorHost.h"
#include "CordonEngine.h"
#include "CordonPosts.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QSignalSpy>
#include <QTest>
#include <QtPlugin>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

class TakesEveryCommand : public Connector
{
public:
    QString id() const override { return u"posts-test"_s; }
    bool isTraining() const override { return true; }
    bool start(EventSink *, QString *) override { return true; }
    void stop() override { }
    bool submit(const Event &, QString *) override { return true; }
};

} // namespace

class PostsTestFactory : public QObject, public ConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WatchfloorConnectorFactory_iid)
    Q_INTERFACES(wf::ConnectorFactory)
public:
    QString connectorId() const override { return u"posts-test"_s; }
    std::unique_ptr<Connector> create(const QVariantMap &, QString *) override
    {
        return std::make_unique<TakesEveryCommand>();
    }
};

Q_IMPORT_PLUGIN(PostsTestFactory)

namespace {

const QString kCordon = u"CORDON-T"_s;

struct Station
{
    EventBus bus;
    WorldState world;
    ConnectorHost host { &bus, true };
    Dispatch dispatch { &bus, &host, &world, u"op-test"_s };
    std::vector<Event> events;
    CordonPosts posts;
    explicit Station(std::shared_ptr<const maps::RoadGraph> roads)
        : posts(&world, &bus, &dispatch, std::move(roads))
    {
        QObject::connect(&bus, &EventBus::published, &world, [this](const Event &e) {
            world.apply(e);
            events.push_back(e);
        });
        host.discover({});
        QString error;
        if (!host.start(u"posts-test"_s, {}, &error))
            qFatal("backend: %s", qPrintable(error));
    }
    void publish(EventPayload payload)
    {
        Event e;
        e.source = u"test"_s;
        e.payload = std::move(payload);
        bus.publish(e);
    }
    template<typename T> std::vector<T> published() const
    {
        std::vector<T> out;
        for (const Event &e : events) {
            if (const auto *p = std::get_if<T>(&e.payload))
                out.push_back(*p);
        }
        return out;
    }
    int audited(const QString &action) const
    {
        int n = 0;
        for (const auto &a : published<OperatorAction>())
            n += a.action == action;
        return n;
    }
    const OrderRow *orderOf(const QString &unitId) const
    {
        for (const auto &o : world.orders()->rows()) {
            if (o.info.unitId == unitId)
                return &o;
        }
        return nullptr;
    }
    void report(const QString &unitId, OrderState state)
    {
        const OrderRow *o = orderOf(unitId);
        QVERIFY2(o, qPrintable(unitId));
        publish(OrderStateChanged { o->info.orderId, state, {} });
    }
};

} // namespace

class TestCordonPosts : public QObject
{
    Q_OBJECT

    testing::RandomRoadsOptions m_o;
    std::shared_ptr<const maps::RoadGraph> m_graph;
    std::vector<maps::LatLon> m_ring;
    std::vector<CordonCrossing> m_crossings;

    maps::LatLon at(double cols, double rows) const
    {
        return maps::offsetMeters(m_o.origin, cols * m_o.spacingM, rows * m_o.spacingM);
    }

    // A station whose world has the cordon set and sixty free units spread over the grid, so
    // that every crossing of the ring gets one.
    std::unique_ptr<Station> station()
    {
        auto s = std::make_unique<Station>(m_graph);
        CordonSet set { kCordon, u"Test ring"_s, {} };
        for (const auto &p : m_ring)
            set.ring.append(GeoPoint { p.lat, p.lon });
        s->publish(set);
        testing::RandomRoads r(9);
        for (int i = 0; i < 60; ++i) {
            const auto p = at(r.unit() * 29, r.unit() * 29);
            const QString id = u"U%1"_s.arg(i, 2, 10, QChar(u'0'));
            s->publish(
                UnitReported { id, id, UnitKind::PatrolCar, UnitStatus::Available, { p.lat, p.lon }, 0 });
        }
        return s;
    }

    // The rows that got a unit.
    static QList<int> manned(const CordonPosts &posts)
    {
        QList<int> out;
        for (int r = 0; r < int(posts.manningPlan().rows.size()); ++r) {
            if (!posts.manningPlan().rows[std::size_t(r)].unitId.isEmpty())
                out.append(r);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_o.cols = 30;
        m_o.rows = 30;
        m_o.seed = 21;
        m_graph = testing::RandomRoads::graph(m_o);
        m_ring = { at(10.5, 10.5), at(19.5, 10.5), at(19.5, 19.5), at(10.5, 19.5) };
        CordonEngine engine(m_graph);
        maps::ShapeProblem problem;
        CordonQuery q;
        const auto centre = at(15, 15);
        q.origin = GeoPoint { centre.lat, centre.lon };
        const auto analysis = engine.analyse(maps::GeoShape::fromRing(m_ring, &problem), {}, {}, q);
        m_crossings = analysis.crossings;
        QVERIFY2(m_crossings.size() >= 8, qPrintable(analysis.problem));
    }

    void nothingToPlanOrActivateWithoutCrossings()
    {
        auto s = station();
        QSignalSpy said(&s->posts, &CordonPosts::said);
        QVERIFY(!s->posts.plan(kCordon, {}));
        QVERIFY(!s->posts.plan({}, m_crossings));
        QCOMPARE(said.count(), 2);
        QVERIFY(said.last().at(1).toBool());
        QCOMPARE(s->posts.activate(kCordon), 0);
        QVERIFY(said.last().at(0).toString().contains(u"plan first"_s));
        QVERIFY(s->published<OrderIssued>().empty());
        QVERIFY(s->published<CordonActivated>().empty());

        // Without a road graph nobody can be timed to a crossing.
        CordonPosts blind(&s->world, &s->bus, &s->dispatch, nullptr);
        QVERIFY(!blind.plan(kCordon, m_crossings));
    }

    void aPlanSaysItsGapsAndWhatIsLeftOut()
    {
        auto s = station();
        QSignalSpy said(&s->posts, &CordonPosts::said);
        QSignalSpy changed(&s->posts, &CordonPosts::changed);
        QVERIFY(s->posts.plan(kCordon, m_crossings));
        const int n = int(m_crossings.size());
        const QVariantList rows = s->posts.rows();
        QCOMPARE(rows.size(), n);
        for (const QVariant &row : rows) {
            QVERIFY(row.toMap().value(u"included"_s).toBool());
            QCOMPARE(row.toMap().value(u"post"_s).value<CordonPosts::Post>(), CordonPosts::Post::Unmanned);
        }
        QVERIFY(!manned(s->posts).isEmpty());
        QVERIFY2(
            s->posts.summary().contains(u"of %1 crossings manned"_s.arg(n)), qPrintable(s->posts.summary()));
        QCOMPARE(said.count(), 1);
        QCOMPARE(said.last().at(0).toString(), s->posts.summary());
        QCOMPARE(said.last().at(1).toBool(), s->posts.manningPlan().gaps > 0); // gaps are said as a warning
        QVERIFY(!s->posts.active());
        QVERIFY(!s->posts.mans(kCordon)); // planned, not yet manned

        const int before = int(changed.count());
        s->posts.setIncluded(0, false);
        QCOMPARE(changed.count(), before + 1);
        QVERIFY(!s->posts.rows().at(0).toMap().value(u"included"_s).toBool());
        QVERIFY2(s->posts.summary().endsWith(u"1 left out"_s), qPrintable(s->posts.summary()));
        s->posts.setIncluded(0, true);
        QVERIFY(!s->posts.summary().contains(u"left out"_s));
    }

    void activationSendsOneOrderPerIncludedPost()
    {
        auto s = station();
        QVERIFY(s->posts.plan(kCordon, m_crossings));
        const auto &plan = s->posts.manningPlan();
        const QList<int> rows = manned(s->posts);
        QVERIFY(rows.size() >= 2);
        const int leftOutRow = rows[0];
        s->posts.setIncluded(leftOutRow, false);
        const QString leftOut = plan.rows[std::size_t(leftOutRow)].unitId;

        const int sent = s->posts.activate(kCordon);
        QCOMPARE(sent, int(rows.size()) - 1);
        QVERIFY(s->posts.active());
        QVERIFY(s->posts.mans(kCordon));
        QVERIFY(!s->posts.mans(u"another"_s));
        const auto orders = s->published<OrderIssued>();
        QCOMPARE(int(orders.size()), sent);
        QVERIFY(!s->orderOf(leftOut));
        for (int r : rows.mid(1)) {
            const OrderRow *o = s->orderOf(plan.rows[std::size_t(r)].unitId);
            QVERIFY(o);
            QCOMPARE(o->info.task, u"man_checkpoint"_s);
            const auto &place = m_crossings[std::size_t(plan.rows[std::size_t(r)].crossing)].road.point;
            QVERIFY(std::abs(o->info.target.lat - place.lat) < 1e-6
                && std::abs(o->info.target.lon - place.lon) < 1e-6);
            QCOMPARE(s->posts.postOf(r), CordonPosts::Post::EnRoute);
        }
        QCOMPARE(s->posts.postOf(leftOutRow), CordonPosts::Post::Unmanned);
        // The orders alone do not say which cordon they close: the activation does, once, audited.
        const auto activated = s->published<CordonActivated>();
        QCOMPARE(int(activated.size()), 1);
        QCOMPARE(activated[0].cordonId, kCordon);
        QCOMPARE(activated[0].orderIds.size(), sent);
        QCOMPARE(s->audited(u"activate_cordon_manning"_s), 1);
        QVERIFY(s->posts.summary().startsWith(u"Manning active: 0%"_s));

        // An active plan is not made again, changed, or sent twice.
        QVERIFY(!s->posts.plan(kCordon, m_crossings));
        s->posts.setIncluded(leftOutRow, true);
        QVERIFY(!s->posts.rows().at(leftOutRow).toMap().value(u"included"_s).toBool());
        QCOMPARE(s->posts.activate(kCordon), 0);
        QCOMPARE(int(s->published<OrderIssued>().size()), sent);

        s->posts.reset();
        QVERIFY(!s->posts.active());
        QVERIFY(!s->posts.mans(kCordon));
        QVERIFY(s->posts.rows().isEmpty());
    }

    void aUnitSentElsewhereSinceThePlanRefusesTheActivation()
    {
        auto s = station();
        QVERIFY(s->posts.plan(kCordon, m_crossings));
        const QList<int> rows = manned(s->posts);
        QVERIFY(!rows.isEmpty());
        const ManningRow first = s->posts.manningPlan().rows[std::size_t(rows[0])];
        const auto far = at(1, 1);
        QVERIFY(!s->dispatch.orderUnit(first.unitId, Dispatch::Task::MoveTo, far.lat, far.lon, {}).isEmpty());
        QSignalSpy said(&s->posts, &CordonPosts::said);
        QCOMPARE(s->posts.activate(kCordon), 0);
        QVERIFY(said.last().at(0).toString().contains(first.callSign));
        QVERIFY(said.last().at(1).toBool());
        QCOMPARE(int(s->published<OrderIssued>().size()), 1); // the move, nothing of the plan
        QVERIFY(s->published<CordonActivated>().empty());
        QVERIFY(!s->posts.active());
    }

    void postsFollowTheirOrdersAndTheClosureGoesOutOnce()
    {
        auto s = station();
        QVERIFY(s->posts.plan(kCordon, m_crossings));
        const auto &plan = s->posts.manningPlan();
        const QList<int> rows = manned(s->posts);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(s->posts.activate(kCordon), int(rows.size()));
        QSignalSpy changed(&s->posts, &CordonPosts::changed);

        const int half = int(rows.size()) / 2;
        for (int i = 0; i < half; ++i)
            s->report(plan.rows[std::size_t(rows[i])].unitId, OrderState::OnScene);
        QVERIFY(changed.count() >= half); // each report moves the panel on
        QCOMPARE(s->posts.postOf(rows[0]), CordonPosts::Post::Closed);
        QCOMPARE(s->posts.postOf(rows[half]), CordonPosts::Post::EnRoute);
        QCOMPARE(s->posts.closedPercent(), int(std::lround(100.0 * half / double(plan.rows.size()))));
        QVERIFY2(s->posts.summary().contains(u"%1%"_s.arg(s->posts.closedPercent())),
            qPrintable(s->posts.summary()));

        // A refused order leaves its post unmanned; a unit on scene after all closes it.
        const QString refused = plan.rows[std::size_t(rows[half])].unitId;
        s->report(refused, OrderState::Rejected);
        QCOMPARE(s->posts.postOf(rows[half]), CordonPosts::Post::Unmanned);

        for (int i = half; i < int(rows.size()); ++i)
            s->report(plan.rows[std::size_t(rows[i])].unitId, OrderState::OnScene);
        QCOMPARE(s->posts.closedPercent(), 100);
        // The closure follows the order's event, after it: not within it.
        QVERIFY(s->published<CordonClosed>().empty());
        QTRY_COMPARE(int(s->published<CordonClosed>().size()), 1);
        QCOMPARE(s->published<CordonClosed>()[0].cordonId, kCordon);

        // Done after on scene is still closed, and the closure is not said again.
        s->report(plan.rows[std::size_t(rows[0])].unitId, OrderState::Done);
        QCOMPARE(s->posts.closedPercent(), 100);
        QTest::qWait(50);
        QCOMPARE(int(s->published<CordonClosed>().size()), 1);
    }

    void aCordonLiftedBeforeItsLastPostClosedIsNotClosed()
    {
        auto s = station();
        QVERIFY(s->posts.plan(kCordon, m_crossings));
        const auto &plan = s->posts.manningPlan();
        const QList<int> rows = manned(s->posts);
        QCOMPARE(s->posts.activate(kCordon), int(rows.size()));
        for (int r : rows)
            s->report(plan.rows[std::size_t(r)].unitId, OrderState::OnScene);
        s->publish(CordonCleared { kCordon }); // before the queued closure runs
        QTest::qWait(50);
        QVERIFY(s->published<CordonClosed>().empty());
    }
};

QTEST_GUILESS_MAIN(TestCordonPosts)
#include "tst_cordon_posts.moc"
