"""The layout: everyone inside their own ring and sector, nobody overlapping, readable
labels, the same drawing for the same map; up to 60 people."""

import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.netwerkkaart.geometry import Box, text_width
from steunwijzer.netwerkkaart.layout import (
    CHILD_RADIUS,
    LABEL_SIZE,
    NODE_WIDTH,
    layout_map,
    sector_label_box,
)
from steunwijzer.netwerkkaart.model import SECTORS, Person

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
def test_labels_fit_their_box_and_are_set_at_a_readable_size(crowd):
    assert LABEL_SIZE >= 12
    for placed in layout_map(people=crowd).people:
        assert placed.label
        assert text_width(placed.label, LABEL_SIZE) <= NODE_WIDTH - 6
        assert placed.label == placed.person.naam or placed.label.endswith("…")


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
        assert math.hypot(x1 - placed.x, y1 - placed.marker_y) < 16


def test_a_strained_bond_is_drawn_as_a_zigzag_and_others_as_straight_lines():
    calm, strained = crowded(2, "familie", 2)
    strained = replace(strained, relatie="gespannen")
    lines = {p.person.id: p.line for p in layout_map(people=(calm, strained)).people}
    assert len(lines[calm.id]) == 2
    assert len(lines[strained.id]) > 4


def test_long_names_are_cut_short_with_an_ellipsis_on_the_map_only():
    person = Person(id="p1", naam="Fatima-Zahra van den Berg-Oosterhuis", sector="buurt", ring=3)
    placed = layout_map(people=(person,)).people[0]
    assert placed.label.endswith("…")
    assert placed.person.naam == "Fatima-Zahra van den Berg-Oosterhuis"


def test_labels_replace_names_when_given():
    person = crowded(1)[0]
    placed = layout_map(people=(person,), labels={person.id: "Gezin 1"}).people[0]
    assert placed.label == "Gezin 1"
