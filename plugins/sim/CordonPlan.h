#pragma once

#include <QString>
#include <vector>

namespace wf::sim {

// A cordon the dispatcher set: a ring of checkpoints that is closed once each has a unit.
struct CordonPlan
{
    QString id;
    QString level; // county, city, province
    QString name;
    std::vector<int> sites;
    qint64 setAtMs = 0;
    qint64 closedAtMs = 0; // 0: not (yet) closed
};

} // namespace wf::sim
