// Event payloads: the binary form the journal stores must give back exactly what went in, for
// every kind, and must refuse bytes that are not a well-formed payload without crashing or
// allocating what a corrupt length asks for.
#include "Event.h"

#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <QTest>
#include <atomic>
#include <cstdlib>
#include <limits>
#include <utility>

// --- allocation watch ------------------------------------------------------------------------
// Qt containers allocate with malloc (QArrayData::allocate), so the largest malloc request made
// while a decode runs shows whether a corrupt count made it reserve memory. The executable's
// malloc takes precedence over the C library's for the whole process; it forwards to glibc.
// Sanitizers bring their own allocator, so under them (the asan preset) the watch is left out and
// only the rejection itself is checked.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WF_WATCH_MALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define WF_WATCH_MALLOC 0
#endif
#endif
#ifndef WF_WATCH_MALLOC
#define WF_WATCH_MALLOC 1
#endif

namespace {
std::atomic<bool> g_watchAllocations { false };
std::atomic<size_t> g_largestAllocation { 0 };
} // namespace
#if WF_WATCH_MALLOC
extern "C" void *__libc_malloc(size_t size);
extern "C" void *malloc(size_t size)
{
    if (g_watchAllocations.load(std::memory_order_relaxed)) {
        size_t seen = g_largestAllocation.load(std::memory_order_relaxed);
        while (size > seen && !g_largestAllocation.compare_exchange_weak(seen, size)) { }
    }
    return __libc_malloc(size);
}
#endif

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

// One sample per alternative, every field away from its default so that a field the encoder
// forgets shows up as a difference. An alternative without a sample here fails sampleTable.
template<typename T> std::optional<T> sample()
{
    return std::nullopt;
}

const GeoPoint kWuhan { 30.592849, 114.305539 };
const GeoPoint kSuizhou { 31.690215, 113.382458 };

