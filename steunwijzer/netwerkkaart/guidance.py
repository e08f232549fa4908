"""What to ask while drawing the map, and what the map shows once drawn. Pure: no Django.

The advice rests on the infographic (docs/netwerkkaart.md, "Guidance"): a steady trusted
person the child can talk to, knowing who knows, support from grandparents and siblings.
Prompts and findings name knowledge items by slug; the view turns slugs into links.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import SECTORS, NetworkMap, Person


@dataclass(frozen=True)
class Prompt:
    question: str
    hint: str
    items: tuple[str, ...] = ()
    child_page: str = ""  # slug of a page for children (/voor-kinderen/<slug>/) to show


@dataclass(frozen=True)
class Finding:
    tone: str  # "goed" (a strength) or "aandacht" (worth a conversation)
    text: str
    items: tuple[str, ...] = ()


WHY = "netwerkkaart-maken"  # the advice this tool follows
# The items the findings below link to. The prompts to ask while drawing, and the tips, are
# copy: content/netwerkkaart/teksten.yaml (read by `prompts.py`, links checked on load).
ITEM_SLUGS = sorted(
    {WHY, "vaste-vertrouwenspersoon", "gespannen-relaties-verbeteren", "rol-van-scholen"}
    | {"grootouders-broers-en-zussen", "praat-er-soms-met-niemand-over"}
    | {"geen-contact-wel-praten"}
)


# The findings' texts are copy (content/netwerkkaart/teksten.yaml, `findings`): each key
# with the placeholders its text must use, filled in here with the people of the map.
FINDINGS: Mapping[str, frozenset[str]] = {
    "trusted-one": frozenset({"names"}),
    "trusted-many": frozenset({"names"}),
    "knowers-one": frozenset({"names"}),
    "knowers-many": frozenset({"names"}),
    "nobody-knows": frozenset(),
    "no-detained-parent": frozenset(),
    "no-contact": frozenset({"names"}),
    "family-one": frozenset(),
    "family-many": frozenset({"count"}),
    "no-family": frozenset(),
    "strained": frozenset({"names"}),
    "empty-sectors": frozenset({"sectors"}),
}


def what_the_map_shows(
    network: NetworkMap, *, names: Mapping[str, str], texts: Mapping[str, str]
) -> list[Finding]:
    """Findings about a drawn map, in order of weight; `names` are the labels to use and
    `texts` the findings' texts by key (see FINDINGS)."""
    people = network.personen
    if not people:
        return []
    findings = [
        _trusted_person(people, names, texts),
        _detained_parent(people, names, texts),
        _family(people, texts),
        _strained(people, names, texts),
        _empty_sectors(people, texts),
    ]
    return [finding for finding in findings if finding]


def _trusted_person(
    people: Sequence[Person], names: Mapping[str, str], texts: Mapping[str, str]
) -> Finding:
    knowers = [p for p in people if p.weet_van_detentie and not p.gedetineerd]
    trusted = [p for p in knowers if "emotioneel" in p.steun and p.relatie == "positief"]
    items = ("vaste-vertrouwenspersoon",)
    if trusted:
        text = texts[_one_or_many("trusted", trusted)]
        return Finding("goed", text.format(names=_names(trusted, names)), items)
    if knowers:
        text = texts[_one_or_many("knowers", knowers)]
        return Finding("aandacht", text.format(names=_names(knowers, names)), items)
    return Finding("aandacht", texts["nobody-knows"], (*items, "praat-er-soms-met-niemand-over"))


def _detained_parent(
    people: Sequence[Person], names: Mapping[str, str], texts: Mapping[str, str]
) -> Finding | None:
    detained = [p for p in people if p.gedetineerd]
    if not detained:
        return Finding("aandacht", texts["no-detained-parent"], ("geen-contact-wel-praten",))
    if all(p.relatie == "geen-contact" for p in detained):
        text = texts["no-contact"].format(names=_names(detained, names))
        return Finding("aandacht", text, ("geen-contact-wel-praten",))
    return None


def _family(people: Sequence[Person], texts: Mapping[str, str]) -> Finding:
    close = [
        p
        for p in people
        if p.sector in ("gezin", "familie") and p.relatie == "positief" and not p.gedetineerd
    ]
    if close:
        text = texts[_one_or_many("family", close)].format(count=len(close))
        return Finding("goed", text, ("grootouders-broers-en-zussen",))
    return Finding("aandacht", texts["no-family"], ("grootouders-broers-en-zussen",))


def _strained(
    people: Sequence[Person], names: Mapping[str, str], texts: Mapping[str, str]
) -> Finding | None:
    strained = [p for p in people if p.relatie == "gespannen"]
    if not strained:
        return None
    family = any(p.sector in ("gezin", "familie") for p in strained)
    return Finding(
        "aandacht",
        texts["strained"].format(names=_names(strained, names)),
        ("gespannen-relaties-verbeteren",) if family else (),
    )


def _empty_sectors(people: Sequence[Person], texts: Mapping[str, str]) -> Finding | None:
    used = {p.sector for p in people}
    empty = [label.lower() for code, label in SECTORS.items() if code not in used]
    if not empty:
        return None
    return Finding(
        "aandacht",
        texts["empty-sectors"].format(sectors=_join(empty)),
        ("rol-van-scholen",) if "school" not in used else (),
    )


def _one_or_many(key: str, people: Sequence[Person]) -> str:
    return f"{key}-one" if len(people) == 1 else f"{key}-many"


def _names(people: Sequence[Person], names: Mapping[str, str], limit: int = 4) -> str:
    shown = [names.get(p.id, p.naam) for p in people[:limit]]
    if len(people) > limit:
        shown.append(f"nog {len(people) - limit} anderen")
    return _join(shown)


def _join(values: Sequence[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} en {values[-1]}"
