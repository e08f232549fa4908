"""The layout: everyone inside their own ring and sector, nobody overlapping, readable
labels, the same drawing for the same map; up to 60 people."""

import itertools
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.netwerkkaart.geometry import Box, text_width
from steunwijzer.netwerkkaart.layout import (
    CHILD_RADIUS,
    LABEL_SIZE,
    LABEL_WIDTH,
    MARKER_RADIUS,
    NODE_WIDTH,
    PICTURE_SIZE,
    TOKEN_REACH,
    layout_map,
    sector_label_box,
)
from steunwijzer.netwerkkaart.model import SECTORS, Person
from steunwijzer.netwerkkaart.page import NODE_SHAPE, _node

from .strategies import crowded, people

SLOW = settings(deadline=None)


@SLOW
@given(people())
def test_every_person_lies_wholly_inside_their_ring_band_and_sector(crowd):
    drawing = layout_map(people=crowd)
    for placed in drawing.people:
        cell = drawing.cell(placed.person.ring, placed.person.sector)
        assert cell.contains(placed.box), placed.person


@SLOW
@given(people())
def test_no_two_people_overlap(crowd):
    boxes = [placed.box for placed in layout_map(people=crowd).people]
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other)


@SLOW
@given(people())
def test_the_same_map_always_gives_the_same_drawing(crowd):
    assert layout_map(people=crowd) == layout_map(people=crowd)


@SLOW
@given(people())
def test_no_name_is_cut_it_stands_whole_on_at_most_two_lines_inside_its_box(crowd):
    assert LABEL_SIZE >= 12
    for placed in layout_map(people=crowd).people:
        assert placed.label == placed.person.naam
        assert 1 <= len(placed.lines) <= 2
        assert placed.label in (" ".join(placed.lines), "".join(placed.lines))
        for line in placed.lines:
            assert text_width(line, placed.label_size) <= LABEL_WIDTH <= NODE_WIDTH - 6


@SLOW
@given(people())
def test_each_label_and_token_lies_inside_its_own_box_so_no_label_overlaps_another(crowd):
    """Boxes do not overlap (above); here everything drawn for a person stays in its box."""
    for placed in layout_map(people=crowd).people:
        node = _node(placed, placed.label)
        left, top = NODE_SHAPE["left"], NODE_SHAPE["top"]
        right, bottom = left + NODE_SHAPE["width"], top + NODE_SHAPE["height"]
        name_top = NODE_SHAPE["name_bg_y"]
        assert left <= node.label_left and node.label_left + node.label_width <= right
        assert top <= name_top and name_top + node.label_height <= bottom
        last_baseline = node.line_ys[-1][1]
        assert last_baseline + 0.3 * placed.label_size <= name_top + node.label_height
        assert top <= NODE_SHAPE["dy"] - NODE_SHAPE["r"]  # the token
        assert NODE_SHAPE["dy"] + NODE_SHAPE["r"] <= name_top
        assert NODE_SHAPE["badge_y"] - 7.5 >= top and NODE_SHAPE["badge_x"] + 7.5 <= right


# What is drawn for a person, relative to the centre of their box, with half the outline.
def _token(placed) -> Box:
    half = MARKER_RADIUS + (1.25 if placed.person.gedetineerd else 1.0)
    return Box.around(0, NODE_SHAPE["dy"], 2 * half, 2 * half)


def _badge() -> tuple[float, float, float]:
    return NODE_SHAPE["badge_x"], NODE_SHAPE["badge_y"], 7.5 + 0.75


def _name(placed) -> Box:
    node = _node(placed, placed.label)
    top = NODE_SHAPE["name_bg_y"]
    return Box(node.label_left, top, node.label_left + node.label_width, top + node.label_height)


def _shifted(box: Box, placed) -> Box:
    return Box(box.left + placed.x, box.top + placed.y, box.right + placed.x, box.bottom + placed.y)


@SLOW
@given(people())
def test_the_support_pictures_stand_in_their_own_box_beside_the_token_away_from_the_child(
    crowd,
):
    """Each kind of support is a picture, in order, on a card inside the person's box: not
    over the token (circle or square), the badge, the name or each other; on the side
    away from the child, so the person's own line does not run under them."""
    drawing = layout_map(people=crowd)
    for placed in drawing.people:
        assert [p.code for p in placed.pictures] == list(placed.person.steun)
        card = placed.card
        if card is None:
            assert not placed.person.steun
            continue
        assert drawing.cell(placed.person.ring, placed.person.sector).contains(
            _shifted(card, placed)
        )
        assert NODE_SHAPE["left"] <= card.left and card.right <= -NODE_SHAPE["left"]
        assert NODE_SHAPE["top"] <= card.top
        assert not card.overlaps(_name(placed)) and not card.overlaps(_token(placed))
        if not placed.person.gedetineerd:
            assert card.distance_to(0, NODE_SHAPE["dy"]) >= MARKER_RADIUS + 1
        if placed.person.weet_van_detentie:
            x, y, reach = _badge()
            assert card.distance_to(x, y) >= reach
        boxes = [Box(p.x, p.y, p.x + PICTURE_SIZE, p.y + PICTURE_SIZE) for p in placed.pictures]
        for index, box in enumerate(boxes):
            assert card.left < box.left and box.right < card.right
            assert card.top < box.top and box.bottom < card.bottom
            assert not any(box.overlaps(other) for other in boxes[index + 1 :])
        assert (card.left > 0) if placed.x >= drawing.cx else (card.right < 0)


