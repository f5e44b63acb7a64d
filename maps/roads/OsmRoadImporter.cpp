#include "OsmRoadImporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <osmium/io/any_compression.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/io/reader.hpp>
#include <osmium/io/xml_input.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/way.hpp>

namespace wf::maps {

namespace {

struct WayRecord
{
    quint64 firstRef; // into the refs array
    quint32 refCount;
    qint32 name;
    RoadClass cls;
    RoadGraphBuilder::Direction direction;
    bool reversed; // oneway=-1: drawn against the direction of travel
    float speedKmh;
};

bool isOneOf(const char *v, std::initializer_list<const char *> values)
{
    if (!v)
        return false;
    for (const char *x : values) {
        if (std::strcmp(v, x) == 0)
            return true;
    }
    return false;
}

// Reports progress through a file at most once a second.
class Ticker
{
public:
    Ticker(const OsmRoadImporter::Progress &p, QString what)
        : m_progress(p)
        , m_what(std::move(what))
    {
        m_timer.start();
        if (m_progress)
            m_progress(m_what);
    }
    void tick(std::size_t offset, std::size_t size)
    {
        if (!m_progress || m_timer.elapsed() < 1000)
            return;
        m_timer.restart();
        m_progress(
            QStringLiteral("%1 %2%").arg(m_what).arg(size ? int(100.0 * double(offset) / double(size)) : 0));
    }

private:
    const OsmRoadImporter::Progress &m_progress;
    QString m_what;
    QElapsedTimer m_timer;
};

} // namespace

std::optional<RoadClass> OsmRoadImporter::classOf(const char *h)
{
    if (!h)
        return std::nullopt;
    if (isOneOf(h, { "motorway", "motorway_link" }))
        return RoadClass::Expressway;
    if (isOneOf(h, { "trunk", "trunk_link" }))
        return RoadClass::UrbanRing;
    if (isOneOf(h, { "primary", "primary_link", "secondary", "secondary_link" }))
        return RoadClass::Arterial;
    if (isOneOf(h, { "tertiary", "tertiary_link", "unclassified", "road" }))
        return RoadClass::County;
    if (isOneOf(h, { "residential", "living_street" }))
        return RoadClass::Village;
    return std::nullopt;
}

double OsmRoadImporter::parseMaxspeed(const char *value)
{
    if (!value)
        return 0;
    QString v = QString::fromUtf8(value).section(u';', 0, 0).trimmed().toLower();
    if (v == u"walk")
        return 6;
    double factor = 1;
    if (v.endsWith(u"mph")) {
        factor = 1.609344;
        v.chop(3);
    } else {
        for (const char *unit : { "km/h", "kmh", "kph" }) {
            if (v.endsWith(QLatin1StringView(unit))) {
                v.chop(qsizetype(std::strlen(unit)));
                break;
            }
        }
    }
    bool ok = false;
    const double n = v.trimmed().toDouble(&ok) * factor;
    if (!ok || !(n > 0))
        return 0; // "none", "signals", "CN:urban": the class's default
    return std::clamp(n, 5.0, 150.0);
}

bool OsmRoadImporter::read(const QString &path, RoadGraphBuilder &builder, QString *error)
{
    m_stats = {};
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (info.size() == 0) {
        *error = QStringLiteral("%1: the file is empty").arg(path);
        return false;
    }
    if (info.size() > m_maxFileBytes) {
        *error = QStringLiteral("%1: %2 MB is more than the import takes (%3 MB)")
                     .arg(path)
                     .arg(info.size() >> 20)
                     .arg(m_maxFileBytes >> 20);
        return false;
    }
    const QString name = info.fileName().toLower();
    const bool known = name.endsWith(u".osm") || name.endsWith(u".osm.pbf") || name.endsWith(u".pbf")
        || name.endsWith(u".osm.gz") || name.endsWith(u".osm.bz2");
    if (!known) {
        *error = QStringLiteral("%1: not an OpenStreetMap file name (.osm, .osm.pbf, .osm.gz or .osm.bz2)")
                     .arg(path);
        return false;
    }
    std::vector<WayRecord> ways;
    std::vector<osmium::object_id_type> refs;
    QHash<QString, int> nameIds;
    std::vector<osmium::object_id_type> ids; // the road nodes, sorted
    std::vector<quint32> uses; // how many times each is used (junctions: more than once)
    std::vector<roadfile::Point> where; // their locations
    std::vector<bool> located;
    try {
        const osmium::io::File file(QFile::encodeName(path).toStdString());
        {
            // Pass 1: the roads and the nodes they are made of.
            Ticker ticker(m_progress, QStringLiteral("reading roads"));
            osmium::io::Reader reader(file, osmium::osm_entity_bits::way);
            while (osmium::memory::Buffer buffer = reader.read()) {
                for (const auto &way : buffer.select<osmium::Way>()) {
                    ++m_stats.osmWays;
                    const auto &tags = way.tags();
                    const auto cls = classOf(tags.get_value_by_key("highway"));
                    if (!cls || isOneOf(tags.get_value_by_key("area"), { "yes" })
                        || isOneOf(tags.get_value_by_key("access"), { "no", "private" }))
                        continue;
                    const auto &nodes = way.nodes();
                    if (nodes.size() < 2)
                        continue;
                    const char *oneway = tags.get_value_by_key("oneway");
                    const bool roundabout
                        = isOneOf(tags.get_value_by_key("junction"), { "roundabout", "circular" });
                    WayRecord w {};
                    w.firstRef = refs.size();
                    w.refCount = quint32(nodes.size());
                    w.cls = *cls;
                    w.reversed = isOneOf(oneway, { "-1", "reverse" });
                    const bool forward = isOneOf(oneway, { "yes", "true", "1" });
                    const bool implied = !oneway && (*cls == RoadClass::Expressway || roundabout)
                        && !isOneOf(tags.get_value_by_key("highway"), { "motorway_link" });
                    w.direction = (forward || w.reversed || implied) && !isOneOf(oneway, { "no" })
                        ? RoadGraphBuilder::Direction::Forward
                        : RoadGraphBuilder::Direction::Both;
                    w.speedKmh = float(parseMaxspeed(tags.get_value_by_key("maxspeed")));
                    const RoadName rn { QString::fromUtf8(tags.get_value_by_key("name", "")),
                        QString::fromUtf8(tags.get_value_by_key("name:zh", "")),
                        QString::fromUtf8(tags.get_value_by_key("name:en", "")) };
                    w.name = -1;
                    if (!rn.name.isEmpty() || !rn.zh.isEmpty() || !rn.en.isEmpty()) {
                        const QString key = rn.name + QChar(0) + rn.zh + QChar(0) + rn.en;
                        auto it = nameIds.find(key);
                        if (it == nameIds.end())
                            it = nameIds.insert(key, builder.addName(rn));
                        w.name = *it;
                    }
                    for (const auto &nr : nodes)
                        refs.push_back(nr.ref());
                    ways.push_back(w);
                    ++m_stats.roadWays;
                }
                ticker.tick(reader.offset(), reader.file_size());
            }
            reader.close();
        }
        if (ways.empty()) {
            *error = m_stats.osmWays == 0
                ? QStringLiteral("%1: no OpenStreetMap ways in the file").arg(path)
                : QStringLiteral("%1: no roads among its %2 ways").arg(path).arg(m_stats.osmWays);
            return false;
        }
        ids = refs;
        std::sort(ids.begin(), ids.end());
        uses.reserve(ids.size());
        {
            std::size_t out = 0;
            for (std::size_t i = 0; i < ids.size();) {
                std::size_t j = i;
                while (j < ids.size() && ids[j] == ids[i])
                    ++j;
                ids[out++] = ids[i];
                uses.push_back(quint32(std::min<std::size_t>(j - i, 0xffffffffu)));
                i = j;
            }
            ids.resize(out);
            ids.shrink_to_fit();
        }
        where.assign(ids.size(), roadfile::Point { 0, 0 });
        located.assign(ids.size(), false);
        {
            // Pass 2: where those nodes are.
            Ticker ticker(m_progress, QStringLiteral("reading node locations"));
            osmium::io::Reader reader(file, osmium::osm_entity_bits::node);
            while (osmium::memory::Buffer buffer = reader.read()) {
                for (const auto &node : buffer.select<osmium::Node>()) {
                    ++m_stats.osmNodes;
                    const auto it = std::lower_bound(ids.begin(), ids.end(), node.id());
                    if (it == ids.end() || *it != node.id() || !node.location().valid())
                        continue;
                    const auto i = std::size_t(it - ids.begin());
                    where[i] = { node.location().y(), node.location().x() };
                    located[i] = true;
                }
                ticker.tick(reader.offset(), reader.file_size());
            }
            reader.close();
        }
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1: not a readable OpenStreetMap file (%2)")
                     .arg(path, QString::fromUtf8(e.what()));
        return false;
    }

    // Cut the ways at junctions into links; a node the file lacks cuts the way too.
    if (m_progress)
        m_progress(QStringLiteral("cutting %1 roads at junctions").arg(ways.size()));
    std::vector<int> graphNode(ids.size(), -1);
    auto nodeOf = [&](std::size_t i) {
        if (graphNode[i] < 0)
            graphNode[i] = builder.addNode(RoadGraph::decode(where[i]));
        return graphNode[i];
    };
    std::vector<std::size_t> run;
    std::vector<LatLon> shape;
    for (const WayRecord &w : ways) {
        auto flush = [&]() {
            if (run.size() >= 2) {
                if (w.reversed)
                    std::reverse(run.begin(), run.end());
                std::size_t start = run.front();
                shape.clear();
                for (std::size_t k = 1; k < run.size(); ++k) {
                    const std::size_t i = run[k];
                    if (uses[i] > 1 || k + 1 == run.size()) {
                        if (start != i || !shape.empty())
                            builder.addLink(
                                nodeOf(start), nodeOf(i), w.cls, w.direction, w.name, w.speedKmh, shape);
                        start = i;
                        shape.clear();
                    } else {
                        shape.push_back(RoadGraph::decode(where[i]));
                    }
                }
            }
            run.clear();
        };
        for (quint64 r = w.firstRef; r < w.firstRef + w.refCount; ++r) {
            const auto i = std::size_t(std::lower_bound(ids.begin(), ids.end(), refs[r]) - ids.begin());
            if (!located[i]) {
                ++m_stats.missingNodes;
                flush();
                continue;
            }
            if (!run.empty() && run.back() == i)
                continue; // the same node twice in a row
            run.push_back(i);
        }
        flush();
    }
    m_stats.graphNodes = builder.nodeCount();
    m_stats.links = builder.linkCount();
    if (builder.linkCount() == 0) {
        *error = QStringLiteral("%1: its %2 roads have no located nodes (is it a complete extract?)")
                     .arg(path)
                     .arg(m_stats.roadWays);
        return false;
    }
    return true;
}

} // namespace wf::maps
