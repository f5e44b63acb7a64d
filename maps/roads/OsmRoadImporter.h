#pragma once

#include "RoadGraphBuilder.h"

#include <QString>
#include <functional>
#include <optional>

namespace wf::maps {

struct OsmImportStats
{
    qint64 osmNodes = 0; // nodes in the file
    qint64 osmWays = 0; // ways in the file
    qint64 roadWays = 0; // ways that are roads (a highway=* mapped to a class)
    qint64 missingNodes = 0; // road nodes the file does not have (an extract's cut edge)
    int graphNodes = 0;
    int links = 0;
};

// Reads the roads of an OpenStreetMap file (.osm XML or .osm.pbf, also .osm.gz / .osm.bz2) with
// libosmium into a RoadGraphBuilder: two passes, first the ways (tags and node lists), then the
// locations of just the nodes those ways use. Ways are cut at junctions (nodes shared by ways)
// into links; the nodes between junctions become the links' shape.
//
// highway=* to class: motorway(_link) -> Expressway; trunk(_link) -> UrbanRing; primary,
// secondary(_link) -> Arterial; tertiary(_link), unclassified, road -> County; residential,
// living_street -> Village. Service roads, tracks, paths, areas and ways closed to the public
// (access=no|private) are left out. maxspeed (km/h, mph, "walk"; the first of a list) sets the
// speed, else the class's default; oneway (yes/true/1, -1/reverse, no; implied on motorways and
// roundabouts) the direction; name, name:zh and name:en the names.
class OsmRoadImporter
{
public:
    using Progress = std::function<void(const QString &)>;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Files larger than this are refused before reading (default 16 GiB: a large country).
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    // False, with a message naming the file, when it cannot be read, is not OpenStreetMap data,
    // is truncated, or holds no roads.
    bool read(const QString &path, RoadGraphBuilder &builder, QString *error);
    const OsmImportStats &stats() const { return m_stats; }

    // The parts of the mapping, exposed for tests and the documentation.
    static std::optional<RoadClass> classOf(const char *highway);
    static double parseMaxspeed(const char *value); // km/h, 0 when absent or not understood

private:
    Progress m_progress;
    qint64 m_maxFileBytes = 16LL << 30;
    OsmImportStats m_stats;
};

} // namespace wf::maps