template<> std::optional<UnitReported> sample()
{
    return UnitReported { u"unit-0042"_s, u"鄂A·巡12"_s, UnitKind::JointArmedPatrol, UnitStatus::EnRoute,
        kWuhan, 271.5f };
}
template<> std::optional<UnitMoved> sample()
{
    return UnitMoved { u"unit-0042"_s, { -33.8688, 151.2093 }, 359.75f, 87.25f };
}
template<> std::optional<UnitStatusChanged> sample()
{
    return UnitStatusChanged { u"unit-0007"_s, UnitStatus::OffDuty };
}
template<> std::optional<CameraReported> sample()
{
    return CameraReported { u"cam-420102-0001"_s, u"户部巷 东口"_s, kWuhan, 135.0f, 42.5f,
        u"rtsp://10.0.0.1/main"_s, u"rtsp://10.0.0.1/sub"_s };
}
template<> std::optional<SiteReported> sample()
{
    return SiteReported { u"site-17"_s, u"随州 北检查站"_s, SiteKind::SmartCheckpoint, kSuizhou };
}
template<> std::optional<IncidentReported> sample()
{
    return IncidentReported { u"inc-2024-0001"_s, u"traffic_accident"_s, u"hit-and-run, taxi fled north"_s,
        Severity::Critical, kWuhan };
}
template<> std::optional<IncidentClosed> sample()
{
    return IncidentClosed { u"inc-2024-0001"_s, u"suspect detained in Suizhou"_s };
}
template<> std::optional<CongestionReported> sample()
{
    return CongestionReported { u"cg-3"_s, u"长江大桥"_s, Severity::High, kWuhan, true };
}
template<> std::optional<OrderIssued> sample()
{
    return OrderIssued { u"ord-9"_s, u"unit-0042"_s, u"lookout"_s, kSuizhou, u"inc-2024-0001"_s,
        { u"鄂A·12345"_s, u"white van, dented bumper"_s, u"https://photos.example/van.jpg"_s } };
}
template<> std::optional<OrderStateChanged> sample()
{
    return OrderStateChanged { u"ord-9"_s, OrderState::NoAnswer, u"no reply after 3 calls"_s };
}
template<> std::optional<CordonSet> sample()
{
    return CordonSet { u"cordon-city"_s, u"武汉市 外环"_s,
        { { 30.1, 113.9 }, { 30.1, 114.7 }, { 30.9, 114.7 }, { 30.9, 113.9 }, { 30.5, 113.8 } } };
}
template<> std::optional<CordonCleared> sample()
{
    return CordonCleared { u"cordon-city"_s };
}
template<> std::optional<AlertRaised> sample()
{
    return AlertRaised { u"alert-5"_s, u"plate 鄂A12345 seen at checkpoint"_s, Severity::Low, kSuizhou,
        u"hot_list_hit"_s, { u"鄂A12345"_s, u"stolen vehicle"_s, u"SITE-17"_s } };
}
template<> std::optional<AlertAcknowledged> sample()
{
    return AlertAcknowledged { u"alert-5"_s };
}
template<> std::optional<OperatorAction> sample()
{
    return OperatorAction { u"op-zhang"_s, u"set_cordon"_s, uR"({"cordon":"cordon-city","rings":3})"_s };
}
template<> std::optional<ScenarioStarted> sample()
{
    return ScenarioStarted { u"hit-and-run"_s, u"肇事逃逸"_s, u"Hit-and-run"_s, u"出租车撞人后逃逸"_s,
        u"A taxi flees"_s, 1710427200000, 1710441600000, { u"taxi"_s, u"accomplice"_s } };
}
template<> std::optional<TrainingCommand> sample()
{
    return TrainingCommand { TrainingCommandKind::MoveSuspect, u"taxi"_s, kSuizhou, Severity::High };
}
template<> std::optional<ScenarioScored> sample()
{
    return ScenarioScored { u"hit-and-run"_s, u"instructor"_s, uR"({"score":{"points":40,"max":100}})"_s,
        u"/tmp/debrief-hit-and-run.json"_s };
}
template<> std::optional<PlateRead> sample()
{
    return PlateRead { u"SITE-17"_s, u"鄂A·12345"_s, true, u"stolen vehicle"_s };
}
template<> std::optional<IncidentStageChanged> sample()
{
    return IncidentStageChanged { u"inc-2024-0001"_s, IncidentStage::Resolved, u"suspect detained"_s };
}
template<> std::optional<AlertDismissed> sample()
{
    return AlertDismissed { u"alert-5"_s, u"误报 false alarm"_s };
}
template<> std::optional<AlertSnoozed> sample()
{
    return AlertSnoozed { u"alert-5"_s, 1710427800000 };
}
template<> std::optional<AlertLinked> sample()
{
    return AlertLinked { u"alert-5"_s, u"inc-2024-0001"_s };
}
template<> std::optional<BackendStatus> sample()
{
    return BackendStatus { u"refused"_s, u"broker.example:8883"_s, u"dispatcher"_s, u"live"_s,
        u"the broker refused the user name or password"_s, 3, 7 };
}
template<> std::optional<SightingMarked> sample()
{
    return SightingMarked { u"CAM-HUBU-03"_s, 1717840980000, 0.4375, 0.62, u"pickpocket:PP-3"_s,
        GeoPoint { 30.5491, 114.3012 } };
}

template<> std::optional<CordonActivated> sample()
{
    return CordonActivated { u"cordon-city"_s, { u"order-7"_s, u"order-8"_s, u"order-9"_s } };
}
template<> std::optional<CordonClosed> sample()
{
    return CordonClosed { u"cordon-city"_s };
}

struct Sample
{
    std::size_t index;
    std::optional<EventPayload> payload;
};

template<std::size_t... I> std::vector<Sample> sampleTableImpl(std::index_sequence<I...>)
{
    std::vector<Sample> out;
    (
        [&] {
            auto s = sample<std::variant_alternative_t<I, EventPayload>>();
            out.push_back({ I,
                s ? std::optional<EventPayload>(EventPayload(std::in_place_index<I>, *s)) : std::nullopt });
        }(),
        ...);
    return out;
}

