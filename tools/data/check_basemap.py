#!/usr/bin/env python3
"""Sanity checks for resources/basemap/ (run by tools/data/fetch-basemap).

Usage: check_basemap.py [DIR]   (default: resources/basemap next to this repo's tools/)

Exits non-zero on the first class of failures, printing every failure found.
Standard library only.  The checks are the facts the C++ side relies on:
17 prefectures with unique GB/T 2260 codes, Wuhan's 13 districts, closed
rings, coordinates inside Hubei's neighbourhood, the Yangtze and the Han
where they should be, and places that fall inside the district they claim.
"""

import json
import math
import os
import sys

LON_RANGE = (108.0, 117.0)
LAT_RANGE = (28.5, 33.6)
LEVELS = {"province", "prefecture", "district", "water"}
PLACE_KINDS = {"airport", "rail_station", "coach_station", "site", "city"}
MAX_TOTAL_BYTES = 3 * 1024 * 1024

failures = []


def fail(msg):
    failures.append(msg)


def km_between(lat1, lon1, lat2, lon2):
    """Equirectangular distance, plenty for a few km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def km_to_line(lat, lon, line):
    """Shortest distance from a point to a polyline, in a local flat frame."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    px, py = lon * kx, lat * ky
    best = float("inf")
    for (x1, y1), (x2, y2) in zip(line, line[1:]):
        ax, ay, bx, by = x1 * kx, y1 * ky, x2 * kx, y2 * ky
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best


def wgs84_to_gcj02(lat, lon):
    """The published GCJ-02 obfuscation formula (forward direction only).

    Used here just to place the WGS-84 points of places.json onto the GCJ-02
    boundaries for the containment check; the app has its own conversion.
    """
    a = 6378245.0
    ee = 0.00669342162296594323
    x, y = lon - 105.0, lat - 35.0
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
            + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
            + (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0)
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
            + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
            + (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad = math.radians(lat)
    magic = 1 - ee * math.sin(rad) ** 2
    sq = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((a * (1 - ee)) / (magic * sq) * math.pi)
    dlon = (dlon * 180.0) / (a / sq * math.cos(rad) * math.pi)
    return lat + dlat, lon + dlon


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def lines_of(geom):
    if geom["type"] == "LineString":
        return [geom["coordinates"]]
    if geom["type"] == "MultiLineString":
        return geom["coordinates"]
    return []


def point_in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def contains(geom, lon, lat):
    return any(point_in_ring(lon, lat, p[0]) and not any(point_in_ring(lon, lat, h) for h in p[1:])
               for p in polygons_of(geom))


def area_km2(geom):
    total = 0.0
    for poly in polygons_of(geom):
        for k, ring in enumerate(poly):
            s = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2.0
            lat = sum(p[1] for p in ring) / len(ring)
            a = abs(s) * 111.32 * 111.32 * math.cos(math.radians(lat))
            total += a if k == 0 else -a
    return total


def check_coords(label, points):
    for lon, lat in points:
        if not (LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1]):
            fail("%s: coordinate %s, %s outside lon %s / lat %s" % (label, lon, lat, LON_RANGE, LAT_RANGE))
            return
        if round(lon, 5) != lon or round(lat, 5) != lat:
            fail("%s: coordinate %s, %s has more than 5 decimals" % (label, lon, lat))
            return


def check_geometry(label, geom):
    if geom["type"] in ("Polygon", "MultiPolygon"):
        for poly in polygons_of(geom):
            for ring in poly:
                if len(ring) < 4:
                    fail("%s: ring with %d points" % (label, len(ring)))
                if ring[0] != ring[-1]:
                    fail("%s: ring not closed" % label)
                if any(a == b for a, b in zip(ring, ring[1:])):
                    fail("%s: repeated consecutive point" % label)
                check_coords(label, ring)
    elif geom["type"] in ("LineString", "MultiLineString"):
        for line in lines_of(geom):
            if len(line) < 2:
                fail("%s: line with %d points" % (label, len(line)))
            check_coords(label, line)
    else:
        fail("%s: unexpected geometry %s" % (label, geom["type"]))


