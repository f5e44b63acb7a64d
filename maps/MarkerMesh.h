#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSGGeometry>
#include <QSGVertexColorMaterial>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace wf::maps {

// The triangles of a marker layer's symbols, built on the GUI thread's side of a sync and copied
// into one scene-graph geometry. Positions are in local vertex units (world pixels at zoom 20,
// relative to an origin near the view) so that float keeps them to a few centimetres.
constexpr double kMarkerLocalUnits = 268435456.0; // 2^28 per normalised Mercator unit

// The stock vertex-colour material, asking the renderer to keep the node unmerged so the
// transform goes to the shader as a matrix: a moving camera then re-uploads no vertices.
class MarkerMaterial : public QSGVertexColorMaterial
{
public:
    MarkerMaterial() { setFlag(QSGMaterial::RequiresFullMatrix); }
};

// Unit vectors to the corners of a regular polygon (clockwise from north, plus rotation 0 or
// 45 degrees), computed once for the few shapes the layers draw instead of twice per vertex per
// rebuild.
using Corners = QVarLengthArray<QPointF, 16>;
const Corners &cornersOf(int sides, double rotation);

// Appends triangles to plain vectors; copied into the QSGGeometry in one go.
struct MarkerMesh
{
    QList<QSGGeometry::ColoredPoint2D> vertices;
    QList<quint32> indices;

    // A regular polygon as a fan from its first corner: no centre vertex, sides - 2 triangles
    // (a far-out diamond is 4 vertices and 2 triangles). llvmpipe transforms every vertex of
    // the layer on every frame, so fewer vertices is a higher frame rate.
    void polygon(QPointF c, double radius, int sides, double rotation, QColor color, double alpha)
    {
        const auto base = quint32(vertices.size());
        const auto col = premultiplied(color, alpha);
        for (const QPointF &dir : cornersOf(sides, rotation))
            vertices.append(vertex(c + dir * radius, col));
        for (int i = 1; i + 1 < sides; ++i)
            indices << base << base + quint32(i) << base + quint32(i + 1);
    }
    void triangle(QPointF a, QPointF b, QPointF c, QColor color, double alpha)
    {
        const auto base = quint32(vertices.size());
        const auto col = premultiplied(color, alpha);
        vertices << vertex(a, col) << vertex(b, col) << vertex(c, col);
        indices << base << base + 1 << base + 2;
    }
    void fan(QPointF c, double radius, double fromRad, double toRad, int steps, QColor color, double alpha)
    {
        const auto base = quint32(vertices.size());
        const auto col = premultiplied(color, alpha);
        vertices.append(vertex(c, col));
        for (int i = 0; i <= steps; ++i) {
            const double a = fromRad + (toRad - fromRad) * i / steps;
            vertices.append(vertex(c + QPointF(std::sin(a), -std::cos(a)) * radius, col));
        }
        for (int i = 0; i < steps; ++i)
            indices << base << base + 1 + quint32(i) << base + 2 + quint32(i);
    }

    struct Rgba
    {
        uchar r, g, b, a;
    };
    static Rgba premultiplied(QColor c, double alpha)
    {
        const double a = std::clamp(c.alphaF() * alpha, 0.0, 1.0);
        return { uchar(std::lround(c.red() * a)), uchar(std::lround(c.green() * a)),
            uchar(std::lround(c.blue() * a)), uchar(std::lround(255 * a)) };
    }
    static QSGGeometry::ColoredPoint2D vertex(QPointF p, Rgba c)
    {
        QSGGeometry::ColoredPoint2D v;
        v.set(float(p.x()), float(p.y()), c.r, c.g, c.b, c.a);
        return v;
    }
};

// Copies a mesh into a geometry, marking dirty only what changed: a rebuild that changes nothing
// drawn (a clock tick before any marker fades further, a refresh with the same data) then
// uploads nothing and leaves the renderer's batches alone. Returns whether anything changed.
bool uploadMesh(QSGGeometry *g, const MarkerMesh &mesh);

} // namespace wf::maps
