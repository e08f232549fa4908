"""Where everyone goes on the network map: pure geometry for the SVG, no Django.

The child sits in the centre. Three rings (1 heel dichtbij, 2 dichtbij, 3 verder weg) are
cut into seven equal sectors, "gezin" at the top and the others clockwise. Each person gets
a box (marker and label) that lies wholly inside their own cell (ring band x sector); the
people of a cell are set out in rows along arcs. When a cell is too full its ring grows
outward, so any map of up to 60 people is drawn without overlaps. Same map, same drawing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .geometry import Box, Cell, Point, fit_label, text_width, wrap_label
from .model import RINGS, SECTORS, Person
from .packing import NODE_HEIGHT, NODE_WIDTH, PAD, SPAN, arrange, estimated_depth
from .routing import relation_line

MARKER_DY = -24.0  # marker centre, relative to the box centre
MARKER_RADIUS = 18.0
# How far a token reaches from the marker's centre: the circle, the square of a detained
# parent (half its diagonal) or the check badge, with their outlines. No other line comes
# this close.
TOKEN_REACH = 28.5
LINE_HALF_WIDTH = 2.0  # the thickest line (positief) is 4 wide
LABEL_SIZE = 18.0  # the largest size of a name; a long name is set smaller, never cut
LABEL_WIDTH = NODE_WIDTH - 8
RING_LABEL_SIZE = 16.0
CHILD_RADIUS = 50.0
BASE_DEPTH = {1: 220.0, 2: 150.0, 3: 140.0}
# Where a group sits in its free arc (-0.5 start, 0.5 end): rings differ, so that people of
# one sector do not line up and their lines to the child do not run over each other.
RING_BIAS = {1: 0.0, 2: -0.3, 3: 0.3}
SECTOR_LABEL_SIZE = 19.0
SMALLEST_TEXT = 12.0  # no text of the map is drawn smaller than this, in units (the
# child's age) and, at the map's readable size, in CSS pixels; nor any picture
MARGIN = 8.0
FIRST_ANGLE = -math.pi / 2 - SPAN / 2
# The support a person gives: small pictures (pictures.py) in rows of two beside the token,
# on the side away from the child, so that the person's own line does not run under them.
# They lie on a white card (lines pass under it, as under names), inside the person's box,
# clear of the token, its badge and the name (tested).
PICTURE_SIZE = 16.0
PICTURE_GAP = 2.0
PICTURE_INSET = 27.0  # from the marker's centre to the near edge of the pictures
PICTURE_PAD = 1.5  # the card's margin around the pictures
PICTURES_PER_ROW = 2


@dataclass(frozen=True)
class SupportPicture:
    code: str  # a kind of support (model.SUPPORT)
    x: float  # the picture's top left corner, relative to the centre of the person's box
    y: float


@dataclass(frozen=True)
class PlacedPerson:
    person: Person
    x: float
    y: float
    box: Box
    label: str  # the name (or role), whole
    lines: tuple[str, ...]  # the label on one or two lines
    label_size: float
    line: tuple[Point, ...]  # from the child's circle to the person's marker
    pictures: tuple[SupportPicture, ...] = ()

    @property
    def marker_y(self) -> float:
        return round(self.y + MARKER_DY, 1)

    @property
    def card(self) -> Box | None:
        """The white card under the pictures, relative to the centre of the box."""
        if not self.pictures:
            return None
        return Box(
            min(p.x for p in self.pictures) - PICTURE_PAD,
            min(p.y for p in self.pictures) - PICTURE_PAD,
            max(p.x for p in self.pictures) + PICTURE_SIZE + PICTURE_PAD,
            max(p.y for p in self.pictures) + PICTURE_SIZE + PICTURE_PAD,
        )


@dataclass(frozen=True)
class SectorGuide:
    code: str
    label: str
    line: tuple[Point, Point]  # the boundary where this sector starts
    label_at: Point  # centre of the baseline of the sector's name


@dataclass(frozen=True)
class RingGuide:
    ring: int
    label: str  # "heel dichtbij"
    box: Box  # in drawing coordinates
    label_at: Point  # centre of the baseline

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """x, y, width and height of the box, for the SVG."""
        box = self.box
        return (_r(box.left), _r(box.top), _r(box.right - box.left), _r(box.bottom - box.top))


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    cx: float
    cy: float
    radii: tuple[float, float, float, float]  # the child, then the outer edge of rings 1-3
    child_label: str
    sectors: tuple[SectorGuide, ...]
    people: tuple[PlacedPerson, ...]
    rings: tuple[RingGuide, ...] = ()

    @property
    def readable_size(self) -> int:
        """The width (and height) in CSS pixels at which every text of the drawing is at
        least SMALLEST_TEXT pixels high: a unit is a pixel, or more when a long name is
        set smaller. The page shows the map at this size, in its own scrolling frame."""
        return math.ceil(self.width * max(1.0, SMALLEST_TEXT / self.smallest_name))

    @property
    def smallest_name(self) -> float:
        """The size of the smallest name on the drawing, in units."""
        return min((placed.label_size for placed in self.people), default=LABEL_SIZE)

    def cell(self, ring: int, sector: str) -> Cell:
        start = FIRST_ANGLE + list(SECTORS).index(sector) * SPAN
        inner, outer = self.radii[ring - 1], self.radii[ring]
        return Cell(self.cx, self.cy, inner, outer, start, start + SPAN)


def layout_map(
    *, people: Sequence[Person], labels: Mapping[str, str] | None = None, child_label: str = ""
) -> MapLayout:
    """The drawing of a map: `labels` replace names (for a map without names)."""
    radii = [CHILD_RADIUS]
    spots: dict[str, Point] = {}
    for ring in (1, 2, 3):
        groups = [[p for p in people if p.ring == ring and p.sector == code] for code in SECTORS]
        outer, placed = _fit_ring(radii[-1], ring, groups)
        radii.append(outer)
        spots.update(placed)
    size = _r(2 * (radii[-1] + MARGIN))
    cx = cy = size / 2
    where = {key: (_r(cx + x), _r(cy + y)) for key, (x, y) in spots.items()}
    markers = {key: (x, _r(y + MARKER_DY)) for key, (x, y) in where.items()}
    return MapLayout(
        width=size,
        height=size,
        cx=cx,
        cy=cy,
        radii=(radii[0], _r(radii[1]), _r(radii[2]), _r(radii[3])),
        child_label=fit_label(child_label or "Kind", 2 * CHILD_RADIUS - 16, 15.0),
        sectors=tuple(_sector_guide(i, cx, cy, radii[-1]) for i in range(len(SECTORS))),
        rings=tuple(_ring_guide(ring, cx, cy, radii[ring]) for ring in (1, 2, 3)),
        people=tuple(
            _placed(
                p,
                where[p.id],
                (labels or {}).get(p.id),
                (cx, cy),
                [marker for key, marker in markers.items() if key != p.id],
            )
            for p in people
        ),
    )


def _placed(
    person: Person, spot: Point, label: str | None, centre: Point, tokens: list[Point]
) -> PlacedPerson:
    x, y = spot
    box = Box.around(x, y, NODE_WIDTH, NODE_HEIGHT)
    label = label or person.naam
    lines, size = wrap_label(label, LABEL_WIDTH, LABEL_SIZE)
    return PlacedPerson(
        person=person,
        x=x,
        y=y,
        box=box,
        label=label,
        lines=lines,
        label_size=size,
        pictures=support_pictures(person.steun, side=1 if x >= centre[0] else -1),
        line=relation_line(
            centre,
            CHILD_RADIUS,
            (x, _r(y + MARKER_DY)),
            MARKER_RADIUS,
            zigzag=person.relatie == "gespannen",
            tokens=tokens,
            clearance=TOKEN_REACH + LINE_HALF_WIDTH,
        ),
    )


def support_pictures(codes: Sequence[str], *, side: int) -> tuple[SupportPicture, ...]:
    """Where the pictures of a person's support go: rows of two, centred beside the token,
    to its right (`side` 1) or its left (-1), starting next to the token."""
    rows = math.ceil(len(codes) / PICTURES_PER_ROW)
    step = PICTURE_SIZE + PICTURE_GAP
    top = MARKER_DY - (rows * step - PICTURE_GAP) / 2
    pictures = []
    for index, code in enumerate(codes):
        row, column = divmod(index, PICTURES_PER_ROW)
        in_row = min(PICTURES_PER_ROW, len(codes) - row * PICTURES_PER_ROW)
        if side > 0:
            x = PICTURE_INSET + column * step
        else:
            x = -PICTURE_INSET - (in_row - column) * step + PICTURE_GAP
        pictures.append(SupportPicture(code, _r(x), _r(top + row * step)))
    return tuple(pictures)


def _fit_ring(
    inner: float, ring: int, groups: list[list[Person]]
) -> tuple[float, dict[str, Point]]:
    """The outer radius of a ring that fits every group, and where each person goes.

    The outer ring also holds the sector names, along its rim: they are obstacles there.
    """
    labelled = ring == 3
    depth = max([BASE_DEPTH[ring], *(estimated_depth(inner, len(g) + labelled) for g in groups)])
    for _ in range(100):
        placed: dict[str, Point] = {}
        for index, group in enumerate(groups):
            if not group:
                continue
            start, outer = FIRST_ANGLE + index * SPAN, inner + depth
            cell = Cell(0.0, 0.0, inner, outer, start, start + SPAN)
            obstacles = [sector_label_box(index, outer)] if labelled else []
            if index == 0:
                obstacles.append(ring_label_box(ring, outer))
            points = arrange(cell, len(group), obstacles, RING_BIAS[ring])
            if points is None:
                break
            placed.update(zip((p.id for p in group), points, strict=True))
        else:
            return inner + depth, placed
        depth = depth * 1.1 + 8
    raise AssertionError("a ring that never fits")  # pragma: no cover - depth grows without end


def sector_label_box(index: int, outer: float) -> Box:
    """The box of a sector's name: centred on the sector, just inside the outer rim."""
    middle = FIRST_ANGLE + (index + 0.5) * SPAN
    width = text_width(list(SECTORS.values())[index], SECTOR_LABEL_SIZE) * 1.1 + 8
    height = SECTOR_LABEL_SIZE + 8
    # Solve |corner| = outer - PAD for the corner farthest out along the sector's middle.
    b = width * abs(math.cos(middle)) + height * abs(math.sin(middle))
    c = (width**2 + height**2) / 4 - (outer - PAD) ** 2
    rho = (-b + math.sqrt(b * b - 4 * c)) / 2
    return Box.around(rho * math.cos(middle), rho * math.sin(middle), width, height)


