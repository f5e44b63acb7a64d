#include "HubeiMap.h"

#include "RoadGenerator.h"
#include "SimGeometry.h"
#include "SitePlacer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <mutex>

namespace wf::sim {

QString shortName(const Place &p)
{
    QString n = p.nameZh;
    for (const QString &suffix :
        { QStringLiteral("土家族苗族自治州"), QStringLiteral("土家族自治县"), QStringLiteral("林区") }) {
        if (n.endsWith(suffix))
            return n.left(n.size() - suffix.size());
    }
    if (n.size() > 2 && (n.endsWith(u'市') || n.endsWith(u'县') || n.endsWith(u'区')))
        n.chop(1);
    return n;
}

std::shared_ptr<const HubeiMap> HubeiMap::shared()
{
    static std::mutex mutex;
    static std::shared_ptr<const HubeiMap> instance;
    std::lock_guard lock(mutex);
    if (!instance) {
        QString error;
        auto built = build(&error);
        if (!built)
            qFatal("sim: cannot build the training geography: %s", qPrintable(error));
        instance = std::move(built);
    }
    return instance;
}

std::unique_ptr<HubeiMap> HubeiMap::build(QString *error)
{
    auto m = std::unique_ptr<HubeiMap>(new HubeiMap);
    if (!m->load(error))
        return nullptr;
    QString why;
    RoadGenerator roads(*m);
    if (!roads.run(&why)) {
        if (error)
            *error = QStringLiteral("the generated roads: %1").arg(why);
        return nullptr;
    }
    m->m_roadImage = roads.roadImage();
    m->m_roads = roads.graph();
    m->assignRegions();
    SitePlacer sites(*m, roads.layout());
    sites.run();
    m->m_sites = std::move(sites.sites());
    m->m_cameras = std::move(sites.cameras());
    return m;
}

void HubeiMap::assignRegions()
{
    const int n = m_roads->nodeCount();
    m_nodeCounty.assign(std::size_t(n), -1);
    m_nodePrefecture.assign(std::size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const GeoPoint p = geoPoint(m_roads->nodePosition(i));
        const int county = countyAt(p);
        m_nodeCounty[std::size_t(i)] = county;
        // Beyond the border a node belongs to no prefecture of the province.
        m_nodePrefecture[std::size_t(i)] = insideProvince(p) ? prefectureOfCounty(county) : -1;
    }
}

bool HubeiMap::load(QString *error)
{
    QFile f(QStringLiteral(":/watchfloor/sim/data/hubei-sim-places.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the embedded place table is missing");
        return false;
    }
    const auto doc = QJsonDocument::fromJson(f.readAll());
    const auto root = doc.object();
    auto readPlace = [](const QJsonObject &o, const QString &kind) {
        return Place { o.value(u"adcode").toString(), o.value(u"parent").toString(),
            o.value(u"name_zh").toString(), o.value(u"name_en").toString(),
            kind.isEmpty() ? o.value(u"kind").toString() : kind,
            { o.value(u"lat").toDouble(), o.value(u"lon").toDouble() } };
    };
    for (const auto &v : root.value(u"prefecture_seats").toArray())
        m_seats.push_back(readPlace(v.toObject(), QStringLiteral("city")));
    for (const auto &v : root.value(u"counties").toArray())
        m_counties.push_back(readPlace(v.toObject(), QStringLiteral("county")));
    for (const auto &v : root.value(u"places").toArray())
        m_places.push_back(readPlace(v.toObject(), {}));
    for (const auto &v : root.value(u"province_outline").toArray()) {
        const auto a = v.toArray();
        m_outline.push_back({ a.at(0).toDouble(), a.at(1).toDouble() });
    }
    m_wuhan = seatIndex(u"Wuhan");
    if (m_seats.size() != 17 || m_counties.size() < 100 || m_outline.size() < 50 || m_wuhan < 0) {
        if (error)
            *error = QStringLiteral("the embedded place table is incomplete");
        return false;
    }
    for (const auto &c : m_counties) {
        // Province-administered units are their own prefecture.
        const QString pref = c.parent == u"420000" ? c.adcode : c.parent;
        int idx = -1;
        for (std::size_t s = 0; s < m_seats.size(); ++s) {
            if (m_seats[s].adcode == pref)
                idx = int(s);
        }
        m_countyPrefecture.push_back(idx);
    }
    return true;
}

bool HubeiMap::insideProvince(GeoPoint p) const
{
    return maps::insideRing(latLon(p), m_outline);
}

int HubeiMap::seatIndex(QStringView nameEn) const
{
    for (std::size_t s = 0; s < m_seats.size(); ++s) {
        if (m_seats[s].nameEn == nameEn)
            return int(s);
    }
    return -1;
}

const Place *HubeiMap::findPlace(QStringView name) const
{
    for (const auto *list : { &m_places, &m_seats, &m_counties }) {
        for (const auto &p : *list) {
            if (p.nameZh == name || p.nameEn.compare(name, Qt::CaseInsensitive) == 0)
                return &p;
        }
    }
    return nullptr;
}

int HubeiMap::countyAt(GeoPoint p) const
{
    int best = -1;
    double bestM = 1e18;
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        const double d = distanceMeters(p, m_counties[c].pos);
        if (d < bestM) {
            bestM = d;
            best = int(c);
        }
    }
    return best;
}

int HubeiMap::prefectureOfCounty(int county) const
{
    return county >= 0 && std::size_t(county) < m_countyPrefecture.size()
        ? m_countyPrefecture[std::size_t(county)]
        : -1;
}

double HubeiMap::cityRadiusM(int seat) const
{
    return seat == m_wuhan ? 24'000 : 5'000;
}

} // namespace wf::sim
