#include "DispatchText.h"

#include "TranslateIn.h"

#include <QCoreApplication>

namespace wf::dispatchtext {

namespace {
// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::dispatchtext" }, text);
}
} // namespace

QString incidentType(const QString &type)
{
    if (type == u"pickpocketing")
        return tr("pickpocketing");
    if (type == u"theft")
        return tr("theft");
    if (type == u"traffic_accident")
        return tr("traffic accident");
    if (type == u"dispute")
        return tr("dispute");
    if (type == u"hit_and_run")
        return tr("hit and run");
    if (type == u"robbery")
        return tr("robbery");
    if (type == u"fight")
        return tr("fight");
    if (type == u"fire")
        return tr("fire");
    if (type == u"medical")
        return tr("medical emergency");
    if (type == u"other")
        return tr("other");
    return type;
}

QString orderState(OrderState s)
{
    switch (s) {
    case OrderState::Issued:
        return tr("sent");
    case OrderState::Delivered:
        return tr("delivered");
    case OrderState::Acknowledged:
        return tr("accepted");
    case OrderState::EnRoute:
        return tr("en route");
    case OrderState::OnScene:
        return tr("on scene");
    case OrderState::Done:
        return tr("done");
    case OrderState::Rejected:
        return tr("rejected");
    case OrderState::NoAnswer:
        return tr("no answer");
    case OrderState::Expired:
        return tr("expired");
    }
    return {};
}

QString orderTask(const QString &task)
{
    if (task == u"respond")
        return tr("respond");
    if (task == u"move_to" || task == u"patrol")
        return tr("move to point");
    if (task == u"man_checkpoint")
        return tr("man checkpoint");
    if (task == u"hold_position" || task == u"hold")
        return tr("hold position");
    if (task == u"recall" || task == u"release")
        return tr("recall");
    if (task == u"intercept")
        return tr("intercept");
    if (task == u"clear_congestion")
        return tr("clear congestion");
    if (task == u"lookout")
        return tr("lookout");
    return task;
}

QString incidentStage(IncidentStage stage)
{
    switch (stage) {
    case IncidentStage::New:
        return tr("new");
    case IncidentStage::Dispatched:
        return tr("dispatched");
    case IncidentStage::OnScene:
        return tr("on scene");
    case IncidentStage::Resolved:
        return tr("resolved");
    case IncidentStage::Closed:
        return tr("closed");
    }
    return {};
}

QString unitStatus(UnitStatus s)
{
    switch (s) {
    case UnitStatus::Available:
        return tr("available");
    case UnitStatus::EnRoute:
        return tr("en route");
    case UnitStatus::OnScene:
        return tr("on scene");
    case UnitStatus::OffDuty:
        return tr("off duty");
    }
    return {};
}

QString plateReason(const QString &reason)
{
    if (reason == u"stolen vehicle")
        return tr("stolen vehicle");
    if (reason == u"unpaid fines")
        return tr("unpaid fines");
    if (reason == u"wanted driver")
        return tr("wanted driver");
    if (reason == u"fake plates")
        return tr("fake plates");
    return reason;
}

QString alert(const AlertRaised &a)
{
    const auto &x = a.args;
    if (a.code == u"incident" && x.size() == 2) {
        return x[1].isEmpty() ? incidentType(x[0]) : tr("%1: %2").arg(incidentType(x[0]), x[1]);
    }
    if (a.code == u"hot_list_hit" && x.size() == 3)
        return tr("Hot-list hit: %1 (%2) at %3").arg(x[0], plateReason(x[1]), x[2]);
    if (a.code == u"suspect_sighted" && x.size() == 4)
        return tr("Suspect vehicle %1 (%2, incident %3) seen at %4").arg(x[0], x[1], x[2], x[3]);
    if (a.code == u"intercepted" && x.size() == 3)
        return tr("Suspect %1 intercepted by %2 at %3").arg(x[0], x[1], x[2]);
    if (a.code == u"order_unanswered" && x.size() == 3)
        return tr("Order %1 to %2: no acknowledgement in %3 s").arg(x[0], x[1], x[2]);
    return a.text;
}

} // namespace wf::dispatchtext
