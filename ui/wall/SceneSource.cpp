#include "SceneSource.h"

#include "CameraView.h"
#include "PickpocketAtWork.h"
#include "RoadGraph.h"
#include "RoadSnap.h"
#include "WorldState.h"

#include <QColor>
#include <chrono>
#include <cmath>

namespace wf::wall {

namespace {

void wearLooks(SceneActor &a, const GroundTruth::Looks &looks)
{
    // Colours the scenario checked ("#rrggbb"); anything else leaves the figure's own.
    a.clothing = QColor::fromString(looks.clothing);
    a.bag = QColor::fromString(looks.bag);
    a.body = QColor::fromString(looks.vehicleColour);
}

} // namespace

SceneSource::SceneSource(
    WorldState *world, GroundTruthSource truth, std::shared_ptr<const maps::RoadGraph> roads, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_truth(std::move(truth))
    , m_roads(std::move(roads))
{
    connect(m_world, &WorldState::clockChanged, this, &SceneSource::onClock);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_world->clock() != m_snapshotClock)
            refresh();
    });
    m_timer.start();
    onClock();
}

qint64 SceneSource::wallNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void SceneSource::followPosition(qint64 positionMs)
{
    m_followingPosition = true;
    if (positionMs > 0)
        m_clock->update(positionMs, wallNowMs());
}

void SceneSource::onClock()
{
    if (m_world->clock() > 0 && !m_followingPosition)
        m_clock->update(m_world->clock(), wallNowMs());
}

std::vector<SceneActor> SceneSource::actorsOf(const WorldState &world, const GroundTruth *truth)
{
    std::vector<SceneActor> out;
    for (const auto &u : world.units()->rows()) {
        if (u.info.status == UnitStatus::OffDuty)
            continue;
        SceneActor a;
        a.id = u.info.unitId;
        a.position = u.info.position;
        a.headingDeg = u.info.headingDeg;
        a.speedMps = u.speedKmh / 3.6f;
        a.plate = u.info.kind == UnitKind::PatrolCar ? u.info.callSign : QString();
        switch (u.info.kind) {
        case UnitKind::PatrolCar:
            a.kind = SceneActor::Kind::PatrolCar;
            break;
        case UnitKind::JointArmedPatrol:
            a.kind = SceneActor::Kind::ArmedPatrol;
            break;
        case UnitKind::FootPatrol:
        case UnitKind::FixedPost:
            a.kind = SceneActor::Kind::FootOfficer;
            break;
        }
        out.push_back(std::move(a));
    }
    for (const auto &i : world.incidents()->rows()) {
        // A pickpocket works the crowd until officers arrive.
        if (!i.open || i.info.type != u"pickpocketing" || i.stage >= IncidentStage::OnScene)
            continue;
        const auto p = PickpocketAtWork::at(i.info.incidentId, i.info.position, i.reportedMs, world.clock());
        if (!p)
            continue;
        SceneActor a;
        a.id = p->actorId;
        a.kind = SceneActor::Kind::Pickpocket;
        a.position = p->position;
        a.headingDeg = p->headingDeg;
        if (truth) {
            // What the scenario says this one wears.
            if (const auto looks = truth->pickpockets.find(i.info.incidentId);
                looks != truth->pickpockets.end())
                wearLooks(a, looks->second);
        }
        out.push_back(std::move(a));
    }
    if (truth) {
        for (const auto &s : truth->suspects) {
            SceneActor a;
            a.id = s.id;
            const bool bike = s.vehicle.contains(u"bike", Qt::CaseInsensitive)
                || s.vehicle.contains(u"电动车") || s.vehicle.contains(u"scooter", Qt::CaseInsensitive);
            a.kind = bike ? SceneActor::Kind::SuspectEBike : SceneActor::Kind::SuspectVehicle;
            a.position = s.position;
            a.headingDeg = s.headingDeg;
            a.speedMps = s.speedMps;
            a.plate = s.plate;
            a.vehicle = s.vehicle;
            wearLooks(a, s.looks);
            out.push_back(std::move(a));
        }
    }
    return out;
}

void SceneSource::refresh()
{
    const auto truth = m_truth ? m_truth() : nullptr;
    m_snapshotClock = m_world->clock();
    m_latest->set(std::make_shared<const SceneSnapshot>(m_world->clock(),
        truth ? truth->weather : GroundTruth::Weather::Clear, actorsOf(*m_world, truth.get())));
}

SceneKind SceneSource::sceneKindOf(const CameraReported &camera) const
{
    CameraPlace place;
    place.cameraName = camera.name;
    const maps::LatLon at { camera.position.lat, camera.position.lon };
    // The site the camera belongs to: one within reach whose name the camera's carries ("户部巷
    // 03" is Hubu Alley's), else the nearest within reach.
    double best = kSiteReachM;
    bool named = false;
    for (const auto &s : m_world->sites()->rows()) {
        const double d = maps::distanceMeters(at, { s.position.lat, s.position.lon });
        if (d > kSiteReachM)
            continue;
        const bool mine = !s.name.isEmpty() && camera.name.startsWith(s.name);
        if ((mine && (!named || d < best)) || (!named && !mine && d <= best)) {
            best = d;
            named = mine;
            place.siteKind = s.kind;
            place.siteName = s.name;
        }
    }
    if (m_roads) {
        // The road 40 m in front of the camera, where its picture is.
        const double b = camera.bearingDeg * 3.14159265358979 / 180;
        const auto snap = maps::snapToRoad(
            *m_roads, maps::offsetMeters(at, 40 * std::sin(b), 40 * std::cos(b)), maps::kAllRoadClasses, 120);
        if (snap.valid())
            place.road = m_roads->linkClass(snap.link);
    }
    return sceneKindFor(place);
}

} // namespace wf::wall
