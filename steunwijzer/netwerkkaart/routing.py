"""The lines from the child to each person: straight where that is clear, bent around any
other person's token where it is not. Pure Python, SVG user units (y down).

A token is a disc for this purpose (its circle, square or badge reaches at most
`clearance` from the marker's centre, less the line's half width). People's boxes never
overlap, so two markers are always at least a box height apart (94 units) and there is
room between any two tokens for a line: a line that would touch a token steps around it
on the side it passes, and the pieces are checked again.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from .geometry import Point

ZIGZAG = 5.0  # how far a strained bond's zigzag swings to either side
_DEPTH = 64  # detours one after another: at most one per other person


def relation_line(
    centre: Point,
    child_radius: float,
    marker: Point,
    marker_radius: float,
    *,
    zigzag: bool,
    tokens: Sequence[Point] = (),
    clearance: float = 0.0,
) -> tuple[Point, ...]:
    """The line from the child's circle to a person's marker, clear of the other `tokens`
    by `clearance` (the zigzag's swing included); a zigzag for a strained bond.

    It may pass under the person's own label and other people's labels, which are drawn
    opaque on top of it; never under another token.
    """
    reach = clearance + (ZIGZAG if zigzag else 0.0) + 0.2  # + the rounding to 0.1
    near = [t for t in tokens if _near_box(t, centre, marker, 2 * reach + 200)]
    path = _clear_path(centre, marker, near, reach, _DEPTH)
    path = _trim(path, child_radius + 2, marker_radius + 3)
    if zigzag:
        path = _zigzag(path)
    return tuple((_r(x), _r(y)) for x, y in path)


def distance_to_segment(point: Point, a: Point, b: Point) -> float:
    """Distance from `point` to the segment from `a` to `b`."""
    (px, py), (ax, ay), (bx, by) = point, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if not length else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _clear_path(a: Point, b: Point, tokens: list[Point], reach: float, depth: int) -> list[Point]:
    """A polyline from `a` to `b` that stays `reach` away from every token."""
    blocking = [t for t in tokens if distance_to_segment(t, a, b) < reach]
    if not blocking or depth == 0:
        return [a, b]
    ux, uy = _unit(a, b)
    token = min(blocking, key=lambda t: (t[0] - a[0]) * ux + (t[1] - a[1]) * uy)
    for before, after in _detours(a, b, token, reach):
        pieces = ((a, before), (before, after), (after, b))
        if all(distance_to_segment(token, p, q) >= reach for p, q in pieces):
            path = _clear_path(a, before, tokens, reach, depth - 1)
            path += _clear_path(before, after, tokens, reach, depth - 1)[1:]
            return path + _clear_path(after, b, tokens, reach, depth - 1)[1:]
    return [a, b]  # pragma: no cover - the detours above always clear one token


def _detours(a: Point, b: Point, token: Point, reach: float) -> list[tuple[Point, Point]]:
    """Pairs of corners that take a line around `token`: on the side where the straight
    line passes first (the shorter way), then on the other side; tight ones first."""
    ux, uy = _unit(a, b)
    nx, ny = -uy, ux
    offset = (token[0] - a[0]) * nx + (token[1] - a[1]) * ny  # the token's side of the line
    sides = (-1.0, 1.0) if offset >= 0 else (1.0, -1.0)
    pairs = []
    for side in sides:
        for across, along in ((1.05, 1.0), (1.05, 1.6), (1.3, 1.3), (1.3, 2.2)):
            k, m = across * reach * side, along * reach
            base = (token[0] + k * nx, token[1] + k * ny)
            pairs.append(
                ((base[0] - m * ux, base[1] - m * uy), (base[0] + m * ux, base[1] + m * uy))
            )
    return pairs


def _trim(path: list[Point], start: float, end: float) -> list[Point]:
    """The path without its first `start` units (the child's circle) and its last `end`
    units (the person's own token)."""
    first, second = path[0], path[1]
    ux, uy = _unit(first, second)
    length = math.dist(first, second)
    path = [(first[0] + ux * min(start, length), first[1] + uy * min(start, length)), *path[1:]]
    last, before = path[-1], path[-2]
    ux, uy = _unit(before, last)
    length = math.dist(before, last)
    cut = min(end, length)
    return [*path[:-1], (last[0] - ux * cut, last[1] - uy * cut)]


def _zigzag(path: list[Point]) -> list[Point]:
    """The path as a zigzag: about every 9 units a corner, swinging ZIGZAG to either side."""
    points = [path[0]]
    for a, b in itertools.pairwise(path):
        ux, uy = _unit(a, b)
        length = math.dist(a, b)
        steps = max(2, int(length // 9))
        for i in range(1, steps + 1):
            along = length * i / steps
            swing = 0.0 if i == steps else (ZIGZAG if i % 2 else -ZIGZAG)
            points.append((a[0] + ux * along - uy * swing, a[1] + uy * along + ux * swing))
    return points


def _near_box(token: Point, a: Point, b: Point, margin: float) -> bool:
    """True when `token` lies within `margin` of the box around `a` and `b` (a cheap
    first filter: detours never stray further than that)."""
    return (
        min(a[0], b[0]) - margin <= token[0] <= max(a[0], b[0]) + margin
        and min(a[1], b[1]) - margin <= token[1] <= max(a[1], b[1]) + margin
    )


def _unit(a: Point, b: Point) -> Point:
    length = math.dist(a, b) or 1.0
    return (b[0] - a[0]) / length, (b[1] - a[1]) / length


def _r(value: float) -> float:
    return round(value, 1)