// One entry per alternative of EventPayload, in variant order.
std::vector<Sample> sampleTable()
{
    return sampleTableImpl(std::make_index_sequence<std::variant_size_v<EventPayload>>());
}

EventKind kindOf(const EventPayload &p)
{
    Event e;
    e.payload = p;
    return e.kind();
}

QString describe(const Sample &s)
{
    return QStringLiteral("alternative %1 (%2)")
        .arg(s.index)
        .arg(eventKindName(EventKind(s.index + 1)).toString());
}

QByteArray qstringBytes(const QString &s)
{
    QByteArray out;
    QDataStream d(&out, QIODevice::WriteOnly);
    d.setVersion(QDataStream::Qt_6_8);
    d << s;
    return out;
}

} // namespace

class TestEvent : public QObject
{
    Q_OBJECT

private slots:
    void sampleTable_coversEveryAlternative()
    {
        const auto table = sampleTable();
        QCOMPARE(table.size(), std::variant_size_v<EventPayload>);
        for (const auto &s : table) {
            QVERIFY2(s.payload.has_value(), qPrintable(describe(s) + u" has no sample in tst_event.cpp"_s));
            QCOMPARE(s.payload->index(), s.index);
        }
    }

    void roundTrip_everyAlternative()
    {
        for (const auto &s : sampleTable()) {
            QVERIFY2(s.payload, qPrintable(describe(s) + u" has no sample"_s));
            const EventKind kind = kindOf(*s.payload);
            QCOMPARE(std::size_t(kind), s.index + 1);
            const QByteArray bytes = encodePayload(*s.payload);
            QVERIFY2(bytes.size() > 1, qPrintable(describe(s)));
            const auto decoded = decodePayload(kind, bytes);
            QVERIFY2(decoded.has_value(), qPrintable(describe(s) + u" did not decode"_s));
            QVERIFY2(*decoded == *s.payload, qPrintable(describe(s) + u" decoded differently"_s));
            // Encoding is deterministic: the same payload gives the same bytes.
            QCOMPARE(encodePayload(*decoded), bytes);
        }
    }

    void roundTrip_defaultAndEmptyValues()
    {
        // Default-constructed payloads (empty strings, zero positions, empty ring) survive too.
        for (std::size_t i = 0; i < std::variant_size_v<EventPayload>; ++i) {
            const EventPayload p = [&]<std::size_t... I>(std::index_sequence<I...>) {
                EventPayload out;
                ((i == I ? void(out.template emplace<I>()) : void()), ...);
                return out;
            }(std::make_index_sequence<std::variant_size_v<EventPayload>>());
            QCOMPARE(p.index(), i);
            const auto decoded = decodePayload(EventKind(i + 1), encodePayload(p));
            QVERIFY2(decoded && *decoded == p, qPrintable(u"default alternative %1"_s.arg(i)));
        }
    }

    void roundTrip_wholeEvent()
    {
        Event e;
        e.seq = 123456789012;
        e.sourceTimeMs = 1717171717000;
        e.receiveTimeMs = 1717171717250;
        e.source = u"sim"_s;
        e.payload = *sample<UnitMoved>();
        QCOMPARE(e.kind(), EventKind::UnitMoved);
        QCOMPARE(e.entityId(), u"unit-0042"_s);
        Event back = e;
        back.payload = *decodePayload(e.kind(), encodePayload(e.payload));
        QCOMPARE(back, e);
    }

