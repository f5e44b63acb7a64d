#include "CordonDesk.h"

#include "CordonFile.h"
#include "CordonText.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "RoadSnap.h"
#include "WorldState.h"

#include <QFileInfo>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wf {

CordonDesk::CordonDesk(WorldState *world, EventBus *bus, Dispatch *dispatch,
    std::shared_ptr<const maps::RoadGraph> roads, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_bus(bus)
    , m_dispatch(dispatch)
    , m_editor(nullptr, [this](maps::LatLon p, double radiusM) { return snap(p, radiusM); })
    , m_posts(world, bus, dispatch, roads)
{
    if (roads)
        m_engine = std::make_unique<CordonEngine>(roads);
    connect(&m_posts, &CordonPosts::changed, this, &CordonDesk::manningChanged);
    connect(&m_posts, &CordonPosts::said, this, &CordonDesk::say);
    connect(&m_editor, &CordonEditor::finished, this,
        [this](const QVariantList &ring) { setRing(ring, tr("Drawn cordon %1").arg(m_next)); });

    m_plates = std::make_unique<PlateTrail>(m_world, m_engine.get());
    connect(m_bus, &EventBus::published, m_plates.get(), &PlateTrail::observe);
    m_follower = std::make_unique<SuspectFollower>(m_world, m_engine.get(), std::move(roads), m_plates.get(),
        &m_posts, [this](const SuspectFollower::Ring &ring) { return setFollowingRing(ring); });
    connect(m_follower.get(), &SuspectFollower::workingChanged, this, &CordonDesk::workingChanged);
    connect(m_follower.get(), &SuspectFollower::said, this, &CordonDesk::say);
    connect(m_bus, &EventBus::published, m_follower.get(), &SuspectFollower::observe);
}

CordonDesk::~CordonDesk() = default;

std::optional<maps::LatLon> CordonDesk::snap(maps::LatLon p, double radiusM)
{
    // A ring drawn along a district's edge should follow that edge, not cut corners off it.
    if (const auto *catalog = boundaries()) {
        if (const auto v = catalog->nearestVertex(p, radiusM))
            return v;
    }
    if (m_engine) {
        const maps::RoadSnap s
            = maps::snapToRoad(m_engine->router().graph(), p, maps::kAllRoadClasses, radiusM);
        if (s.valid())
            return s.point;
    }
    return std::nullopt;
}

void CordonDesk::say(const QString &text, bool error)
{
    m_status = text;
    m_statusIsError = error;
    emit statusChanged();
}

const maps::BoundaryCatalog *CordonDesk::boundaries()
{
    if (!m_boundaries && m_boundaryError.isEmpty()) {
        auto catalog = std::make_unique<maps::BoundaryCatalog>();
        QString error;
        if (catalog->loadFolder(QStringLiteral(":/watchfloor/basemap"), &error)) {
            m_boundaries = std::move(catalog);
            emit boundariesLoaded();
        } else {
            m_boundaryError = error;
        }
    }
    return m_boundaries.get();
}

QStringList CordonDesk::boundaryNames()
{
    QStringList names;
    if (const auto *b = boundaries()) {
        for (const auto &f : b->boundaries())
            names << f.name;
    }
    return names;
}

bool CordonDesk::publish(
    const std::vector<Ring> &rings, const QString &action, const QString &detail, const QString &replaceId)
{
    // Everything is checked before anything is sent: all rings or none.
    for (const Ring &r : rings) {
        maps::ShapeProblem problem;
        if (maps::GeoShape::fromRing(r.points, &problem).isEmpty()) {
            say(tr("Cordon not set: %1").arg(problem.message()), true);
            return false;
        }
    }
    QJsonArray ids;
    std::vector<CordonSet> events;
    for (const Ring &r : rings) {
        CordonSet set;
        set.cordonId = !replaceId.isEmpty() && rings.size() == 1
            ? replaceId
            : QStringLiteral("CORDON-%1-%2").arg(m_bus->now()).arg(m_next++);
        set.name = r.name;
        for (const auto &p : r.points)
            set.ring.append(GeoPoint { p.lat, p.lon });
        ids.append(set.cordonId);
        events.push_back(std::move(set));
    }
    QJsonObject audit { { QStringLiteral("cordons"), ids }, { QStringLiteral("what"), detail } };
    m_dispatch->record(action, QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)));
    for (CordonSet &set : events) {
        Event e;
        e.source = QStringLiteral("operator");
        e.payload = std::move(set);
        m_bus->publish(e);
        m_dispatch->shareCordon(e);
    }
    const QString last = ids.last().toString();
    if (m_posts.mans(last)) {
        // A moved ring whose manning plan is under way keeps it: its units are on their way, and
        // a new plan is the dispatcher's call.
        say(tr("Cordon moved; its manning plan stays active (plan again for the new crossings)"), false);
        return true;
    }
    say(tr("%n cordon(s) set", "", int(rings.size())), false);
    analyse(last);
    return true;
}

