#pragma once

#include <QtGlobal>
#include <cstddef>

// The road graph file (".roads"), version 1: one header, then flat little-endian arrays, each
// at a 64-byte aligned offset, so that the file is used in place through a memory map. Nothing
// is parsed at load; the arrays are checked (sizes, every index in range) and used as they lie.
// The writer is RoadGraphBuilder, the reader RoadGraph. A change of any record below is a new
// version: readers refuse versions they do not know.
namespace wf::maps::roadfile {

inline constexpr char kMagic[8] = { 'W', 'F', 'R', 'O', 'A', 'D', 'S', '\0' };
inline constexpr quint32 kVersion = 1;
inline constexpr quint32 kByteOrderMark = 0x01020304;
inline constexpr quint32 kNone = 0xffffffffu;
inline constexpr std::size_t kAlignment = 64;
// Far beyond a country's roads, and every index still fits in 31 bits (edge-arc direction bit).
inline constexpr quint32 kMaxNodes = 200'000'000;
inline constexpr quint32 kMaxEdges = 500'000'000;

enum Section : quint32 {
    NodePositions, // Point[nodes]
    OutFirst, // u32[nodes + 1]: outgoing edges of node n are edges [OutFirst[n], OutFirst[n+1])
    Edges, // EdgeRecord[edges], sorted by their tail node
    InFirst, // u32[nodes + 1]
    InEdges, // u32[edges]: edge ids by head node
    InFrom, // u32[edges]: the tail node of each of those (a backward search reads them in a row)
    Links, // LinkRecord[links]: one road between two junctions, carrying 1 or 2 edges
    ShapeFirst, // u32[links + 1]: the link's shape points (between its end nodes)
    ShapePoints, // Point[shape points]
    Names, // NameRecord[names]
    NameBytes, // UTF-8
    GridFirst, // u32[cols * rows + 1]: the snapping grid, cell row * cols + col
    GridLinks, // u32[entries]: links passing through each cell
    Rank, // u32[nodes]: the node's rank in the contraction order (nested dissection)
    UpFirst, // u32[nodes + 1], by rank: the upward arcs of the chordal hierarchy
    UpHead, // u32[arcs]: the upper node (rank) of each arc, ascending within a node
    EdgeArc, // u32[edges]: arc of each edge, bit 31 set when the edge runs downwards; kNone: a loop
    Meta, // UTF-8 JSON: source, attribution, creation time
    SectionCount
};

struct Point // WGS-84, 1e-7 degrees (OpenStreetMap's own resolution, ~1 cm)
{
    qint32 lat;
    qint32 lon;
};

struct EdgeRecord
{
    quint32 from;
    quint32 to;
    quint32 link;
    float lengthM;
    quint8 roadClass;
    quint8 speedKmh; // posted speed
    quint8 flags; // kEdgeAgainstLink: the edge runs from the link's end to its start
    quint8 reserved;
};
inline constexpr quint8 kEdgeAgainstLink = 1;

struct LinkRecord
{
    quint32 from;
    quint32 to;
    quint32 forward; // edge from -> to, or kNone (one-way against the digitised direction)
    quint32 backward; // edge to -> from, or kNone (one-way)
    quint32 name; // kNone: unnamed
    quint8 roadClass; // the class of its edges, for snapping without touching them
    quint8 reserved[3];
};

struct NameRecord
{
    quint32 offset[3]; // name, name:zh, name:en in NameBytes
    quint32 length[3];
};

struct SectionEntry
{
    quint32 id;
    quint32 elementBytes;
    quint64 offset;
    quint64 count;
};

struct Header
{
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint32 headerBytes;
    quint32 sectionCount;
    quint64 fileBytes;
    quint32 nodeCount;
    quint32 edgeCount;
    quint32 linkCount;
    quint32 nameCount;
    quint32 shapePointCount;
    quint32 arcCount;
    quint32 gridCellCount; // cols * rows
    quint32 gridEntryCount;
    double gridSouth; // the snapping grid: cell (row, col) covers
    double gridWest; //   [south + row * cellDeg, + cellDeg) x [west + col * cellDeg, + cellDeg)
    double gridCellDeg;
    quint32 gridCols;
    quint32 gridRows;
    quint32 reserved[8];
    SectionEntry sections[SectionCount];
};

static_assert(sizeof(Point) == 8 && sizeof(EdgeRecord) == 20 && sizeof(LinkRecord) == 24);
static_assert(sizeof(NameRecord) == 24 && sizeof(SectionEntry) == 24);

} // namespace wf::maps::roadfile
