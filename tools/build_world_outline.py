"""Build static/world-land.svg, the offline map's outline, from Natural Earth's 1:110m land.

Input: land-110m.json from the npm package world-atlas 2.x (Natural Earth data, public
domain; TopoJSON packaging ISC by Mike Bostock): `npm pack world-atlas@2`. The output uses
the plate carrée projection the map's markers use: x = longitude + 180, y = 90 - latitude,
in a 360 x 180 box. Run once; the SVG is committed, so nothing is fetched at run time.

    python tools/build_world_outline.py path/to/land-110m.json static/world-land.svg
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantized, delta-encoded TopoJSON arcs -> lists of (lon, lat)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def svg_path(topology: dict) -> str:
    arcs = decode_arcs(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                pts = ring_points(ring, arcs)
                coords = " ".join(f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in pts)
                parts.append(f"M{coords}Z")
    return "".join(parts)


def main(source: Path, target: Path) -> None:
    topology = json.loads(source.read_text())
    target.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        "<!-- Natural Earth 1:110m land (public domain), plate carree -->"
        f'<path fill="#dfe3e8" stroke="#9aa3ad" stroke-width="0.2" d="{svg_path(topology)}"/>'
        "</svg>\n"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
