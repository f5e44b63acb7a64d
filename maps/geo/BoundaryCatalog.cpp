#include "BoundaryCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <numbers>

namespace wf::maps {

namespace {

int depth(const QString &level)
{
    if (level == u"province")
        return 0;
    if (level == u"prefecture" || level == u"city")
        return 1;
    return 2;
}

} // namespace

bool BoundaryCatalog::loadFolder(const QString &folder, QString *error)
{
    std::vector<LayerFeature> all;
    for (const char *name :
        { "hubei-province.geojson", "hubei-prefectures.geojson", "hubei-districts.geojson" }) {
        const QString path = folder + u'/' + QLatin1StringView(name);
        QFile file(path);
        if (file.size() > LayerFile::kMaxBytes || !file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(
                    path, QCoreApplication::translate("LayerFile", "cannot be read"));
            return false;
        }
        // The demo boundaries are dissolved and converted from GCJ-02; where their outlines touch
        // themselves GEOS mends them rather than refusing the whole base map.
        auto layer
            = LayerFile::readBytes(file.readAll(), path, error, LayerFile::kMaxBytes, ShapeRepair::MakeValid);
        if (!layer)
            return false;
        for (LayerFeature &f : layer->features) {
            if (f.level.isEmpty())
                f.level = QString::fromLatin1(name).contains(u"province") ? QStringLiteral("province")
                    : QString::fromLatin1(name).contains(u"prefecture")   ? QStringLiteral("prefecture")
                                                                          : QStringLiteral("district");
            all.push_back(std::move(f));
        }
    }
    m_all = std::move(all);
    m_vertices.clear();
    for (const LayerFeature &f : m_all) {
        for (const auto &polygon : f.shape.polygons())
            m_vertices.insert(m_vertices.end(), polygon.outer.begin(), polygon.outer.end());
    }
    return true;
}

std::optional<LatLon> BoundaryCatalog::nearestVertex(LatLon p, double maxMeters) const
{
    // A box of maxMeters around the point first: the distance is measured only for the few
    // vertices in it.
    const double dLat = maxMeters / 110'000.0;
    const double dLon = maxMeters / (110'000.0 * std::max(0.05, std::cos(p.lat * std::numbers::pi / 180)));
    std::optional<LatLon> best;
    double bestM = maxMeters;
    for (const LatLon &v : m_vertices) {
        if (std::abs(v.lat - p.lat) > dLat || std::abs(v.lon - p.lon) > dLon)
            continue;
        const double d = distanceMeters(p, v);
        if (d <= bestM) {
            bestM = d;
            best = v;
        }
    }
    return best;
}

const LayerFeature *BoundaryCatalog::byCode(const QString &code) const
{
    for (const LayerFeature &f : m_all) {
        if (!code.isEmpty() && f.code == code)
            return &f;
    }
    return nullptr;
}

const LayerFeature *BoundaryCatalog::find(const QString &nameOrCode) const
{
    const QString key = nameOrCode.trimmed();
    if (key.isEmpty())
        return nullptr;
    if (const LayerFeature *f = byCode(key))
        return f;
    for (const LayerFeature &f : m_all) {
        if (f.name.compare(key, Qt::CaseInsensitive) == 0 || f.nameEn.compare(key, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

std::vector<const LayerFeature *> BoundaryCatalog::nested(const LayerFeature &inner) const
{
    std::vector<const LayerFeature *> chain { &inner };
    // Parents by code; the province file's outline has none, so a prefecture's parent is the
    // province feature found by depth.
    for (int guard = 0; guard < 4 && depth(chain.front()->level) > 0; ++guard) {
        const LayerFeature *parent = byCode(chain.front()->parent);
        if (!parent) {
            const auto parts = chain.front()->shape.polygons();
            for (const LayerFeature &f : m_all) {
                if (depth(f.level) == depth(chain.front()->level) - 1
                    && f.shape.contains(parts.front().outer.front())) {
                    parent = &f;
                    break;
                }
            }
        }
        if (!parent)
            break;
        chain.insert(chain.begin(), parent);
    }
    return chain;
}

std::vector<const LayerFeature *> BoundaryCatalog::around(LatLon p) const
{
    std::vector<const LayerFeature *> out;
    for (int d = 0; d <= 2; ++d) {
        for (const LayerFeature &f : m_all) {
            if (depth(f.level) == d && f.shape.contains(p)) {
                out.push_back(&f);
                break;
            }
        }
    }
    return out;
}

} // namespace wf::maps
