#include "CordonPosts.h"

#include "CordonText.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QLocale>
#include <QSet>
#include <cmath>

namespace wf {

CordonPosts::CordonPosts(WorldState *world, EventBus *bus, Dispatch *dispatch,
    std::shared_ptr<const maps::RoadGraph> roads, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_bus(bus)
    , m_dispatch(dispatch)
{
    if (roads)
        m_ranker = std::make_unique<UnitRanker>(std::move(roads));
    // An activated plan follows its orders.
    const auto follow = [this] {
        if (m_active)
            summarise();
    };
    connect(m_world->orders(), &QAbstractItemModel::dataChanged, this, follow);
    connect(m_world->orders(), &QAbstractItemModel::rowsInserted, this, follow);
}

CordonPosts::~CordonPosts() = default;

void CordonPosts::reset()
{
    m_plan = {};
    m_cordonId.clear();
    m_crossings.clear();
    m_included.clear();
    m_orderIds.clear();
    m_active = false;
    m_summary.clear();
    emit changed();
}

bool CordonPosts::plan(const QString &cordonId, const std::vector<CordonCrossing> &crossings)
{
    if (!m_ranker || cordonId.isEmpty() || crossings.empty()) {
        emit said(tr("Analyse a cordon with road crossings first"), true);
        return false;
    }
    if (m_active) {
        emit said(tr("This cordon's manning is active: lift it or analyse it again for a new plan"), true);
        return false;
    }
    m_plan = CordonManning::plan(*m_ranker, *m_world->units(), m_world->orders(), crossings, kLimitSeconds);
    m_cordonId = cordonId;
    m_crossings = crossings;
    m_included.assign(m_plan.rows.size(), true);
    m_orderIds.assign(m_plan.rows.size(), QString());
    summarise();
    emit said(m_summary, m_plan.gaps > 0);
    return true;
}

void CordonPosts::setIncluded(int row, bool included)
{
    if (m_active || row < 0 || row >= int(m_included.size()) || m_included[row] == included)
        return;
    m_included[row] = included;
    summarise();
}

int CordonPosts::activate(const QString &cordonId)
{
    if (m_active) { // a second press must not read as if nothing had been planned
        emit said(tr("This cordon's manning is active: lift it or analyse it again for a new plan"), true);
        return 0;
    }
    if (m_plan.rows.empty() || m_cordonId != cordonId) {
        emit said(tr("Make a manning plan first"), true);
        return 0;
    }
    // All or nothing: a plan whose units have been sent elsewhere since is planned again.
    const auto free = UnitRanker::freeUnits(*m_world->units(), m_world->orders());
    QSet<QString> freeIds;
    for (const auto &u : free)
        freeIds.insert(u.unitId);
    for (std::size_t r = 0; r < m_plan.rows.size(); ++r) {
        if (m_included[r] && !m_plan.rows[r].unitId.isEmpty() && !freeIds.contains(m_plan.rows[r].unitId)) {
            emit said(tr("%1 is no longer free: make the plan again").arg(m_plan.rows[r].callSign), true);
            return 0;
        }
    }
    int sent = 0;
    QStringList orderIds;
    for (std::size_t r = 0; r < m_plan.rows.size(); ++r) {
        const ManningRow &row = m_plan.rows[r];
        if (!m_included[r] || row.unitId.isEmpty())
            continue;
        const auto &p = m_crossings[std::size_t(row.crossing)].road.point;
        m_orderIds[r] = m_dispatch->orderUnit(row.unitId, Dispatch::Task::ManCheckpoint, p.lat, p.lon, {});
        sent += m_orderIds[r].isEmpty() ? 0 : 1;
        if (!m_orderIds[r].isEmpty())
            orderIds << m_orderIds[r];
    }
    m_active = sent > 0;
    m_closedPublished = false;
    m_dispatch->record(QStringLiteral("activate_cordon_manning"),
        QStringLiteral("%1: %2 orders, %3 gaps").arg(cordonId).arg(sent).arg(m_plan.gaps));
    // The orders alone do not say which cordon they close: the record does.
    if (m_active) {
        Event e;
        e.source = QStringLiteral("operator");
        e.payload = CordonActivated { cordonId, orderIds };
        m_bus->publish(e);
        m_dispatch->shareCordon(e);
    }
    summarise();
    emit said(sent > 0 ? tr("%n unit(s) sent to man the cordon", nullptr, sent) : m_dispatch->lastError(),
        sent == 0);
    return sent;
}

CordonPosts::Post CordonPosts::postOf(int row) const
{
    if (!m_active || row < 0 || row >= int(m_orderIds.size()) || m_orderIds[row].isEmpty())
        return Post::Unmanned;
    const OrderRow *o = m_world->orders()->find(m_orderIds[row]);
    if (!o)
        return Post::EnRoute; // issued, not yet back from the connector
    switch (o->state) {
    case OrderState::OnScene:
    case OrderState::Done:
        return Post::Closed;
    case OrderState::Rejected:
    case OrderState::NoAnswer:
    case OrderState::Expired:
        return Post::Unmanned;
    default:
        return Post::EnRoute;
    }
}

int CordonPosts::closedPercent() const
{
    if (!m_active || m_plan.rows.empty())
        return 0;
    int closed = 0;
    for (int r = 0; r < int(m_plan.rows.size()); ++r)
        closed += postOf(r) == Post::Closed ? 1 : 0;
    return int(std::lround(100.0 * closed / double(m_plan.rows.size())));
}

QVariantList CordonPosts::rows() const
{
    QVariantList out;
    for (int r = 0; r < int(m_plan.rows.size()); ++r) {
        const ManningRow &row = m_plan.rows[std::size_t(r)];
        const CordonCrossing &c = m_crossings[std::size_t(row.crossing)];
        const bool zh = QLocale().language() == QLocale::Chinese;
        QString road = zh ? c.roadNameZh : c.roadNameEn;
        if (road.isEmpty())
            road = zh ? c.roadNameEn : c.roadNameZh;
        out.append(QVariantMap { { QStringLiteral("road"), road.isEmpty() ? tr("unnamed road") : road },
            { QStringLiteral("latitude"), c.road.point.lat },
            { QStringLiteral("longitude"), c.road.point.lon }, { QStringLiteral("unitId"), row.unitId },
            { QStringLiteral("callSign"), row.callSign },
            { QStringLiteral("unitMinutes"), std::isfinite(row.unitSeconds) ? row.unitSeconds / 60 : -1.0 },
            { QStringLiteral("suspectMinutes"),
                std::isfinite(row.suspectSeconds) ? row.suspectSeconds / 60 : -1.0 },
            { QStringLiteral("inTime"), row.inTime() },
            { QStringLiteral("included"), m_included[std::size_t(r)] },
            { QStringLiteral("post"), QVariant::fromValue(postOf(r)) } });
    }
    return out;
}

void CordonPosts::summarise()
{
    const int crossings = int(m_plan.rows.size());
    int included = 0, inTime = 0;
    for (int r = 0; r < crossings; ++r) {
        if (!m_included[std::size_t(r)])
            continue;
        ++included;
        inTime += m_plan.rows[std::size_t(r)].inTime() ? 1 : 0;
    }
    if (m_active && !m_closedPublished && closedPercent() == 100) {
        // Once, when the last post closes. Queued: this runs inside the world's handling of the
        // order's change, and the closure follows that event rather than interleaving with it.
        m_closedPublished = true;
        QMetaObject::invokeMethod(
            this,
            [this, id = m_cordonId] {
                if (!m_world->cordons()->find(id))
                    return; // lifted in the meantime
                Event e;
                e.source = QStringLiteral("operator");
                e.payload = CordonClosed { id };
                m_bus->publish(e);
                m_dispatch->shareCordon(e);
            },
            Qt::QueuedConnection);
    }
    if (m_active) {
        m_summary = tr("Manning active: %1% of %2 crossings closed; all closed in about %3 from the orders")
                        .arg(closedPercent())
                        .arg(crossings)
                        .arg(cordontext::minutes(m_plan.closedAfterSeconds));
    } else {
        m_summary = tr("%1 of %2 crossings manned before the suspect can be there; %3 gap(s) in red")
                        .arg(inTime)
                        .arg(crossings)
                        .arg(crossings - inTime);
        if (included < crossings)
            m_summary += tr(" · %1 left out").arg(crossings - included);
    }
    emit changed();
}

} // namespace wf
