#include "MarkerMesh.h"

#include <array>
#include <cstring>
#include <numbers>

namespace wf::maps {

namespace {

// Unit vectors to the corners of a regular polygon (clockwise from north, plus rotation).
// Computed once for the few shapes the layer draws instead of twice per vertex per rebuild.
Corners makeCorners(int sides, double rotation)
{
    Corners out;
    for (int i = 0; i < sides; ++i) {
        const double a = rotation + 2 * std::numbers::pi * i / sides;
        out.append(QPointF(std::sin(a), -std::cos(a)));
    }
    return out;
}

} // namespace

const Corners &cornersOf(int sides, double rotation)
{
    constexpr int kMaxSides = 16;
    // Built once, thread-safely (a static local); every window's render thread only reads it.
    static const auto table = [] {
        std::array<std::array<Corners, 2>, kMaxSides + 1> t;
        for (int s = 3; s <= kMaxSides; ++s) {
            t[size_t(s)][0] = makeCorners(s, 0);
            t[size_t(s)][1] = makeCorners(s, std::numbers::pi / 4);
        }
        return t;
    }();
    Q_ASSERT(sides >= 3 && sides <= kMaxSides && (rotation == 0 || rotation == std::numbers::pi / 4));
    return table[size_t(std::clamp(sides, 3, kMaxSides))][rotation == 0 ? 0 : 1];
}

bool uploadMesh(QSGGeometry *g, const MarkerMesh &mesh)
{
    const int vc = int(mesh.vertices.size()), ic = int(mesh.indices.size());
    const size_t vBytes = size_t(vc) * sizeof(QSGGeometry::ColoredPoint2D);
    const size_t iBytes = size_t(ic) * sizeof(quint32);
    const bool sameSize = g->vertexCount() == vc && g->indexCount() == ic;
    const bool vertices
        = !sameSize || (vc > 0 && std::memcmp(g->vertexData(), mesh.vertices.constData(), vBytes) != 0);
    const bool indices
        = !sameSize || (ic > 0 && std::memcmp(g->indexData(), mesh.indices.constData(), iBytes) != 0);
    if (!sameSize)
        g->allocate(vc, ic);
    if (vertices && vc > 0)
        std::memcpy(g->vertexData(), mesh.vertices.constData(), vBytes);
    if (indices && ic > 0)
        std::memcpy(g->indexData(), mesh.indices.constData(), iBytes);
    if (vertices)
        g->markVertexDataDirty();
    if (indices)
        g->markIndexDataDirty();
    return vertices || indices;
}

} // namespace wf::maps
