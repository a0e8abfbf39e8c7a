"""The histogram's drawing: where each bar, its count and its label go in the SVG, with a
count axis. Worked out here so the template only places shapes (the CSP forbids inline
styles, and SVG text is sized in the drawing's own units)."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Drawing units. The drawing is always WIDTH wide and keeps its aspect ratio, so text
# keeps one size whatever the number of bars: bars get thinner instead (at most MAX_STEP
# apart), period labels are spaced so they never overlap, and counts are written above
# the bars when they fit (always in each bar's tooltip and label).
WIDTH = 720
MAX_STEP = 32  # a bar and its gap
LEFT = 34  # room for the count axis labels
TOP = 14  # room for the count above the tallest bar
PLOT_HEIGHT = 100
BOTTOM = 18  # room for the period labels
CHAR_WIDTH = 5.5  # of a digit at the 9-unit font size the CSS sets (style.css, svg.bars)


@dataclass(frozen=True)
class DrawnBar:
    label: str
    count: int
    url: str
    x: float
    y: float
    width: float
    height: float
    slot_x: float  # the whole column, clickable
    slot_width: float
    center: float
    show_label: bool
    show_count: bool


@dataclass(frozen=True)
class HistogramDrawing:
    view_box: str
    bars: tuple[DrawnBar, ...]
    axis_x: float
    axis_top: float
    axis_bottom: float
    right: float
    top_count: int  # the count axis runs from 0 to this
    label_y: float


def draw(bars: list[tuple[str, int, str]]) -> HistogramDrawing | None:
    """``bars`` are (period label, count, URL narrowing to the period)."""
    if not bars:
        return None
    tallest = max(count for _, count, _ in bars)
    step = min(MAX_STEP, (WIDTH - LEFT - 4) / len(bars))
    longest_label = max(len(label) for label, _, _ in bars)
    every = math.ceil((longest_label * CHAR_WIDTH + 6) / step)
    counts_fit = len(f"{tallest:,}") * CHAR_WIDTH + 2 <= step
    drawn = []
    for n, (label, count, url) in enumerate(bars):
        height = PLOT_HEIGHT * count / tallest if tallest else 0
        slot_x = LEFT + n * step
        drawn.append(
            DrawnBar(
                label=label,
                count=count,
                url=url,
                x=round(slot_x + step * 0.1, 2),
                y=round(TOP + PLOT_HEIGHT - height, 2),
                width=round(step * 0.8, 2),
                height=round(height, 2),
                slot_x=round(slot_x, 2),
                slot_width=round(step, 2),
                center=round(slot_x + step / 2, 2),
                show_label=n % every == 0,
                show_count=counts_fit,
            )
        )
    total_height = TOP + PLOT_HEIGHT + BOTTOM
    return HistogramDrawing(
        view_box=f"0 0 {WIDTH} {total_height}",
        bars=tuple(drawn),
        axis_x=LEFT - 2,
        axis_top=TOP,
        axis_bottom=TOP + PLOT_HEIGHT,
        right=WIDTH,
        top_count=tallest,
        label_y=TOP + PLOT_HEIGHT + 13,
    )
