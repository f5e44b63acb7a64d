#include "PickpocketAtWork.h"

#include "Geodesy.h"
#include "StableHash.h"

namespace wf {

namespace {
constexpr QStringView kPrefix = u"pickpocket:";
}

std::optional<PickpocketAtWork> PickpocketAtWork::at(
    const QString &incidentId, GeoPoint incidentPosition, qint64 reportedMs, qint64 nowMs)
{
    if (nowMs - reportedMs > kAtWorkMs)
        return std::nullopt;
    const quint64 h = stableMix(stableHash(incidentId));
    const auto at = maps::offsetMeters(
        { incidentPosition.lat, incidentPosition.lon }, double(h % 30) - 15.0, double((h >> 16) % 30) - 15.0);
    return PickpocketAtWork { actorIdFor(incidentId), { at.lat, at.lon }, float((h >> 32) % 360) };
}

QString PickpocketAtWork::actorIdFor(const QString &incidentId)
{
    return kPrefix.toString() + incidentId;
}

QString PickpocketAtWork::incidentOf(const QString &actorId)
{
    return actorId.startsWith(kPrefix) ? actorId.mid(kPrefix.size()) : QString();
}

} // namespace wf
