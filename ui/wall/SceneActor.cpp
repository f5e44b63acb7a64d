#include "SceneActor.h"

#include "CameraLens.h"
#include "SceneHash.h"

#include <algorithm>
#include <cmath>

namespace wf::wall {

maps::LatLon SceneActor::positionAt(qint64 ms, qint64 snapshotMs) const
{
    const maps::LatLon at { position.lat, position.lon };
    const qint64 carry = std::clamp<qint64>(ms - snapshotMs, -kMaxCarryMs, kMaxCarryMs);
    if (speedMps <= 0 || carry == 0)
        return at;
    const double metres = speedMps * double(carry) / 1000.0;
    const double h = headingDeg * maps::CameraLens::kPi / 180;
    return maps::offsetMeters(at, metres * std::sin(h), metres * std::cos(h));
}

std::optional<SceneFigure> SceneActor::figureFor(
    const maps::CameraView &view, qint64 ms, qint64 snapshotMs) const
{
    maps::LatLon at = positionAt(ms, snapshotMs);
    const bool onRoad = kind == Kind::PatrolCar || kind == Kind::SuspectVehicle || kind == Kind::SuspectEBike;
    if (onRoad) {
        // The world puts vehicles on the road's centre line; traffic keeps right, so a vehicle
        // drives in the lane to the right of it (an e-bike at the kerb).
        const double side = kind == Kind::SuspectEBike ? kEBikeKeepRightM : kKeepRightM;
        const double h = (headingDeg + 90) * maps::CameraLens::kPi / 180;
        at = maps::offsetMeters(at, side * std::sin(h), side * std::cos(h));
    }
    const auto sight = view.look(at);
    if (!sight.inView || sight.distanceM < kNearestM)
        return std::nullopt;
    const QPointF ar = maps::CameraLens::aheadRight(sight.distanceM, sight.offsetDeg);
    SceneFigure f;
    f.aheadM = ar.x();
    f.rightM = ar.y();
    f.relativeHeadingDeg = std::remainder(double(headingDeg) - view.bearingDeg, 360.0);
    f.seed = sceneHash(id);
    f.fromWorld = true;
    f.actorId = id;
    f.plate = plate;
    f.clothing = clothing;
    f.bag = bag;
    f.body = body;
    // People walk at their own step; standing still, they stand.
    f.stepPhase = speedMps > 0.2 ? std::fmod(double(ms) / 600.0 + double(f.seed % 100) / 100, 1.0) : 0.25;
    switch (kind) {
    case Kind::PatrolCar:
        f.kind = SceneFigure::Kind::PatrolCar;
        break;
    case Kind::FootOfficer:
        f.kind = SceneFigure::Kind::Officer;
        break;
    case Kind::ArmedPatrol:
        f.kind = SceneFigure::Kind::ArmedOfficer;
        break;
    case Kind::SuspectEBike:
        f.kind = SceneFigure::Kind::EBike;
        break;
    case Kind::Pickpocket:
        f.kind = SceneFigure::Kind::Pickpocket;
        break;
    case Kind::SuspectVehicle:
        f.kind = vehicle.contains(u"taxi", Qt::CaseInsensitive) ? SceneFigure::Kind::Taxi
            : vehicle.contains(u"van", Qt::CaseInsensitive) || vehicle.contains(u"truck", Qt::CaseInsensitive)
            ? SceneFigure::Kind::Van
            : SceneFigure::Kind::Car;
        break;
    }
    return f;
}

} // namespace wf::wall
