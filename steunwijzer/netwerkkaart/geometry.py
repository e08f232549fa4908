"""Plane geometry for the network map: boxes, ring cells, label widths, relation lines.

Pure Python. Coordinates are SVG user units with y pointing down, so a growing angle
turns clockwise on screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]

# Approximate advance widths of DejaVu Sans (the font of the PDF; close to system fonts),
# in em. Generous, so an estimated label is never narrower than the drawn one.
_NARROW = set("fijlrtI!|.,:;'()[] ")
_WIDE = set("mwMW@%")


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, x: float, y: float, width: float, height: float) -> Box:
        return cls(x - width / 2, y - height / 2, x + width / 2, y + height / 2)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """True when the two boxes come closer than `gap` on both axes."""
        return (
            self.left < other.right + gap
            and other.left < self.right + gap
            and self.top < other.bottom + gap
            and other.top < self.bottom + gap
        )

    def corners(self) -> tuple[Point, Point, Point, Point]:
        return (
            (self.left, self.top),
            (self.right, self.top),
            (self.right, self.bottom),
            (self.left, self.bottom),
        )

    def distance_to(self, x: float, y: float) -> float:
        """Distance from (x, y) to the nearest point of the box (0 inside it)."""
        dx = max(self.left - x, 0.0, x - self.right)
        dy = max(self.top - y, 0.0, y - self.bottom)
        return math.hypot(dx, dy)


@dataclass(frozen=True)
class Cell:
    """A ring band (inner to outer radius) within a sector (start to end angle, < 180°)."""

    cx: float
    cy: float
    inner: float
    outer: float
    start: float
    end: float

    def contains(self, box: Box, pad: float = 0.0) -> bool:
        """True when the whole box lies in the cell, at least `pad` from every edge.

        The wedge of a sector is convex and so is the outer disc, so the corners decide for
        them; the inner disc is a hole, so there the nearest point of the box decides.
        """
        if box.distance_to(self.cx, self.cy) < self.inner + pad:
            return False
        sin0, cos0 = math.sin(self.start), math.cos(self.start)
        sin1, cos1 = math.sin(self.end), math.cos(self.end)
        for x, y in box.corners():
            dx, dy = x - self.cx, y - self.cy
            if math.hypot(dx, dy) > self.outer - pad:
                return False
            if cos0 * dy - sin0 * dx < pad or sin1 * dx - cos1 * dy < pad:
                return False
        return True


def _em(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _WIDE:
        return 0.92
    return 0.74 if char.isupper() else 0.62


def text_width(text: str, size: float) -> float:
    """Estimated width of `text` set at `size` units."""
    return sum(_em(char) for char in text) * size


def wrap_label(
    text: str, width: float, size: float, *, step: float = 0.5, smallest: float = 0.6
) -> tuple[tuple[str, ...], float]:
    """`text` whole, on one or two lines no wider than `width`, and the size to set it at.

    Never cut: the size goes down a step at a time (to `smallest` times `size`) until the
    text fits on one line or on two, broken at the space that balances the lines best.
    A word too long for that is broken anywhere, at the largest size where it fits. So
    " ".join or "".join of the lines is always `text`.
    """
    ems = [0.0]
    for char in text:
        ems.append(ems[-1] + _em(char))
    total = ems[-1]
    spaces = [i for i, char in enumerate(text) if char == " " and 0 < i < len(text) - 1]
    at_space = min(spaces, key=lambda i: max(ems[i], total - ems[i + 1]), default=None)
    anywhere = min(range(1, len(text)), key=lambda i: max(ems[i], total - ems[i]), default=None)
    for may_break_words in (False, True):
        current = size
        while current >= (step if may_break_words else size * smallest):
            if total * current <= width:
                return (text,), current
            if (
                at_space is not None
                and max(ems[at_space], total - ems[at_space + 1]) * current <= width
            ):
                return (text[:at_space], text[at_space + 1 :]), current
            broken = anywhere is not None and max(ems[anywhere], total - ems[anywhere])
            if may_break_words and broken and broken * current <= width:
                return (text[:anywhere], text[anywhere:]), current
            current -= step
    return (text,), step  # pragma: no cover - a label of at most 40 characters fits earlier


def fit_label(text: str, width: float, size: float) -> str:
    """`text`, cut short with an ellipsis when it would be wider than `width`."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text.rstrip() + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _r(value: float) -> float:
    return round(value, 1)