@SLOW
@given(people())
def test_no_picture_card_overlaps_another_persons_token_name_or_pictures(crowd):
    drawing = layout_map(people=crowd)
    drawn = [
        (
            placed.person.id,
            _shifted(box, placed),
        )
        for placed in drawing.people
        for box in (_token(placed), _name(placed), placed.card)
        if box is not None
    ]
    for placed in drawing.people:
        if placed.card is None:
            continue
        card = _shifted(placed.card, placed)
        for owner, box in drawn:
            assert owner == placed.person.id or not card.overlaps(box), (placed.person, owner)


@SLOW
@given(people())
def test_ring_names_stay_clear_of_everyone_and_of_the_sector_names(crowd):
    drawing = layout_map(people=crowd)
    names = [ring.box for ring in drawing.rings]
    assert [ring.label for ring in drawing.rings] == ["heel dichtbij", "dichtbij", "verder weg"]
    for index, box in enumerate(names):
        ring = index + 1
        assert drawing.cell(ring, "gezin").contains(box)
        for placed in drawing.people:
            assert not box.overlaps(placed.box)
        for other in names[index + 1 :]:
            assert not box.overlaps(other)
        local = sector_label_box(0, drawing.radii[3])
        shifted = Box(
            local.left + drawing.cx,
            local.top + drawing.cy,
            local.right + drawing.cx,
            local.bottom + drawing.cy,
        )
        assert not box.overlaps(shifted)


def test_a_realistic_name_of_40_characters_is_whole_on_two_lines_at_a_readable_size():
    naam = "Wijkcoach Priya van de gemeente Utrecht!"
    assert len(naam) == 40
    person = Person(id="p1", naam=naam, sector="buurt", ring=3)
    placed = layout_map(people=(person,)).people[0]
    assert len(placed.lines) == 2 and " ".join(placed.lines) == naam
    assert placed.label_size >= 11


@SLOW
@given(people())
def test_sector_names_stay_clear_of_everyone(crowd):
    drawing = layout_map(people=crowd)
    outer = drawing.radii[3]
    for index in range(len(SECTORS)):
        local = sector_label_box(index, outer)
        for placed in drawing.people:
            shifted = Box(
                placed.box.left - drawing.cx,
                placed.box.top - drawing.cy,
                placed.box.right - drawing.cx,
                placed.box.bottom - drawing.cy,
            )
            assert not shifted.overlaps(local)


def test_sixty_people_in_one_cell_still_fit_without_overlap():
    drawing = layout_map(people=crowded(60))
    cell = drawing.cell(1, "gezin")
    boxes = [placed.box for placed in drawing.people]
    assert len(boxes) == 60
    assert all(cell.contains(box) for box in boxes)
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


@given(st.sampled_from(list(SECTORS)), st.integers(min_value=1, max_value=3))
def test_a_crowded_cell_grows_its_ring_and_the_rings_stay_in_order(sector, ring):
    empty = layout_map(people=())
    full = layout_map(people=crowded(12, sector, ring))
    assert full.radii[ring] > empty.radii[ring]
    assert list(full.radii) == sorted(full.radii)
    assert full.radii[0] == CHILD_RADIUS


def test_lines_run_from_the_child_towards_the_person():
    drawing = layout_map(people=crowded(3, "school", 2))
    for placed in drawing.people:
        (x0, y0), (x1, y1) = placed.line[0], placed.line[-1]
        start = math.hypot(x0 - drawing.cx, y0 - drawing.cy)
        assert abs(start - CHILD_RADIUS) < 3
        assert math.hypot(x1 - placed.x, y1 - placed.marker_y) < MARKER_RADIUS + 5


def test_a_strained_bond_is_drawn_as_a_zigzag_and_others_as_straight_lines():
    calm, strained = crowded(2, "familie", 2)
    strained = replace(strained, relatie="gespannen")
    lines = {p.person.id: p.line for p in layout_map(people=(calm, strained)).people}
    assert len(lines[calm.id]) == 2
    assert len(lines[strained.id]) > 4


def test_a_long_name_is_set_on_two_lines_not_cut():
    person = Person(id="p1", naam="Fatima-Zahra van den Berg-Oosterhuis", sector="buurt", ring=3)
    placed = layout_map(people=(person,)).people[0]
    assert placed.lines == ("Fatima-Zahra van", "den Berg-Oosterhuis")
    assert "…" not in "".join(placed.lines)


def test_a_long_word_without_spaces_is_broken_not_cut():
    naam = "W" * 40
    placed = layout_map(people=(Person(id="p1", naam=naam, sector="gezin", ring=1),)).people[0]
    assert "".join(placed.lines) == naam and len(placed.lines) == 2


def test_labels_replace_names_when_given():
    person = crowded(1)[0]
    placed = layout_map(people=(person,), labels={person.id: "Gezin 1"}).people[0]
    assert placed.label == "Gezin 1"


def _distance_to_segment(point, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = point, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if not length else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


@SLOW
@given(people())
def test_no_line_crosses_another_persons_token(crowd):
    """Every line keeps clear of every token but its own person's: the token with its
    badge (TOKEN_REACH from the marker) and half the widest line."""
    drawing = layout_map(people=crowd)
    for placed in drawing.people:
        segments = list(itertools.pairwise(placed.line))
        for other in drawing.people:
            if other is placed:
                continue
            token = (other.x, other.marker_y)
            nearest = min(_distance_to_segment(token, a, b) for a, b in segments)
            assert nearest >= TOKEN_REACH + 2, (placed.person.id, other.person.id, nearest)


@SLOW
@given(people())
def test_at_its_readable_size_every_name_of_the_map_is_at_least_12_pixels(crowd):
    drawing = layout_map(people=crowd)
    pixels_per_unit = drawing.readable_size / drawing.width
    assert pixels_per_unit >= 1  # and so the child's age (12 units) too
    for placed in drawing.people:
        assert placed.label_size * pixels_per_unit >= 12
        assert all(PICTURE_SIZE * pixels_per_unit >= 12 for _ in placed.pictures)
