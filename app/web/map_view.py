"""The offline map: city markers over Natural Earth's land outline (static/world-land.svg),
both in plate carrée (x = longitude + 180, y = 90 - latitude), framed on the markers."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from app.domain import FacetValue

# The frame is at least this many degrees wide so one city is shown with its surroundings,
# with this margin around the outermost markers.
MIN_SPAN_DEGREES = 40.0
MARGIN_DEGREES = 6.0
# Marker radius grows with the square root of the count (area proportional to articles).
MAX_RADIUS_FRACTION = 0.035


@dataclass(frozen=True)
class Marker:
    name: str
    country: str | None
    count: int
    x: float
    y: float
    r: float
    url: str


@dataclass(frozen=True)
class MapView:
    view_box: str  # "x y width height"
    markers: tuple[Marker, ...]


def build_map(cities: tuple[FacetValue, ...], link_for: Callable[[str], str]) -> MapView | None:
    placed = [c for c in cities if c.latitude is not None and c.longitude is not None]
    if not placed:
        return None
    xs = [c.longitude + 180 for c in placed]  # type: ignore[operator]
    ys = [90 - c.latitude for c in placed]  # type: ignore[operator]
    x0, x1 = _span(min(xs), max(xs), 360)
    width = x1 - x0
    height = max(width / 2, max(ys) - min(ys) + 2 * MARGIN_DEGREES)
    width = max(width, height * 2)  # keep the 2:1 frame of the outline
    x0, x1 = _span(
        (min(xs) + max(xs) - width) / 2, (min(xs) + max(xs) + width) / 2, 360, grow=False
    )
    y0, y1 = _span(
        (min(ys) + max(ys) - height) / 2, (min(ys) + max(ys) + height) / 2, 180, grow=False
    )
    biggest = max(c.count for c in placed)
    max_r = MAX_RADIUS_FRACTION * (x1 - x0)
    markers = tuple(
        Marker(
            name=c.name,
            country=c.country,
            count=c.count,
            x=round(x, 2),
            y=round(y, 2),
            r=round(max(max_r * math.sqrt(c.count / biggest), max_r / 4), 2),
            url=link_for(c.slug),
        )
        for c, x, y in sorted(zip(placed, xs, ys, strict=True), key=lambda t: -t[0].count)
    )
    view_box = f"{x0:.1f} {y0:.1f} {x1 - x0:.1f} {y1 - y0:.1f}"
    return MapView(view_box, markers)


def _span(low: float, high: float, limit: float, grow: bool = True) -> tuple[float, float]:
    """[low, high] with margin and minimum width (when ``grow``), kept inside [0, limit]."""
    if grow:
        low, high = low - MARGIN_DEGREES, high + MARGIN_DEGREES
        if high - low < MIN_SPAN_DEGREES:
            middle = (low + high) / 2
            low, high = middle - MIN_SPAN_DEGREES / 2, middle + MIN_SPAN_DEGREES / 2
    width = min(high - low, limit)
    low = min(max(low, 0.0), limit - width)
    return low, low + width
