"""How the people of one cell are set out: rows along arcs, or a dense packing. Pure.

A cell is a ring band within a sector; each person is a box (NODE_WIDTH x NODE_HEIGHT)
that must lie inside the cell, PAD from its edges and GAP from other boxes and obstacles.
`layout.py` decides the cells; this module only fills one.
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache

from .geometry import Box, Cell, Point
from .model import SECTORS

NODE_WIDTH = 150.0  # room for a name of 40 characters on two lines
NODE_HEIGHT = 88.0
GAP = 6.0  # least room between two boxes
PAD = 4.0  # least room between a box and the edge of its cell
SPAN = 2 * math.pi / len(SECTORS)


def estimated_depth(inner: float, count: int) -> float:
    """A first guess from area: crowded cells start deep instead of growing step by step."""
    area = count * (NODE_WIDTH + GAP) * (NODE_HEIGHT + GAP) * 1.6
    return math.sqrt(inner**2 + 2 * area / SPAN) - inner


def arrange(cell: Cell, count: int, obstacles: list[Box], bias: float) -> list[Point] | None:
    """Centres for `count` boxes in rows along arcs inside `cell`, or None if they do not fit.

    Rows alternate to either side of the group's place, so that stacked people do not hide
    each other's lines; a dense first-fit packing is the fallback.
    """
    depth = cell.outer - cell.inner
    for rows in range(1, max(1, int(depth // (NODE_HEIGHT + GAP))) + 1):
        pitch = depth / rows
        for shift in (0.0, pitch / 4, -pitch / 4):
            radii = [cell.inner + (j + 0.5) * pitch + shift for j in range(rows)]
            arcs = [_free_arc(cell, rho) for rho in radii]
            room = [_capacity(rho, arc, count) for rho, arc in zip(radii, arcs, strict=True)]
            if sum(room) < count:
                continue
            shares = _share(count, room)
            for stagger in (0.35, 0.0) if rows > 1 else (0.0,):
                points = [
                    point
                    for j, (rho, arc, share) in enumerate(zip(radii, arcs, shares, strict=True))
                    for point in _spread(
                        rho, arc, share, bias=bias + (stagger if j % 2 else -stagger)
                    )
                ]
                if _fits(cell, points, obstacles):
                    return points
    return _pack(cell, count, obstacles)


def _pack(cell: Cell, count: int, obstacles: list[Box]) -> list[Point] | None:
    """Dense fallback: first fit over a polar grid of centres, from the inside out."""
    area = (cell.outer**2 - cell.inner**2) * SPAN / 2
    step = max(5.0, math.sqrt(area / 1500))
    chosen: list[Box] = list(obstacles)
    points: list[Point] = []
    rho = cell.inner + NODE_HEIGHT / 2
    while rho < cell.outer and len(points) < count:
        steps = max(1, int(rho * SPAN / step))
        for i in range(steps):
            angle = cell.start + (i + 0.5) * SPAN / steps
            box = _box_at(rho, angle)
            if not any(box.overlaps(other, GAP) for other in chosen) and cell.contains(box, PAD):
                chosen.append(box)
                points.append((rho * math.cos(angle), rho * math.sin(angle)))
                if len(points) == count:
                    return points
        rho += step
    return None


@lru_cache(maxsize=8192)
def _free_arc(cell: Cell, rho: float, steps: int = 40) -> tuple[float, float] | None:
    """The first and last angle at radius `rho` where a box lies inside the cell.

    Searched from both ends, so a roomy cell costs a few checks, not `steps`.
    """
    angles = [cell.start + (i + 0.5) * SPAN / steps for i in range(steps)]
    low = next((a for a in angles if cell.contains(_box_at(rho, a), PAD)), None)
    if low is None:
        return None
    high = next(a for a in reversed(angles) if cell.contains(_box_at(rho, a), PAD))
    return low, high


def _capacity(rho: float, arc: tuple[float, float] | None, limit: int) -> int:
    if arc is None:
        return 0
    count = 1
    while count < limit:
        points = _spread(rho, arc, count + 1, comfortable=False)
        if any(_box(a).overlaps(_box(b), GAP) for a, b in itertools.pairwise(points)):
            break
        count += 1
    return count


def _spread(
    rho: float,
    arc: tuple[float, float] | None,
    count: int,
    *,
    comfortable: bool = True,
    bias: float = 0.0,
) -> list[Point]:
    """`count` centres on the arc, evenly spaced, never wider apart than needed; `bias`
    moves the group along the room that is left (-0.5 to the start, 0.5 to the end)."""
    if not count or arc is None:
        return []
    low, high = arc
    step = (high - low) / (count - 1) if count > 1 else 0.0
    if comfortable:
        chord = 1.1 * math.hypot(NODE_WIDTH + GAP, NODE_HEIGHT + GAP)
        step = min(step, 2 * math.asin(min(1.0, chord / (2 * rho))))
    slack = (high - low) - step * (count - 1)
    middle = (low + high) / 2 + max(-0.5, min(0.5, bias)) * slack
    angles = [middle + (i - (count - 1) / 2) * step for i in range(count)]
    return [(rho * math.cos(a), rho * math.sin(a)) for a in angles]


def _share(count: int, room: list[int]) -> list[int]:
    """Split `count` over rows in proportion to their room (sum(room) >= count)."""
    total = sum(room)
    shares = [r * count // total for r in room]
    while sum(shares) < count:
        row = max(range(len(room)), key=lambda j: (room[j] - shares[j], j))
        shares[row] += 1
    return shares


def _fits(cell: Cell, points: list[Point], obstacles: list[Box]) -> bool:
    boxes = [_box(point) for point in points]
    if not all(cell.contains(box, PAD) for box in boxes):
        return False
    if any(box.overlaps(obstacle, GAP) for box in boxes for obstacle in obstacles):
        return False
    return not any(a.overlaps(b, GAP) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _box(point: Point) -> Box:
    return Box.around(point[0], point[1], NODE_WIDTH, NODE_HEIGHT)


def _box_at(rho: float, angle: float) -> Box:
    return _box((rho * math.cos(angle), rho * math.sin(angle)))