def load_collection(path, datum):
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    name = os.path.basename(path)
    if fc.get("type") != "FeatureCollection":
        fail(name + ": not a FeatureCollection")
    if fc.get("datum") != datum:
        fail("%s: datum %r, expected %r" % (name, fc.get("datum"), datum))
    if "@" not in str(fc.get("source", "")):
        fail(name + ": top-level source does not name a package@version")
    for feat in fc["features"]:
        props = feat["properties"]
        label = "%s %s %s" % (name, props.get("adcode", ""), props.get("name_en") or props.get("ne_name", "?"))
        for key in ("name_zh", "name_en", "level"):
            if key not in props:
                fail("%s: no %s" % (label, key))
        if props.get("level") not in LEVELS:
            fail("%s: level %r" % (label, props.get("level")))
        if props.get("level") != "water":
            code = props.get("adcode")
            if not (isinstance(code, str) and len(code) == 6 and code.isdigit() and code.startswith("42")):
                fail("%s: bad adcode %r" % (label, code))
            if not props.get("name_zh") or not props.get("name_en"):
                fail("%s: empty name" % label)
        check_geometry(label, feat["geometry"])
    return fc["features"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "resources", "basemap")

    province = load_collection(os.path.join(base, "hubei-province.geojson"), "GCJ-02")
    prefectures = load_collection(os.path.join(base, "hubei-prefectures.geojson"), "GCJ-02")
    districts = load_collection(os.path.join(base, "hubei-districts.geojson"), "GCJ-02")
    water = load_collection(os.path.join(base, "hubei-water.geojson"), "WGS-84")

    # --- province ---
    if len(province) != 1 or province[0]["properties"]["adcode"] != "420000":
        fail("hubei-province: expected one feature 420000")
    prov_km2 = area_km2(province[0]["geometry"])
    if not 180000 <= prov_km2 <= 192000:  # Hubei is about 185,900 km2
        fail("hubei-province: area %.0f km2 is not Hubei's ~185,900" % prov_km2)

    # --- prefectures ---
    pref = {f["properties"]["adcode"]: f for f in prefectures}
    if len(prefectures) != 17:
        fail("prefectures: %d features, expected 17" % len(prefectures))
    if len(pref) != len(prefectures):
        fail("prefectures: duplicate adcodes")
    for code, en in (("420100", "Wuhan"), ("420700", "Ezhou"), ("421100", "Huanggang"), ("421300", "Suizhou")):
        if code not in pref or pref[code]["properties"]["name_en"] != en:
            fail("prefectures: %s %s missing" % (code, en))
    for f in prefectures:
        if f["properties"].get("parent") != "420000":
            fail("prefecture %s: parent is not 420000" % f["properties"]["adcode"])
    pref_km2 = sum(area_km2(f["geometry"]) for f in prefectures)
    if abs(pref_km2 - prov_km2) / prov_km2 > 0.01:
        fail("prefectures cover %.0f km2 but the province %.0f km2" % (pref_km2, prov_km2))

    # --- districts ---
    by_parent = {}
    for f in districts:
        p = f["properties"]
        by_parent.setdefault(p.get("parent"), []).append(f)
        if p.get("parent") not in pref and p.get("parent") != "420000":
            fail("district %s: parent %r is not a prefecture" % (p["adcode"], p.get("parent")))
    if len({f["properties"]["adcode"] for f in districts}) != len(districts):
        fail("districts: duplicate adcodes")
    expected = {"420100": 13, "420700": 3, "421100": 10, "421300": 3}
    for code, n in expected.items():
        got = len(by_parent.get(code, []))
        if got != n:
            fail("districts of %s: %d, expected %d" % (code, got, n))
    # The district source is a different (more detailed) cut than hubei.json,
    # so areas agree only roughly; a large gap means a missing district.
    for code, feats in sorted(by_parent.items()):
        if code == "420000":
            continue
        d_km2 = sum(area_km2(f["geometry"]) for f in feats)
        p_km2 = area_km2(pref[code]["geometry"])
        if abs(d_km2 - p_km2) / p_km2 > 0.03:
            fail("districts of %s cover %.0f km2, prefecture %.0f km2" % (code, d_km2, p_km2))

    # --- water ---
    rivers = {f["properties"]["name_en"]: f for f in water if f["properties"].get("kind") == "river"}
    lakes = [f for f in water if f["properties"].get("kind") == "lake"]
    for f in water:
        if f["properties"].get("kind") not in ("river", "lake"):
            fail("water feature with kind %r" % f["properties"].get("kind"))
        if f["properties"].get("kind") == "lake" and f["geometry"]["type"] not in ("Polygon", "MultiPolygon"):
            fail("lake that is not a polygon")
        if f["properties"].get("kind") == "river" and f["geometry"]["type"] not in ("LineString", "MultiLineString"):
            fail("river that is not a line")
    river_checks = (
        ("Yangtze River", "Wuhan", 30.58, 114.30, 3.0),
        ("Yangtze River", "Yichang", 30.70, 111.29, 6.0),
        ("Han River", "Wuhan (Hankou)", 30.57, 114.28, 3.0),
        ("Han River", "Xiangyang", 32.04, 112.14, 6.0),
    )
    for river, where, lat, lon, tol in river_checks:
        if river not in rivers:
            fail("water: no %s" % river)
            continue
        d = min(km_to_line(lat, lon, line) for line in lines_of(rivers[river]["geometry"]))
        if d > tol:
            fail("%s is %.1f km from %s (limit %.0f km)" % (river, d, where, tol))
    if not lakes:
        fail("water: no lakes")

    # --- places ---
    with open(os.path.join(base, "places.json"), encoding="utf-8") as f:
        places = json.load(f)
    if "approximate, WGS-84" not in places.get("note", ""):
        fail("places.json: note must say 'approximate, WGS-84'")
    admin = {f["properties"]["adcode"]: f for f in prefectures + districts}
    seen = set()
    for p in places["places"]:
        label = "place %s" % p.get("name_en")
        for key in ("kind", "name_zh", "name_en", "adcode", "lat", "lon"):
            if key not in p:
                fail("%s: no %s" % (label, key))
        if p.get("kind") not in PLACE_KINDS:
            fail("%s: kind %r" % (label, p.get("kind")))
        if p["name_en"] in seen:
            fail("%s: duplicate" % label)
        seen.add(p["name_en"])
        check_coords(label, [(p["lon"], p["lat"])])
        # A point given in WGS-84 must fall inside its (GCJ-02) admin area once shifted.
        glat, glon = wgs84_to_gcj02(p["lat"], p["lon"])
        area = admin.get(p["adcode"])
        if area is None:
            fail("%s: adcode %s has no boundary" % (label, p["adcode"]))
        elif not contains(area["geometry"], glon, glat):
            fail("%s: %.4f, %.4f is not inside %s %s" % (label, p["lat"], p["lon"], p["adcode"],
                                                         area["properties"]["name_en"]))
    for need in ("Hubu Alley", "Wuhan Tianhe International Airport", "Hankou Railway Station",
                 "Wuchang Railway Station", "Wuhan Railway Station", "Wuhan University", "East Lake",
                 "Yellow Crane Tower"):
        if need not in seen:
            fail("places.json: no %s" % need)
    if sum(1 for p in places["places"] if p["kind"] == "city") != 17:
        fail("places.json: expected 17 prefecture seats")
    if sum(1 for p in places["places"] if p["kind"] == "coach_station") < 2:
        fail("places.json: expected at least 2 coach stations")

    # --- size ---
    total = sum(os.path.getsize(os.path.join(base, n)) for n in os.listdir(base)
                if n.endswith((".geojson", ".json")))
    if total > MAX_TOTAL_BYTES:
        fail("resources/basemap data is %d bytes, over %d" % (total, MAX_TOTAL_BYTES))

    if failures:
        for msg in failures:
            print("FAIL:", msg)
        print("%d basemap checks failed" % len(failures))
        return 1
    print("basemap OK: province %.0f km2, %d prefectures, %d districts, %d rivers, %d lakes, %d places, %d bytes"
          % (prov_km2, len(prefectures), len(districts), len(rivers), len(lakes), len(places["places"]), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
