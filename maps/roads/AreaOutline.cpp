#include "AreaOutline.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace wf::maps {

namespace {

struct Step
{
    long x, y; // a grid corner
};

// Directions of boundary steps: east, north, west, south.
constexpr long kDx[4] = { 1, 0, -1, 0 };
constexpr long kDy[4] = { 0, 1, 0, -1 };

} // namespace

std::vector<std::vector<LatLon>> areaOutline(std::span<const LatLon> points, LatLon origin, double cellMeters)
{
    std::vector<std::vector<LatLon>> rings;
    if (points.empty() || !(cellMeters > 0))
        return rings;
    const LocalFrame frame(origin);
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    std::vector<QPointF> xy(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        xy[i] = frame.toMeters(points[i]);
        minX = std::min(minX, xy[i].x());
        minY = std::min(minY, xy[i].y());
        maxX = std::max(maxX, xy[i].x());
        maxY = std::max(maxY, xy[i].y());
    }
    // Two cells of margin: one for closing gaps, one so the boundary never touches the edge.
    CellGrid grid;
    grid.origin = origin;
    grid.cellMeters = cellMeters;
    grid.cols = long((maxX - minX) / cellMeters) + 5;
    grid.rows = long((maxY - minY) / cellMeters) + 5;
    if (double(grid.cols) * double(grid.rows) > kMaxOutlineCells)
        return rings; // the caller picks a cell size; a runaway one is refused, not allocated
    grid.x0 = minX - 2 * cellMeters;
    grid.y0 = minY - 2 * cellMeters;
    grid.hit.assign(std::size_t(grid.cols * grid.rows), 0);
    for (const QPointF &p : xy)
        grid.hit[std::size_t(
            long((p.y() - grid.y0) / cellMeters) * grid.cols + long((p.x() - grid.x0) / cellMeters))]
            = 1;
    return outlineOfCells(grid);
}

std::vector<std::vector<LatLon>> outlineOfCells(const CellGrid &grid)
{
    std::vector<std::vector<LatLon>> rings;
    const LocalFrame frame(grid.origin);
    const long cols = grid.cols, rows = grid.rows;
    const double x0 = grid.x0, y0 = grid.y0, cellMeters = grid.cellMeters;
    const std::vector<quint8> &hit = grid.hit;
    if (hit.size() != std::size_t(cols * rows) || cols < 3 || rows < 3)
        return rings;
    std::vector<quint8> filled(hit.size(), 0);
    // Close gaps of a cell (roads sampled on one side of a block, not the other).
    for (long y = 1; y + 1 < rows; ++y) {
        for (long x = 1; x + 1 < cols; ++x) {
            if (!hit[std::size_t(y * cols + x)])
                continue;
            for (long dy = -1; dy <= 1; ++dy) {
                for (long dx = -1; dx <= 1; ++dx)
                    filled[std::size_t((y + dy) * cols + x + dx)] = 1;
            }
        }
    }
    // Fill what the reached roads enclose: empty cells the outside cannot reach (city blocks
    // between reached streets) belong to the area. The margin keeps the outside connected.
    {
        std::vector<std::size_t> stack { 0 };
        std::vector<quint8> outside(filled.size(), 0);
        outside[0] = 1;
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            const long x = long(i) % cols, y = long(i) / cols;
            const long nx[4] = { x - 1, x + 1, x, x }, ny[4] = { y, y, y - 1, y + 1 };
            for (int k = 0; k < 4; ++k) {
                if (nx[k] < 0 || ny[k] < 0 || nx[k] >= cols || ny[k] >= rows)
                    continue;
                const auto j = std::size_t(ny[k] * cols + nx[k]);
                if (!filled[j] && !outside[j]) {
                    outside[j] = 1;
                    stack.push_back(j);
                }
            }
        }
        for (std::size_t i = 0; i < filled.size(); ++i)
            filled[i] = !outside[i];
    }
    auto isFilled = [&](long x, long y) {
        return x >= 0 && y >= 0 && x < cols && y < rows && filled[std::size_t(y * cols + x)];
    };
    // Boundary steps with the filled cell on their left, keyed by their start corner.
    auto key = [&](long x, long y) { return quint64(y) * quint64(cols + 1) + quint64(x); };
    std::unordered_map<quint64, std::vector<int>> from; // corner -> step directions leaving it
    std::size_t steps = 0;
    for (long y = 0; y < rows; ++y) {
        for (long x = 0; x < cols; ++x) {
            if (!isFilled(x, y))
                continue;
            if (!isFilled(x, y - 1)) {
                from[key(x, y)].push_back(0);
                ++steps;
            }
            if (!isFilled(x + 1, y)) {
                from[key(x + 1, y)].push_back(1);
                ++steps;
            }
            if (!isFilled(x, y + 1)) {
                from[key(x + 1, y + 1)].push_back(2);
                ++steps;
            }
            if (!isFilled(x - 1, y)) {
                from[key(x, y + 1)].push_back(3);
                ++steps;
            }
        }
    }
    // Follow the steps into loops. Where two loops touch at a corner, turn left first: the
    // filled cells on the left stay together and the rings never cross.
    while (steps > 0) {
        auto start = from.begin();
        while (start->second.empty())
            ++start;
        const quint64 k0 = start->first;
        Step at { long(k0 % quint64(cols + 1)), long(k0 / quint64(cols + 1)) };
        int dir = start->second.back();
        start->second.pop_back();
        --steps;
        const Step first = at;
        const int firstDir = dir;
        std::vector<Step> corners { at };
        for (;;) {
            at = { at.x + kDx[dir], at.y + kDy[dir] };
            if (at.x == first.x && at.y == first.y)
                break;
            auto &out = from[key(at.x, at.y)];
            int chosen = -1;
            for (int turn : { 1, 0, 3 }) { // left, straight, right
                const int d = (dir + turn) % 4;
                const auto it = std::find(out.begin(), out.end(), d);
                if (it != out.end()) {
                    chosen = d;
                    out.erase(it);
                    break;
                }
            }
            if (chosen < 0)
                break; // cannot happen: every boundary step is followed by another
            --steps;
            if (chosen != dir)
                corners.push_back(at);
            dir = chosen;
        }
        if (dir == firstDir && corners.size() > 1)
            corners.erase(corners.begin()); // the start was on a straight side
        std::vector<LatLon> ring;
        ring.reserve(corners.size() + 1);
        for (const Step &c : corners)
            ring.push_back(
                frame.toLatLon(QPointF(x0 + double(c.x) * cellMeters, y0 + double(c.y) * cellMeters)));
        if (ring.size() >= 3) {
            ring.push_back(ring.front());
            rings.push_back(std::move(ring));
        }
    }
    return rings;
}

void sampleLine(std::span<const LatLon> line, double spacingMeters, std::vector<LatLon> &out)
{
    if (line.empty())
        return;
    out.push_back(line.front());
    for (std::size_t i = 1; i < line.size(); ++i) {
        const int pieces = std::max(1, int(std::ceil(distanceMeters(line[i - 1], line[i]) / spacingMeters)));
        for (int k = 1; k <= pieces; ++k)
            out.push_back(interpolate(line[i - 1], line[i], double(k) / pieces));
    }
}

} // namespace wf::maps