bool CordonDesk::setRing(const QVariantList &ring, const QString &name)
{
    Ring r { name.trimmed().isEmpty() ? tr("Drawn cordon %1").arg(m_next) : name.trimmed(), {} };
    for (const QVariant &v : ring) {
        const auto c = v.value<QGeoCoordinate>();
        r.points.push_back({ c.latitude(), c.longitude() });
    }
    return publish(
        { r }, QStringLiteral("set_cordon"), QStringLiteral("drawn, %1 points").arg(r.points.size()));
}

bool CordonDesk::setFromRecording(const QList<CordonSet> &cordons)
{
    if (cordons.isEmpty())
        return true;
    std::vector<Ring> rings;
    for (const CordonSet &c : cordons) {
        Ring r { c.name, {} };
        for (const GeoPoint &p : c.ring)
            r.points.push_back({ p.lat, p.lon });
        rings.push_back(std::move(r));
    }
    return publish(rings, QStringLiteral("set_cordon"),
        QStringLiteral("from the recording, %1 cordons").arg(rings.size()));
}

bool CordonDesk::setBoundary(const QString &nameOrCode, bool nested)
{
    const auto *catalog = boundaries();
    if (!catalog) {
        say(tr("Boundaries not available: %1").arg(m_boundaryError), true);
        return false;
    }
    const maps::LayerFeature *f = catalog->find(nameOrCode);
    if (!f) {
        say(tr("No boundary called \"%1\"").arg(nameOrCode), true);
        return false;
    }
    std::vector<const maps::LayerFeature *> chain = nested ? catalog->nested(*f) : std::vector { f };
    std::vector<Ring> rings;
    for (const auto *b : chain)
        rings.push_back({ tr("%1 boundary").arg(b->name), cordonOutline(b->shape) });
    QStringList names;
    for (const auto *b : chain)
        names << b->name;
    return publish(
        rings, QStringLiteral("set_cordon"), QStringLiteral("boundary %1").arg(names.join(u" > ")));
}

bool CordonDesk::setDriveRing(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    return m_follower->setDriveRing(latitude, longitude, elapsedMinutes, leadMinutes, profile);
}

bool CordonDesk::requestDriveRing(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    return m_follower->requestDriveRing(latitude, longitude, elapsedMinutes, leadMinutes, profile);
}

std::optional<QString> CordonDesk::setFollowingRing(const SuspectFollower::Ring &ring)
{
    m_incidentPoint = ring.from;
    if (!publish({ { ring.name, ring.outline } }, ring.action, ring.detail, ring.replaceId))
        return std::nullopt;
    return m_cordonId;
}

void CordonDesk::clearCordon(const QString &cordonId)
{
    if (!m_world->cordons()->find(cordonId)) {
        say(tr("No cordon %1 to lift").arg(cordonId), true);
        return;
    }
    m_dispatch->record(QStringLiteral("clear_cordon"), cordonId);
    m_follower->lifting(cordonId);
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = CordonCleared { cordonId };
    m_bus->publish(e);
    m_dispatch->shareCordon(e);
    if (cordonId == m_cordonId) {
        m_cordonId.clear();
        m_summary.clear();
        m_analysis = {};
        m_crossings.reset({});
        m_posts.reset(); // its posts were this cordon's crossings
        emit analysed();
    }
    say(tr("Cordon lifted"), false);
}