    void kindNames_roundTrip()
    {
        QSet<QString> names;
        for (std::size_t i = 0; i < std::variant_size_v<EventPayload>; ++i) {
            const auto kind = EventKind(i + 1);
            const QStringView name = eventKindName(kind);
            QVERIFY2(!name.isEmpty() && name != u"unknown", qPrintable(u"kind %1 has no name"_s.arg(i + 1)));
            QVERIFY2(
                !names.contains(name.toString()), qPrintable(u"duplicate kind name "_s + name.toString()));
            names.insert(name.toString());
            const auto back = eventKindFromName(name);
            QVERIFY2(back.has_value(), qPrintable(name.toString()));
            QCOMPARE(*back, kind);
        }
        QCOMPARE(eventKindName(EventKind(0)), u"unknown");
        QCOMPARE(eventKindName(EventKind(std::variant_size_v<EventPayload> + 1)), u"unknown");
        QVERIFY(!eventKindFromName(u"no_such_kind").has_value());
        QVERIFY(!eventKindFromName(u"").has_value());
        QVERIFY(!eventKindFromName(u"UNIT_MOVED").has_value());
    }

    void kinds_keepTheirJournalNumbers()
    {
        // The journal stores these numbers: new kinds go at the end, old ones never move.
        QCOMPARE(int(EventKind::UnitReported), 1);
        QCOMPARE(int(EventKind::OperatorAction), 15);
        QCOMPARE(int(EventKind::ScenarioStarted), 16);
        QCOMPARE(int(EventKind::TrainingCommand), 17);
        QCOMPARE(int(EventKind::ScenarioScored), 18);
        QCOMPARE(int(EventKind::PlateRead), 19);
    }

    void decode_rejectsTruncatedBytes()
    {
        for (const auto &s : sampleTable()) {
            QVERIFY2(s.payload, qPrintable(describe(s)));
            const EventKind kind = kindOf(*s.payload);
            const QByteArray bytes = encodePayload(*s.payload);
            for (qsizetype n = 0; n < bytes.size(); ++n) {
                QVERIFY2(!decodePayload(kind, bytes.left(n)).has_value(),
                    qPrintable(
                        describe(s) + u" accepted its first %1 of %2 bytes"_s.arg(n).arg(bytes.size())));
            }
        }
    }

    void decode_rejectsUnknownVersion()
    {
        for (const auto &s : sampleTable()) {
            QVERIFY2(s.payload, qPrintable(describe(s)));
            const EventKind kind = kindOf(*s.payload);
            const QByteArray bytes = encodePayload(*s.payload);
            QCOMPARE(quint8(bytes.at(0)), quint8(4)); // the layout version this test knows
            for (const quint8 version : { quint8(0), quint8(5), quint8(0x7f), quint8(0xff) }) {
                QByteArray changed = bytes;
                changed[0] = char(version);
                QVERIFY2(!decodePayload(kind, changed).has_value(),
                    qPrintable(describe(s) + u" accepted version byte %1"_s.arg(version)));
            }
        }
    }

