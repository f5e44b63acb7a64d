#pragma once

// A generated street network for tests: a jittered grid of junctions with roads of every class,
// some missing, some one-way, some with bends (shape points), some parallel to another between
// the same junctions, a few loops and a few islands. Deterministic for a seed.
#include "RoadGraphBuilder.h"

#include <QtGlobal>
#include <memory>

namespace wf::testing {

struct RandomRoadsOptions
{
    int cols = 60;
    int rows = 60;
    double spacingM = 150;
    quint64 seed = 1;
    maps::LatLon origin { 30.55, 114.25 };
};

class RandomRoads
{
public:
    explicit RandomRoads(quint64 seed)
        : m_state(seed)
    { }

    double unit()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return double((x ^ (x >> 31)) >> 11) * (1.0 / 9007199254740992.0);
    }
    int below(int n) { return std::min(n - 1, int(unit() * n)); }

    static std::shared_ptr<const maps::RoadGraph> graph(const RandomRoadsOptions &o)
    {
        maps::RoadGraphBuilder b;
        build(o, b);
        QString error;
        auto g = maps::RoadGraph::fromBytes(b.build(&error), &error);
        if (!g)
            qFatal("random roads: %s", qPrintable(error));
        return g;
    }

    static void build(const RandomRoadsOptions &o, maps::RoadGraphBuilder &b)
    {
        using maps::RoadClass;
        using D = maps::RoadGraphBuilder::Direction;
        RandomRoads r(o.seed);
        std::vector<int> id(std::size_t(o.cols * o.rows));
        auto pos = [&](double x, double y) {
            return maps::offsetMeters(o.origin, x * o.spacingM, y * o.spacingM);
        };
        for (int y = 0; y < o.rows; ++y) {
            for (int x = 0; x < o.cols; ++x)
                id[std::size_t(y * o.cols + x)]
                    = b.addNode(pos(x + (r.unit() - 0.5) * 0.4, y + (r.unit() - 0.5) * 0.4));
        }
        auto classOf = [&](int line) {
            if (line % 20 == 10)
                return RoadClass::Expressway;
            if (line % 10 == 5)
                return RoadClass::UrbanRing;
            if (line % 5 == 0)
                return RoadClass::Arterial;
            return r.unit() < 0.3 ? RoadClass::County : RoadClass::Village;
        };
        const int name
            = b.addName({ QStringLiteral("测试路"), QStringLiteral("测试路"), QStringLiteral("Test Road") });
        auto link = [&](int a, int c, RoadClass cls) {
            if (r.unit() < 0.08)
                return; // a missing road
            const D dir = r.unit() < 0.15 ? D::Forward : D::Both;
            const bool flip = r.unit() < 0.5;
            std::vector<maps::LatLon> shape;
            if (r.unit() < 0.3) { // a bend
                const maps::LatLon pa = b.node(a), pc = b.node(c);
                shape.push_back(maps::offsetMeters(maps::interpolate(pa, pc, 0.5),
                    (r.unit() - 0.5) * o.spacingM * 0.3, (r.unit() - 0.5) * o.spacingM * 0.3));
            }
            const double speed = r.unit() < 0.5 ? 0 : 20 + r.unit() * 80;
            b.addLink(flip ? c : a, flip ? a : c, cls, dir, r.unit() < 0.5 ? name : -1, speed, shape);
            if (r.unit() < 0.02) // a parallel road between the same junctions
                b.addLink(a, c, RoadClass::Village, D::Both, -1, 15 + r.unit() * 30);
        };
        for (int y = 0; y < o.rows; ++y) {
            const RoadClass cls = classOf(y);
            for (int x = 0; x + 1 < o.cols; ++x)
                link(id[std::size_t(y * o.cols + x)], id[std::size_t(y * o.cols + x + 1)], cls);
        }
        for (int x = 0; x < o.cols; ++x) {
            const RoadClass cls = classOf(x);
            for (int y = 0; y + 1 < o.rows; ++y)
                link(id[std::size_t(y * o.cols + x)], id[std::size_t((y + 1) * o.cols + x)], cls);
        }
        // Loops (a road back to its own junction) and islands (roads joined to nothing).
        for (int k = 0; k < 5; ++k) {
            const int a = id[std::size_t(r.below(o.cols * o.rows))];
            const maps::LatLon p = b.node(a);
            const std::vector<maps::LatLon> ring { maps::offsetMeters(p, 40, 0),
                maps::offsetMeters(p, 40, 40), maps::offsetMeters(p, 0, 40) };
            b.addLink(a, a, RoadClass::Village, D::Both, -1, 0, ring);
        }
        for (int k = 0; k < 5; ++k) {
            const maps::LatLon p = pos(-3 - k, -3);
            const int a = b.addNode(p), c = b.addNode(maps::offsetMeters(p, 0, 100));
            b.addLink(a, c, RoadClass::Village, D::Both);
        }
    }

private:
    quint64 m_state;
};

} // namespace wf::testing
