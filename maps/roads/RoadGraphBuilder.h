#pragma once

#include "Geodesy.h"
#include "RoadClass.h"
#include "RoadGraph.h"
#include "RoadGraphFormat.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <span>
#include <vector>

namespace wf::maps {

// Puts a road graph together and writes it in the graph file format: junction nodes and the
// links (roads between junctions, with their shape) that join them. Node and link ids are kept
// as added; edge ids are assigned by build() (edges are stored by their tail node), and each
// link knows its one or two edges. build() also prepares routing: the nested-dissection order
// and the chordal hierarchy, and the grid that snaps a point to the nearest road.
class RoadGraphBuilder
{
public:
    enum class Direction { Both, Forward }; // Forward: one-way from the link's first node to its last

    // A running build reports what it is doing (for a progress line on stderr).
    using Progress = std::function<void(const QString &)>;

    int addNode(LatLon p);
    int addName(const RoadName &name);
    // A road between two nodes. speedKmh 0 takes the class's default speed; shape holds the points
    // between the end nodes. Returns the link id.
    int addLink(int from, int to, RoadClass cls, Direction direction = Direction::Both, int name = -1,
        double speedKmh = 0, std::span<const LatLon> shape = {});
    // Where the graph came from, kept in the file (e.g. "generated training roads").
    void setSource(const QString &source, const QString &attribution = {});

    int nodeCount() const { return int(m_nodes.size()); }
    int linkCount() const { return int(m_links.size()); }
    LatLon node(int n) const { return RoadGraph::decode(m_nodes[std::size_t(n)]); }
    int linkFrom(int l) const { return int(m_links[std::size_t(l)].from); }
    int linkTo(int l) const { return int(m_links[std::size_t(l)].to); }
    // Connected components, ignoring direction: component id per node.
    std::vector<int> components() const;

    // The file image, or an empty array and a message (no roads, too many, bad coordinates).
    QByteArray build(QString *error, const Progress &progress = {}) const;
    // build() written to path through a temporary file renamed at the end: a failed or
    // interrupted write leaves no file (and an existing one untouched).
    bool write(const QString &path, QString *error, const Progress &progress = {}) const;

private:
    struct Section
    {
        const void *data;
        quint64 count;
        quint32 elementBytes;
    };
    // Builds the arrays and hands them, with the header that lays them out, to sink.
    using Sink = std::function<bool(const roadfile::Header &, std::span<const Section>)>;
    bool produce(QString *error, const Progress &progress, const Sink &sink) const;

    struct Link
    {
        quint32 from;
        quint32 to;
        quint32 name;
        quint8 cls;
        quint8 speedKmh;
        bool oneWay;
    };
    std::vector<roadfile::Point> m_nodes;
    std::vector<Link> m_links;
    std::vector<quint32> m_shapeFirst { 0 };
    std::vector<roadfile::Point> m_shape;
    std::vector<RoadName> m_names;
    QString m_source;
    QString m_attribution;
    bool m_badCoordinate = false;
};

} // namespace wf::maps
