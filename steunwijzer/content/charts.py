"""Geometry of the horizontal bar charts on /cijfers/, drawn by a template as SVG.

Pure: takes anything with `label`, `value`, `low` and `high`, returns coordinates.
A range (low to high) is drawn as a solid bar up to `low` and a lighter part up to `high`.
"""

from dataclasses import dataclass
from typing import Protocol


class Measured(Protocol):
    slug: str
    label: str
    value: str
    low: float
    high: float | None


@dataclass(frozen=True)
class Bar:
    slug: str
    label: str
    value: str
    y: float
    label_y: float
    value_y: float
    solid: float
    range: float
    text_x: float


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    plot_x: int
    plot_width: int
    bar_height: int
    bars: list[Bar]


MIN_VISIBLE = 2.0


def bar_chart(
    *, figures: list[Measured], maximum: float | None = None, width: int = 640
) -> BarChart:
    """Bars on one linear scale from 0 to `maximum` (default: the largest value)."""
    row, bar_height, label_gap = 56, 22, 20
    plot_x, value_room = 0, 130
    plot_width = width - value_room
    top = max([maximum or 0.0, *(f.high or f.low for f in figures)]) or 1.0
    bars = []
    for index, figure in enumerate(figures):
        solid = max(MIN_VISIBLE, figure.low / top * plot_width)
        end = (figure.high or figure.low) / top * plot_width
        bars.append(
            Bar(
                slug=figure.slug,
                label=figure.label,
                value=figure.value,
                y=index * row + label_gap,
                label_y=index * row + label_gap - 6,
                value_y=index * row + label_gap + 16,
                solid=round(solid, 1),
                range=round(max(0.0, end - solid), 1),
                text_x=round(plot_x + max(solid, end) + 8, 1),
            )
        )
    return BarChart(
        width=width,
        height=max(row, len(figures) * row),
        plot_x=plot_x,
        plot_width=plot_width,
        bar_height=bar_height,
        bars=bars,
    )
