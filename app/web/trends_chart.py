"""The geometry of a trend's line chart, worked out here so the template only draws it as
SVG (server-side, no JavaScript): one line per series, axes with ticks and labels."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Okabe and Ito's palette: five colours told apart with any colour vision.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 56  # margins holding the axes' ticks and labels
MAX_X_TICKS = 8
DOTS_UP_TO = 120  # beyond this many periods the dots would merge into the line


@dataclass(frozen=True)
class Tick:
    at: float  # x or y in the SVG's coordinates
    label: str


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    points: str  # "x,y x,y ..." for <polyline>
    dots: tuple[tuple[float, float, str], ...]  # (x, y, tooltip), drawn when few periods


@dataclass(frozen=True)
class Chart:
    title: str
    y_label: str
    x_label: str
    width: int
    height: int
    left: int
    top: int
    right: float  # x of the plot's right edge
    bottom: float  # y of the plot's bottom edge (the x axis)
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    lines: tuple[Line, ...]


def line_chart(
    *,
    title: str,
    y_label: str,
    x_label: str,
    bucket_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    fmt: Callable[[float], str],
    whole: bool = False,
) -> Chart:
    """A chart of ``series`` (label, one value per bucket; None: no value, drawn as 0);
    ``whole``: the values are counts, so no tick falls between two whole numbers."""
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    top_value = max((v or 0 for _, values in series for v in values), default=0)
    step, ceiling = _nice_scale(top_value, 1.0 if whole else 0.0)
    n = len(bucket_labels)

    def x(i: int) -> float:
        return round(LEFT + (right - LEFT) * (i + 0.5) / max(n, 1), 1)

    def y(value: float) -> float:
        return round(bottom - (bottom - TOP) * value / ceiling, 1)

    lines = []
    for k, (label, values) in enumerate(series):
        points = [(x(i), y(v or 0)) for i, v in enumerate(values)]
        dots = ()
        if n <= DOTS_UP_TO:
            dots = tuple(
                (px, py, f"{label}, {bucket_labels[i]}: {fmt(values[i] or 0)}")
                for i, (px, py) in enumerate(points)
            )
        lines.append(
            Line(label, COLOURS[k % len(COLOURS)], " ".join(f"{a},{b}" for a, b in points), dots)
        )
    every = max(1, math.ceil(n / MAX_X_TICKS))
    x_ticks = tuple(Tick(x(i), bucket_labels[i]) for i in range(0, n, every))
    y_ticks = tuple(Tick(y(step * j), fmt(step * j)) for j in range(round(ceiling / step) + 1))
    return Chart(
        title, y_label, x_label, WIDTH, HEIGHT, LEFT, TOP, right, bottom, x_ticks, y_ticks,
        tuple(lines),
    )  # fmt: skip


def _nice_scale(top: float, least_step: float) -> tuple[float, float]:
    """A tick step of 1, 2 or 5 times a power of ten, and the axis's top (a multiple of the
    step at or above ``top``), for at most five steps."""
    if top <= 0:
        return 1.0, 1.0
    rough = top / 5
    power = 10 ** math.floor(math.log10(rough))
    step = max(next(m * power for m in (1, 2, 5, 10) if m * power >= rough), least_step)
    return step, step * math.ceil(top / step - 1e-9)
