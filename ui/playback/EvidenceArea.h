#pragma once

#include "Event.h"
#include "OfflineArea.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <utility>

namespace wf {

class WorldState;

// Which events of a recorded range belong to an area, for an evidence export of a time range
// and an area. Something belongs when it was in the area at some moment of the range: a unit
// that drove through it (all its events of the range, not only those inside), an incident, an
// alert, a camera, a checkpoint (its plate reads) placed in it, and the orders given to those
// units or for those incidents. Events about no place at all (operators' actions, cordons, the
// session, the backend) are the context of what was done and always belong.
//
// Two passes over the range: note() every event (and noteWorld() the world as the range began),
// then keeps() decides.
class EvidenceArea
{
public:
    explicit EvidenceArea(const maps::GeoBox &box)
        : m_box(box)
    { }

    void noteWorld(const WorldState &world);
    void note(const Event &event);
    bool keeps(const Event &event) const;
    bool contains(const GeoPoint &p) const;

private:
    enum class Family { Context, Unit, Camera, Site, Incident, Congestion, Order, Alert };
    using Key = std::pair<Family, QString>;
    void noteAt(Family family, const QString &id, const GeoPoint &at);

    maps::GeoBox m_box;
    QSet<Key> m_inside;
    QHash<QString, std::pair<QString, QString>> m_orders; // order id -> (unit, incident)
};

} // namespace wf
