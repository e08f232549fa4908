"""What the map's templates get: the drawing, the findings with their links, the table.

Shared by the page and the PDF. The only database read is one query for the knowledge
items the guidance links to; nothing of the map is written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

from steunwijzer.content.models import Item

from .editor import Page
from .geometry import text_width
from .guidance import ITEM_SLUGS, PROMPTS, TIPS, WHY, Prompt, what_the_map_shows
from .layout import (
    LABEL_SIZE,
    MARKER_DY,
    MARKER_RADIUS,
    NODE_HEIGHT,
    NODE_WIDTH,
    PlacedPerson,
    layout_map,
)
from .model import (
    AGES,
    MAX_PEOPLE,
    RELATIONS,
    RINGS,
    SECTORS,
    SUPPORT,
    NetworkMap,
    Person,
    map_to_json,
)
from .wording import (
    CHILD_WITHOUT_NAME,
    age_label,
    child_label,
    describe_map,
    name_labels,
    place,
    role_labels,
    short_note,
    sorted_for_table,
    support_letters,
)

# Coordinates inside a person's group, relative to the centre of their box (layout.py).
_TOP = MARKER_DY - MARKER_RADIUS
NODE_SHAPE = {
    "left": -NODE_WIDTH / 2,
    "top": -NODE_HEIGHT / 2,
    "width": NODE_WIDTH,
    "height": NODE_HEIGHT,
    "dy": MARKER_DY,
    "r": MARKER_RADIUS,
    "square_left": -MARKER_RADIUS,
    "square_top": _TOP,
    "square": 2 * MARKER_RADIUS,
    "bars": f"M-5.5 {_TOP}v{2 * MARKER_RADIUS}M0 {_TOP}v{2 * MARKER_RADIUS}"
    f"M5.5 {_TOP}v{2 * MARKER_RADIUS}",
    "badge_x": 10.0,
    "badge_y": MARKER_DY - 6,
    "check": f"M7.2 {MARKER_DY - 6}l2 2 3.4-4",
    "name_y": 12.5,
    "name_bg_y": -1.0,
    "name_bg_height": 17.0,
    "label_bg_height": 28.0,  # name and support letters
    "letters_y": 25.5,
    "size": LABEL_SIZE,
}


@dataclass(frozen=True)
class Node:
    """A person as the SVG draws them."""

    placed: PlacedPerson
    letters: str
    label_width: float
    label_left: float
    spoken: str  # the accessible name the page's script gives the focusable marker

    @property
    def person(self) -> Person:
        return self.placed.person


@dataclass(frozen=True)
class Row:
    """A person as the table lists them."""

    person: Person
    label: str
    sector: str
    ring: str
    support: str
    relation: str

    @property
    def pdf_note(self) -> str:
        return short_note(self.person.notitie)


def page_context(page: Page) -> dict:
    network = page.network
    links = item_links()
    return {
        **drawing_context(network, with_names=True, links=links),
        "page": page,
        "state": map_to_json(network),
        "why": links.get(WHY),
        "prompts": _with_links(PROMPTS, links),
        "tips": _with_links(TIPS, links),
        "full": len(network.personen) >= MAX_PEOPLE,
        "max_people": MAX_PEOPLE,
    }


def pdf_context(network: NetworkMap, *, with_names: bool) -> dict:
    return {
        **drawing_context(network, with_names=with_names, links=item_links()),
        "today": date_format(timezone.localdate(), "j F Y"),
    }


def drawing_context(network: NetworkMap, *, with_names: bool, links: dict[str, Item]) -> dict:
    labels = name_labels(network) if with_names else role_labels(network)
    child = child_label(network, with_names=with_names)
    layout = layout_map(people=network.personen, labels=labels, child_label=child)
    findings = what_the_map_shows(network, names=labels)
    return {
        "layout": layout,
        "nodes": [_node(placed, labels[placed.person.id]) for placed in layout.people],
        "child": child,
        "title": f"Netwerkkaart van {child}" if child != CHILD_WITHOUT_NAME else "Netwerkkaart",
        "age": age_label(network),
        "description": describe_map(network, labels, child),
        "findings": [(f, [links[s] for s in f.items if s in links]) for f in findings],
        "rows": [_row(person, labels[person.id]) for person in sorted_for_table(network)],
        "with_names": with_names,
        "shape": NODE_SHAPE,
        "sectors": SECTORS,
        "rings": RINGS,
        "ages": AGES,
    }


def item_links() -> dict[str, Item]:
    items = Item.objects.published().filter(slug__in=ITEM_SLUGS).select_related("theme")
    return {item.slug: item for item in items}


def _with_links(prompts: tuple[Prompt, ...], links: dict[str, Item]) -> list:
    return [(prompt, [links[s] for s in prompt.items if s in links]) for prompt in prompts]


def _node(placed: PlacedPerson, label: str) -> Node:
    return Node(
        placed=placed,
        letters=support_letters(placed.person),
        label_width=(width := round(text_width(placed.label, LABEL_SIZE) + 8, 1)),
        label_left=-width / 2,
        spoken=f"{label}: {place(placed.person)}",
    )


def _row(person: Person, label: str) -> Row:
    return Row(
        person=person,
        label=label,
        sector=SECTORS[person.sector],
        ring=RINGS[person.ring],
        support=", ".join(SUPPORT[code] for code in person.steun) or "–",
        relation=RELATIONS[person.relatie],
    )
