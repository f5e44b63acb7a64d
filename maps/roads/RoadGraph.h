#pragma once

#include "Geodesy.h"
#include "RoadClass.h"
#include "RoadGraphFormat.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <span>
#include <vector>

class QFile;

namespace wf::maps {

struct RoadName
{
    QString name; // name=* (what the sign says)
    QString zh; // name:zh
    QString en; // name:en
    // In the UI language: English falls back to the plain name, Chinese to name:zh, then name.
    QString in(bool english) const;
    friend bool operator==(const RoadName &, const RoadName &) = default;
};

// The road graph of the workstation, read-only: junction nodes, directed edges (road class,
// length, posted speed, name, geometry through the link they belong to) and the contraction
// order routing is prepared with. It lives in the ".roads" file (RoadGraphFormat.h) and is used
// in place: open() maps the file, checks every array and index, and is done; nothing is copied.
// Built by RoadGraphBuilder; shared (std::shared_ptr<const RoadGraph>) by the training world and
// the workstation, each with its own Congestion and RoadRouter.
class RoadGraph
{
public:
    static constexpr int kNone = -1;

    ~RoadGraph();
    RoadGraph(const RoadGraph &) = delete;
    RoadGraph &operator=(const RoadGraph &) = delete;

    // Maps and checks a graph file. A file that is not one, of another version, truncated or with
    // an index out of range is refused with a message naming it.
    static std::shared_ptr<const RoadGraph> open(const QString &path, QString *error);
    // The same checks on a file image in memory (RoadGraphBuilder::build()).
    static std::shared_ptr<const RoadGraph> fromBytes(QByteArray bytes, QString *error);

    int nodeCount() const { return int(m_header->nodeCount); }
    int edgeCount() const { return int(m_header->edgeCount); }
    int linkCount() const { return int(m_header->linkCount); }
    int nameCount() const { return int(m_header->nameCount); }
    qint64 byteSize() const { return qint64(m_header->fileBytes); }
    QString metaJson() const; // where the graph came from (source, attribution, created)

    LatLon nodePosition(int n) const { return decode(m_nodes[n]); }

    // Outgoing edges of a node are the contiguous ids [first, last).
    std::pair<int, int> outEdges(int n) const { return { int(m_outFirst[n]), int(m_outFirst[n + 1]) }; }
    // Incoming edge ids of a node; or by position: [first, last) indexes inEdgeAt / inFromAt.
    std::span<const quint32> inEdges(int n) const
    {
        return { m_inEdges + m_inFirst[n], m_inEdges + m_inFirst[n + 1] };
    }
    std::pair<int, int> inRange(int n) const { return { int(m_inFirst[n]), int(m_inFirst[n + 1]) }; }
    int inEdgeAt(int i) const { return int(m_inEdges[i]); }
    int inFromAt(int i) const { return int(m_inFrom[i]); }
    int edgeFrom(int e) const { return int(m_edges[e].from); }
    int edgeTo(int e) const { return int(m_edges[e].to); }
    double edgeLength(int e) const { return m_edges[e].lengthM; }
    RoadClass edgeClass(int e) const { return RoadClass(m_edges[e].roadClass); }
    double edgePostedKmh(int e) const { return m_edges[e].speedKmh; }
    int edgeLink(int e) const { return int(m_edges[e].link); }
    bool edgeAgainstLink(int e) const { return m_edges[e].flags & roadfile::kEdgeAgainstLink; }
    // The other direction of the same road, or kNone on a one-way road.
    int edgeTwin(int e) const;
    int edgeName(int e) const { return linkName(edgeLink(e)); }
    // The edge's line in its direction of travel, end nodes included.
    void edgePolyline(int e, std::vector<LatLon> &out) const;
    // The part [fromM, toM] of the edge's line, appended to out without repeating out's last point.
    void edgeSection(int e, double fromM, double toM, std::vector<LatLon> &out) const;
    // The point and the heading (degrees from north) metres along the edge.
    LatLon pointAlong(int e, double metres) const;
    double headingAlong(int e, double metres) const;

    int linkFrom(int l) const { return int(m_links[l].from); }
    int linkTo(int l) const { return int(m_links[l].to); }
    int linkForward(int l) const { return noneToInt(m_links[l].forward); }
    int linkBackward(int l) const { return noneToInt(m_links[l].backward); }
    int linkName(int l) const { return noneToInt(m_links[l].name); }
    double linkLength(int l) const;
    RoadClass linkClass(int l) const { return RoadClass(m_links[l].roadClass); }
    // Start node, shape points, end node.
    void linkPolyline(int l, std::vector<LatLon> &out) const;
    std::span<const roadfile::Point> linkShape(int l) const
    {
        return { m_shape + m_shapeFirst[l], m_shape + m_shapeFirst[l + 1] };
    }

    RoadName name(int nameId) const;

    // The contraction order and the chordal hierarchy routing customises (CchMetric).
    quint32 rank(int n) const { return m_rank[n]; }
    const quint32 *upFirst() const { return m_upFirst; }
    const quint32 *upHead() const { return m_upHead; }
    int arcCount() const { return int(m_header->arcCount); }
    quint32 edgeArc(int e) const { return m_edgeArc[e]; }

    // The snapping grid (RoadSnap).
    const roadfile::Header &header() const { return *m_header; }
    std::span<const quint32> gridLinks(quint32 cellKey) const;

    static LatLon decode(roadfile::Point p) { return { p.lat * 1e-7, p.lon * 1e-7 }; }

private:
    RoadGraph() = default;
    bool attach(const char *data, qint64 size, QString *error);
    bool checkContents(QString *error) const;
    static int noneToInt(quint32 v) { return v == roadfile::kNone ? kNone : int(v); }

    QByteArray m_bytes; // an image in memory, or
    std::unique_ptr<QFile> m_file; // a mapped file
    const roadfile::Header *m_header = nullptr;
    const roadfile::Point *m_nodes = nullptr;
    const quint32 *m_outFirst = nullptr;
    const roadfile::EdgeRecord *m_edges = nullptr;
    const quint32 *m_inFirst = nullptr;
    const quint32 *m_inEdges = nullptr;
    const quint32 *m_inFrom = nullptr;
    const roadfile::LinkRecord *m_links = nullptr;
    const quint32 *m_shapeFirst = nullptr;
    const roadfile::Point *m_shape = nullptr;
    const roadfile::NameRecord *m_names = nullptr;
    const char *m_nameBytes = nullptr;
    quint64 m_nameByteCount = 0;
    const quint32 *m_gridFirst = nullptr;
    const quint32 *m_gridLinks = nullptr;
    const quint32 *m_rank = nullptr;
    const quint32 *m_upFirst = nullptr;
    const quint32 *m_upHead = nullptr;
    const quint32 *m_edgeArc = nullptr;
    const char *m_meta = nullptr;
    quint64 m_metaBytes = 0;
};

} // namespace wf::maps