def ring_label_box(ring: int, outer: float) -> Box:
    """The box of a ring's name, in the top sector (gezin) just inside the ring's outer
    edge; in the outer ring just below the sector's name."""
    width = text_width(RINGS[ring], RING_LABEL_SIZE) * 1.1 + 8
    height = RING_LABEL_SIZE + 8
    below = SECTOR_LABEL_SIZE + 8 + 2 if ring == 3 else 0.0
    top = -(math.sqrt((outer - PAD) ** 2 - (width / 2) ** 2)) + below
    return Box(-width / 2, top, width / 2, top + height)


def _ring_guide(ring: int, cx: float, cy: float, outer: float) -> RingGuide:
    box = ring_label_box(ring, outer)
    moved = Box(box.left + cx, box.top + cy, box.right + cx, box.bottom + cy)
    return RingGuide(
        ring=ring,
        label=RINGS[ring],
        box=moved,
        label_at=(_r(cx), _r((moved.top + moved.bottom) / 2 + RING_LABEL_SIZE * 0.35)),
    )


def _sector_guide(index: int, cx: float, cy: float, outer: float) -> SectorGuide:
    code = list(SECTORS)[index]
    start = FIRST_ANGLE + index * SPAN
    box = sector_label_box(index, outer)
    x, y = (box.left + box.right) / 2, (box.top + box.bottom) / 2
    return SectorGuide(
        code=code,
        label=SECTORS[code],
        line=(
            (_r(cx + CHILD_RADIUS * math.cos(start)), _r(cy + CHILD_RADIUS * math.sin(start))),
            (_r(cx + outer * math.cos(start)), _r(cy + outer * math.sin(start))),
        ),
        label_at=(_r(cx + x), _r(cy + y + SECTOR_LABEL_SIZE * 0.35)),
    )


def _r(value: float) -> float:
    return round(value, 1)