bool CordonDesk::importFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!file.isLocalFile() && !file.isRelative()) {
        say(tr("Cordons not imported: %1 is not a file on this computer").arg(path), true);
        return false;
    }
    QString error;
    const auto read = CordonFile::read(path, &error);
    if (!read) {
        say(tr("Cordons not imported, none set: %1").arg(error), true);
        return false;
    }
    std::vector<Ring> rings;
    for (const auto &r : *read)
        rings.push_back({ r.name, r.points });
    if (!publish(rings, QStringLiteral("import_cordons"),
            QStringLiteral("file %1, %2 polygons").arg(QFileInfo(path).fileName()).arg(rings.size())))
        return false;
    say(tr("%n cordon(s) imported from %1", "", int(rings.size())).arg(QFileInfo(path).fileName()), false);
    return true;
}

bool CordonDesk::exportFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto &cordons = m_world->cordons()->rows();
    if (cordons.isEmpty()) {
        say(tr("No cordon set: nothing to export"), true);
        return false;
    }
    QString error;
    if (!CordonFile::write(path, cordons, &error)) {
        say(tr("Cordons not exported: %1").arg(error), true);
        return false;
    }
    m_dispatch->record(
        QStringLiteral("export_cordons"), QStringLiteral("%1 cordons to %2").arg(cordons.size()).arg(path));
    say(tr("%n cordon(s) written to %1", "", int(cordons.size())).arg(path), false);
    return true;
}

int CordonDesk::importLimitMegabytes() const
{
    return int(CordonFile::kMaxBytes >> 20);
}

void CordonDesk::setIncidentPoint(double latitude, double longitude)
{
    m_incidentPoint = GeoPoint { latitude, longitude };
    if (!m_cordonId.isEmpty())
        analyse(m_cordonId);
}

std::optional<GeoPoint> CordonDesk::incidentPoint() const
{
    if (m_incidentPoint)
        return m_incidentPoint;
    const auto &rows = m_world->incidents()->rows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->open)
            return it->info.position;
    }
    return std::nullopt;
}

QVariantList CordonDesk::incidentPosition() const
{
    const auto p = incidentPoint();
    return p ? QVariantList { p->lat, p->lon } : QVariantList {};
}

bool CordonDesk::analyse(const QString &cordonId)
{
    const CordonRow *row = m_world->cordons()->find(cordonId);
    if (!row) {
        say(tr("No cordon %1").arg(cordonId), true);
        return false;
    }
    if (!m_engine) {
        say(tr("No road graph: crossings need one (--roads)"), true);
        return false;
    }
    const CordonSet *c = &row->info;
    std::vector<maps::LatLon> ring;
    for (const auto &p : c->ring)
        ring.push_back({ p.lat, p.lon });
    maps::ShapeProblem problem;
    const maps::GeoShape shape = maps::GeoShape::fromRing(ring, &problem);
    CordonQuery q;
    q.origin = incidentPoint();
    const auto &sites = m_world->sites()->rows();
    const auto &cameras = m_world->cameras()->rows();
    m_analysis = m_engine->analyse(shape, std::span(sites.constData(), std::size_t(sites.size())),
        std::span(cameras.constData(), std::size_t(cameras.size())), q);
    m_cordonId = cordonId;
    m_crossings.reset(m_analysis.crossings);
    m_posts.reset(); // a plan was for the crossings it was made from
    if (m_analysis.crossings.empty()) {
        m_summary = m_analysis.problem;
    } else {
        const double first = m_analysis.crossings.front().suspectSeconds;
        m_summary = tr("%1: %2 road crossings, %3 checkpoints, %4 cameras; the suspect's earliest arrival %5")
                        .arg(c->name)
                        .arg(m_analysis.crossings.size())
                        .arg(m_analysis.checkpoints)
                        .arg(m_analysis.cameras)
                        .arg(q.origin ? cordontext::minutes(first) : tr("unknown (no incident)"));
        if (!m_analysis.problem.isEmpty())
            m_summary += QStringLiteral(" · ") + m_analysis.problem;
    }
    emit analysed();
    return true;
}

bool CordonDesk::planManning()
{
    return m_posts.plan(m_cordonId, m_analysis.crossings);
}

void CordonDesk::setPostIncluded(int row, bool included)
{
    m_posts.setIncluded(row, included);
}

int CordonDesk::activateManning()
{
    return m_posts.activate(m_cordonId);
}

} // namespace wf
