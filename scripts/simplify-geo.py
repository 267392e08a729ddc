#!/usr/bin/env python3
"""Simplify the CBS boundary files and bundle what the terminal map needs.

Dev-time only (Python 3 standard library, no shapely). Run from the repository root:

    python3 scripts/simplify-geo.py [--geo ../shared/geo] [--tolerance 0.003]

Reads   <geo>/provincie_2023.topojson   (12 provinces, shared arcs)
        <geo>/gemeente_2023.geojson     (342 municipalities)
Writes  Sources/SterkModel/Resources/geo.json

Output format "sterk-geo 1" (also described in docs/geo-format.md):

    {"format": "sterk-geo 1",
     "attribution": "Kaartgrenzen: © CBS / Kadaster (PDOK), CC BY 4.0; ...",
     "scale": 1000,
     "provinces": [ {"code": "PV20", "name": "Groningen", "rings": [RING, ...]}, ... ],
     "municipalities": [ {"code": "GM0014", "name": "Groningen", "rings": [RING, ...]}, ... ]}

    RING = [lon0, lat0, dlon1, dlat1, dlon2, dlat2, ...]

All numbers are integers in 1/scale degrees (WGS84): the first point is absolute, each
further point is the difference to the one before. A ring is closed implicitly (the first
point is not repeated). A shape's rings are read with the even-odd rule, so islands and holes
need no flag: a point is inside when it lies inside an odd number of the shape's rings.

Simplification: Douglas-Peucker with the tolerance measured in degrees of latitude, on
coordinates whose longitude is scaled by cos(52.2 deg), so the tolerance is the same distance
in every direction. Province borders are simplified per TopoJSON arc, so two provinces share
exactly the same simplified border (no doubled lines on screen). Rings smaller than
--min-area square degrees are dropped, except the largest ring of each shape (so every
municipality keeps a body and the Wadden islands, each far bigger, stay). A ring that would
collapse below 4 points is kept unsimplified.

Licence: the boundaries are CBS / Kadaster data published through PDOK, CC BY 4.0 (credit
CBS); simplified by cartomap/nl (https://github.com/cartomap/nl), then by this script. The
attribution line travels inside the output file and the map shows it on screen.
"""

import argparse
import json
import math
import os
import sys

ATTRIBUTION = ("Kaartgrenzen: © CBS / Kadaster (PDOK), CC BY 4.0; "
               "vereenvoudigd door cartomap/nl.")
FORMAT = "sterk-geo 1"
SCALE = 1000
KX = math.cos(math.radians(52.2))  # longitude scaling of the map's projection


