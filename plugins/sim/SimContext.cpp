#include "SimContext.h"

#include "RoadSnap.h"
#include "SimGeometry.h"

namespace wf::sim {

SimContext::SimContext(const SimOptions &options)
    : map(HubeiMap::shared())
    , router(map->roadGraph())
    , region(*map, options.scale)
    , rng(options.seed)
    , now(options.start ? options.start->clockMs : options.startTimeMs)
    , weather(options.weather)
{ }

GeoPoint SimContext::nodePos(int node) const
{
    return geoPoint(roads().nodePosition(node));
}

int SimContext::nearestNode(GeoPoint p, quint8 classMask, double maxMeters) const
{
    return maps::nearestNode(roads(), latLon(p), classMask, maxMeters);
}

int SimContext::randomUrbanNode()
{
    const auto &beat = region.beatNodes();
    if (beat.empty())
        return nearestNode(map->wuhanCentre());
    return beat[std::size_t(rng.between(0, qint64(beat.size()) - 1))];
}

maps::TravelConditions SimContext::conditions() const
{
    const qint64 localSeconds = now / 1000 + 8 * 3600; // China Standard Time, no DST
    return { int(((localSeconds % 86400) + 86400) % 86400 / 3600), weather };
}

Event SimContext::make(EventPayload payload) const
{
    Event e;
    e.source = QStringLiteral("sim");
    e.sourceTimeMs = now;
    e.payload = std::move(payload);
    return e;
}

} // namespace wf::sim
