"""Words about a map: where someone stands, role labels instead of names, the SVG's text.

Pure: no Django. A map "zonder namen" uses `role_labels` everywhere a name would appear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from .model import AGES, RELATIONS, RINGS, SECTORS, NetworkMap, Person

CHILD_WITHOUT_NAME = "Kind"


def place(person: Person) -> str:
    """Where a person stands, as a phrase: "familie, heel dichtbij"."""
    return f"{SECTORS[person.sector].lower()}, {RINGS[person.ring]}"


def name_labels(network: NetworkMap) -> dict[str, str]:
    return {p.id: p.naam for p in network.personen}


# Short words, so that "Hulp 3" fits where "Hulpverlening 3" would be cut off.
ROLE_WORDS = {**SECTORS, "hulpverlening": "Hulp"}


def role_labels(network: NetworkMap) -> dict[str, str]:
    """A label per person without their name: their role as typed ("oma"), numbered when
    more people have it ("tante 1", "tante 2"); for someone without a role the sector and a
    number ("Familie 2", counting only the people without a role)."""
    shared = Counter(p.rol.casefold() for p in network.personen if p.rol)
    counts: Counter[str] = Counter()
    labels = {}
    for person in network.personen:
        if person.rol:
            key = person.rol.casefold()
            counts["rol:" + key] += 1
            number = f" {counts['rol:' + key]}" if shared[key] > 1 else ""
            labels[person.id] = f"{person.rol}{number}"
            continue
        counts[person.sector] += 1
        labels[person.id] = f"{ROLE_WORDS[person.sector]} {counts[person.sector]}"
    return labels


def child_label(network: NetworkMap, *, with_names: bool = True) -> str:
    return (network.kind.naam if with_names else "") or CHILD_WITHOUT_NAME


def age_label(network: NetworkMap) -> str:
    return AGES[network.kind.leeftijd] if network.kind.leeftijd else ""


# The words of the text alternative are copy (content/netwerkkaart/teksten.yaml,
# `description`): each key with the placeholders its text must use.
DESCRIPTION: Mapping[str, frozenset[str]] = {
    "centre": frozenset({"child"}),
    "nobody": frozenset(),
    "ring": frozenset({"ring", "people"}),
    "table": frozenset(),
    "detained": frozenset(),
    "knows": frozenset(),
    "relation": frozenset({"relation"}),
    "no-contact": frozenset(),
}


def describe_map(
    network: NetworkMap, labels: Mapping[str, str], child: str, *, texts: Mapping[str, str]
) -> str:
    """The text alternative of the drawing: who stands where, ring by ring."""
    centre = texts["centre"].format(child=child)
    if not network.personen:
        return f"{centre} {texts['nobody']}"
    parts = [centre]
    for ring, ring_label in RINGS.items():
        people = [p for p in network.personen if p.ring == ring]
        if people:
            listed = "; ".join(_described(p, labels, texts) for p in people)
            parts.append(texts["ring"].format(ring=ring_label.capitalize(), people=listed))
    parts.append(texts["table"])
    return " ".join(parts)


def _described(person: Person, labels: Mapping[str, str], texts: Mapping[str, str]) -> str:
    notes = [SECTORS[person.sector].lower()]
    if person.gedetineerd:
        notes.append(texts["detained"])
    if person.weet_van_detentie:
        notes.append(texts["knows"])
    if person.relatie in ("neutraal", "gespannen"):
        notes.append(texts["relation"].format(relation=RELATIONS[person.relatie]))
    elif person.relatie == "geen-contact":
        notes.append(texts["no-contact"])
    return f"{labels.get(person.id, person.naam)} ({', '.join(notes)})"


def sorted_for_table(network: NetworkMap) -> list[Person]:
    """People by ring (closest first), then sector in drawing order, then as added."""
    order = list(SECTORS)
    return sorted(network.personen, key=lambda p: (p.ring, order.index(p.sector)))


# A note in the PDF is one short paragraph: its line breaks become " / " and it is cut at
# a word with a visible "…". A note of many short lines (or of Chinese characters, with a
# break opportunity after each) would otherwise cost WeasyPrint seconds per person.
PDF_NOTE_CHARS = 160


def short_note(note: str, *, limit: int = PDF_NOTE_CHARS) -> str:
    """A note as the PDF prints it: on one paragraph, at most `limit` characters and "…"."""
    flat = " / ".join(line.strip() for line in note.splitlines() if line.strip())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 3 // 4 else cut).rstrip(" /") + " …"