def perpendicular(p, a, b):
    """Distance from p to segment a-b in projected (isotropic) units."""
    ax, ay, bx, by, px, py = a[0] * KX, a[1], b[0] * KX, b[1], p[0] * KX, p[1]
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points, tolerance):
    """Open polyline simplification; keeps both end points. Iterative (no recursion limit)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tolerance):
    """Closed ring (first point not repeated): split at the point farthest from the start."""
    if len(ring) < 4:
        return ring
    far = max(range(len(ring)), key=lambda i: math.hypot((ring[i][0] - ring[0][0]) * KX,
                                                         ring[i][1] - ring[0][1]))
    a = douglas_peucker(ring[:far + 1], tolerance)
    b = douglas_peucker(ring[far:] + [ring[0]], tolerance)
    out = a[:-1] + b[:-1]
    return out if len(out) >= 3 else ring


def area(ring):
    """Absolute shoelace area in projected square degrees of a quantised ring."""
    s = 0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2 * KX / (SCALE * SCALE)


def quantise(ring):
    """Integer 1/SCALE-degree points without consecutive duplicates or a closing repeat."""
    out = []
    for lon, lat in ring:
        q = (round(lon * SCALE), round(lat * SCALE))
        if not out or out[-1] != q:
            out.append(q)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out


def keep_rings(rings, min_area):
    """Drops slivers and tiny islands, always keeping the largest ring."""
    rings = [r for r in rings if len(r) >= 3]
    if not rings:
        return []
    largest = max(rings, key=area)
    return [r for r in rings if r is largest or area(r) >= min_area]


def delta(ring):
    flat = [ring[0][0], ring[0][1]]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        flat += [x1 - x0, y1 - y0]
    return flat


def provinces(path, tolerance, min_area):
    topo = json.load(open(path, encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(douglas_peucker(points, tolerance))
    result = []
    for geometry in topo["objects"]["provincie_2023"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [quantise(ring_from_arcs(ring, arcs)) for polygon in polygons for ring in polygon]
        props = geometry["properties"]
        result.append(feature(props["statcode"], props["statnaam"], keep_rings(rings, min_area)))
    return result


def ring_from_arcs(indices, arcs):
    """Joins TopoJSON arcs (~i means arc i reversed), dropping each shared join point."""
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points += arc if not points else arc[1:]
    return points[:-1] if len(points) > 1 and points[0] == points[-1] else points


def municipalities(path, tolerance, min_area):
    data = json.load(open(path, encoding="utf-8"))
    result = []
    for f in data["features"]:
        g = f["geometry"]
        polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                ring = [tuple(p) for p in ring]
                if ring[0] == ring[-1]:
                    ring = ring[:-1]
                rings.append(quantise(simplify_ring(ring, tolerance)))
        props = f["properties"]
        result.append(feature(props["statcode"], props["statnaam"], keep_rings(rings, min_area)))
    return sorted(result, key=lambda m: m["code"])


def feature(code, name, rings):
    return {"code": code, "name": name, "rings": [delta(r) for r in rings],
            "_points": sum(len(r) for r in rings)}


def write(path, provs, gems):
    def line(f):
        clean = {k: v for k, v in f.items() if not k.startswith("_")}
        return json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
    parts = ['{"format":%s,' % json.dumps(FORMAT),
             '"attribution":%s,' % json.dumps(ATTRIBUTION, ensure_ascii=False),
             '"scale":%d,' % SCALE,
             '"provinces":[', ",\n".join(line(p) for p in provs), '],',
             '"municipalities":[', ",\n".join(line(m) for m in gems), ']}', '']
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(parts))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geo", default=os.path.join(root, "..", "shared", "geo"))
    parser.add_argument("--tolerance", type=float, default=0.003)
    parser.add_argument("--min-area", type=float, default=0.0004)
    parser.add_argument("--out", default=os.path.join(root, "Sources", "SterkModel", "Resources", "geo.json"))
    args = parser.parse_args()
    # The CBS boundary files live outside the repository (../shared/geo in the workspace); a
    # clone has only the committed geo.json this script made, which the program needs.
    for name in ("provincie_2023.topojson", "gemeente_2023.geojson"):
        if not os.path.isfile(os.path.join(args.geo, name)):
            sys.exit("%s niet gevonden in %s; geef met --geo de map met de CBS-grensbestanden "
                     "(de meegeleverde geo.json blijft bruikbaar zonder dit script)" % (name, args.geo))
    provs = provinces(os.path.join(args.geo, "provincie_2023.topojson"), args.tolerance, args.min_area)
    gems = municipalities(os.path.join(args.geo, "gemeente_2023.geojson"), args.tolerance, args.min_area)
    if len(provs) != 12 or len(gems) != 342:
        sys.exit("verwacht 12 provincies en 342 gemeenten, gevonden %d en %d" % (len(provs), len(gems)))
    write(args.out, provs, gems)
    points = sum(f["_points"] for f in provs + gems)
    rings = sum(len(f["rings"]) for f in provs + gems)
    print("%s: %d bytes, %d rings, %d points" % (args.out, os.path.getsize(args.out), rings, points))


if __name__ == "__main__":
    main()
