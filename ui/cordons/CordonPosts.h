#pragma once

#include "CordonManning.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>
#include <vector>

namespace wf {

class Dispatch;
class EventBus;
class WorldState;

// The manning of the cordon the desk analysed: its crossings as posts, each with the free unit
// that reaches it first (CordonManning's plan), the ones the dispatcher leaves out, the
// man-checkpoint orders sent through Dispatch, and where each post stands as its order runs
// (nobody on the way, a unit on the way, a unit there). When the last post closes, the cordon's
// closure goes out once. Refusals and outcomes are said in words (`said`), for the desk's status.
// A plan belongs to the crossings it was made from: whoever analyses the cordon again or lifts
// it resets it.
class CordonPosts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The cordon desk owns the manning")
public:
    // Where a crossing of an activated plan stands: nobody on the way (not assigned, or the order
    // refused or given up), a unit on the way, or a unit there (closed). QML reads it as
    // CordonPosts.Closed in the desk's manning rows.
    enum class Post { Unmanned, EnRoute, Closed };
    Q_ENUM(Post)
    // How far the plan looks for units.
    static constexpr double kLimitSeconds = 45 * 60;

    // roads: null without a road graph, when nothing can be planned.
    CordonPosts(WorldState *world, EventBus *bus, Dispatch *dispatch,
        std::shared_ptr<const maps::RoadGraph> roads, QObject *parent = nullptr);
    ~CordonPosts() override;

    // Plans the crossings of the cordon; false (and why, said) without crossings or while this
    // manning is active.
    bool plan(const QString &cordonId, const std::vector<CordonCrossing> &crossings);
    // Leaves a post out of the plan, or takes it back (its unit is then free for no other: plan
    // again for that). Not once the plan is active.
    void setIncluded(int row, bool included);
    // One man_checkpoint order per included post with a unit, all or none (a unit sent
    // elsewhere since the plan refuses it); returns how many went out.
    int activate(const QString &cordonId);
    void reset();

    const ManningPlan &manningPlan() const { return m_plan; }
    bool active() const { return m_active; }
    // Whether an activated manning is closing this cordon: its units are on their way there.
    bool mans(const QString &cordonId) const { return m_active && m_cordonId == cordonId; }
    Post postOf(int row) const;
    int closedPercent() const;
    // Per post: road, latitude, longitude, unitId, callSign, unitMinutes, suspectMinutes (-1:
    // none), inTime, included, post.
    QVariantList rows() const;
    QString summary() const { return m_summary; }

signals:
    void changed();
    void said(const QString &text, bool error);

private:
    void summarise();

    WorldState *m_world;
    EventBus *m_bus;
    Dispatch *m_dispatch;
    std::unique_ptr<UnitRanker> m_ranker;
    ManningPlan m_plan;
    QString m_cordonId; // the cordon planned
    std::vector<CordonCrossing> m_crossings; // the crossings planned, as the plan's rows name them
    std::vector<bool> m_included;
    std::vector<QString> m_orderIds; // per row, once activated
    bool m_active = false;
    bool m_closedPublished = false; // CordonClosed went out for this activation
    QString m_summary;
};

} // namespace wf