    void decode_readsAlertsOfLayout1()
    {
        // Journals written before alerts carried a code stay readable: their text is shown.
        QByteArray bytes;
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_8);
        s << quint8(1) << u"A1"_s << u"dispute: dispute near 解放大道"_s << quint8(Severity::High) << 30.5
          << 114.3;
        const auto payload = decodePayload(EventKind::AlertRaised, bytes);
        QVERIFY(payload);
        const auto &alert = std::get<AlertRaised>(*payload);
        QCOMPARE(alert.text, u"dispute: dispute near 解放大道"_s);
        QVERIFY(alert.code.isEmpty());
        QVERIFY(alert.args.isEmpty());
    }

    void decode_readsOrdersOfLayout2()
    {
        // Journals written before orders carried a lookout stay readable: they carry none.
        QByteArray bytes;
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_8);
        s << quint8(2) << u"O1"_s << u"U1"_s << u"respond"_s << 30.5 << 114.3 << u"I1"_s;
        const auto payload = decodePayload(EventKind::OrderIssued, bytes);
        QVERIFY(payload);
        const auto &order = std::get<OrderIssued>(*payload);
        QCOMPARE(order.task, u"respond"_s);
        QCOMPARE(order.incidentId, u"I1"_s);
        QVERIFY(order.lookout.isEmpty());
    }

    void decode_rejectsTrailingGarbage()
    {
        for (const auto &s : sampleTable()) {
            QVERIFY2(s.payload, qPrintable(describe(s)));
            const EventKind kind = kindOf(*s.payload);
            const QByteArray bytes = encodePayload(*s.payload);
            for (const QByteArray &tail :
                { QByteArray(1, '\0'), QByteArray("garbage"), QByteArray(64, '\xff') }) {
                QVERIFY2(!decodePayload(kind, bytes + tail).has_value(),
                    qPrintable(describe(s) + u" accepted %1 trailing bytes"_s.arg(tail.size())));
            }
        }
    }

    void decode_rejectsUnknownKind()
    {
        const QByteArray bytes = encodePayload(*sample<CordonCleared>());
        QVERIFY(decodePayload(EventKind::CordonCleared, bytes).has_value());
        QVERIFY(!decodePayload(EventKind(0), bytes).has_value());
        QVERIFY(!decodePayload(EventKind(std::variant_size_v<EventPayload> + 1), bytes).has_value());
        QVERIFY(!decodePayload(EventKind(0xffff), bytes).has_value());
    }

    void decode_rejectsSightingOffThePicture()
    {
        // A mark is a place on the picture: 0..1 both ways, never NaN.
        for (const auto &[x, y] : std::vector<std::pair<double, double>> {
                 { -0.01, 0.5 }, { 0.5, 1.01 }, { std::nan(""), 0.5 }, { 0.5, 1e300 } }) {
            const SightingMarked bad { u"CAM-1"_s, 1717840980000, x, y, {} };
            QVERIFY2(!decodePayload(EventKind::SightingMarked, encodePayload(bad)).has_value(),
                qPrintable(u"accepted a mark at %1, %2"_s.arg(x).arg(y)));
        }
        const SightingMarked corner { u"CAM-1"_s, 1717840980000, 1, 0, {} };
        QVERIFY(decodePayload(EventKind::SightingMarked, encodePayload(corner)).has_value());
    }

    void decode_sightingsKeepTheirGroundPoint()
    {
        // A mark stands for a place on the ground, which the journal keeps...
        const SightingMarked grounded { u"CAM-1"_s, 1717840980000, 0.5, 0.7, {}, GeoPoint { 30.55, 114.3 } };
        const auto back = decodePayload(EventKind::SightingMarked, encodePayload(grounded));
        QVERIFY(back);
        QCOMPARE(std::get<SightingMarked>(*back).ground, grounded.ground);
        // ...and one without (a picture that knows no lens) has none after decoding.
        const SightingMarked bare { u"CAM-1"_s, 1717840980000, 0.5, 0.7, {}, std::nullopt };
        const auto none = decodePayload(EventKind::SightingMarked, encodePayload(bare));
        QVERIFY(none && !std::get<SightingMarked>(*none).ground);
        // A place off the globe is refused, not shown on the map.
        const SightingMarked off { u"CAM-1"_s, 1717840980000, 0.5, 0.7, {}, GeoPoint { 95, 114.3 } };
        QVERIFY(!decodePayload(EventKind::SightingMarked, encodePayload(off)).has_value());
    }

    void decode_readsSightingsOfLayout3()
    {
        // Journals written before marks carried their ground point stay readable: the mark is
        // shown at its camera.
        QByteArray bytes;
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_8);
        s << quint8(3) << u"CAM-HUBU-03"_s << qint64(1717840980000) << 0.25 << 0.5 << u"pickpocket:PP-01"_s;
        const auto payload = decodePayload(EventKind::SightingMarked, bytes);
        QVERIFY(payload);
        const auto &mark = std::get<SightingMarked>(*payload);
        QCOMPARE(mark.cameraId, u"CAM-HUBU-03"_s);
        QCOMPARE(mark.actorId, u"pickpocket:PP-01"_s);
        QVERIFY(!mark.ground);
    }

    void decode_rejectsHugeCordonRingWithoutAllocating_data()
    {
        QTest::addColumn<quint32>("count");
        QTest::addColumn<int>("pointsPresent");
        QTest::newRow("max count, no points") << std::numeric_limits<quint32>::max() << 0;
        QTest::newRow("max count, 3 points") << std::numeric_limits<quint32>::max() << 3;
        QTest::newRow("2^31, 1 point") << quint32(1u << 31) << 1;
        QTest::newRow("16M (256 MB of points), 2 points") << quint32(1u << 24) << 2;
        QTest::newRow("one more than present") << quint32(5) << 4;
    }

    void decode_rejectsHugeCordonRingWithoutAllocating()
    {
        QFETCH(quint32, count);
        QFETCH(int, pointsPresent);
        QByteArray bytes;
        {
            QDataStream d(&bytes, QIODevice::WriteOnly);
            d.setVersion(QDataStream::Qt_6_8);
            d << quint8(1);
        }
        bytes += qstringBytes(u"cordon-x"_s) + qstringBytes(u"bad ring"_s);
        {
            QDataStream d(&bytes, QIODevice::Append);
            d.setVersion(QDataStream::Qt_6_8);
            d << count;
            for (int i = 0; i < pointsPresent; ++i)
                d << 30.0 + i << 114.0;
        }

        g_largestAllocation = 0;
        g_watchAllocations = true;
        const auto decoded = decodePayload(EventKind::CordonSet, bytes);
        g_watchAllocations = false;
        QVERIFY(!decoded.has_value());
#if WF_WATCH_MALLOC
        // Nothing near count * 16 bytes was requested; a decode needs a few hundred bytes.
        QVERIFY2(g_largestAllocation.load() < 64 * 1024,
            qPrintable(u"decode requested %1 bytes at once"_s.arg(g_largestAllocation.load())));
#endif
    }

    // An activation's order count is checked like a ring's: a corrupt one asks for nothing.
    void decode_rejectsHugeActivationOrderCountWithoutAllocating()
    {
        QByteArray bytes;
        {
            QDataStream d(&bytes, QIODevice::WriteOnly);
            d.setVersion(QDataStream::Qt_6_8);
            d << quint8(3);
        }
        bytes += qstringBytes(u"cordon-x"_s);
        {
            QDataStream d(&bytes, QIODevice::Append);
            d.setVersion(QDataStream::Qt_6_8);
            d << std::numeric_limits<quint32>::max();
        }
        bytes += qstringBytes(u"order-1"_s);
        g_largestAllocation = 0;
        g_watchAllocations = true;
        const auto decoded = decodePayload(EventKind::CordonActivated, bytes);
        g_watchAllocations = false;
        QVERIFY(!decoded.has_value());
#if WF_WATCH_MALLOC
        QVERIFY2(g_largestAllocation.load() < 64 * 1024,
            qPrintable(u"decode requested %1 bytes at once"_s.arg(g_largestAllocation.load())));
#endif
    }

    void decode_allocationWatchSeesRealRings()
    {
        // Proves the watch above can fail: a genuine 100k-point ring reserves ~1.6 MB.
        CordonSet big;
        big.cordonId = u"province"_s;
        for (int i = 0; i < 100000; ++i)
            big.ring.append({ 29.0 + i * 1e-5, 108.0 + i * 1e-5 });
        const QByteArray bytes = encodePayload(big);
        g_largestAllocation = 0;
        g_watchAllocations = true;
        const auto decoded = decodePayload(EventKind::CordonSet, bytes);
        g_watchAllocations = false;
        QVERIFY(decoded && std::get<CordonSet>(*decoded) == big);
#if WF_WATCH_MALLOC
        QVERIFY(g_largestAllocation.load() >= size_t(100000) * sizeof(GeoPoint));
#endif
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
