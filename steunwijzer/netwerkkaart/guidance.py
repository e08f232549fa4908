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


def what_the_map_shows(network: NetworkMap, *, names: Mapping[str, str]) -> list[Finding]:
    """Findings about a drawn map, in order of weight; `names` are the labels to use."""
    people = network.personen
    if not people:
        return []
    findings = [
        _trusted_person(people, names),
        _detained_parent(people, names),
        _family(people),
        _strained(people, names),
        _empty_sectors(people),
    ]
    return [finding for finding in findings if finding]


def _trusted_person(people: Sequence[Person], names: Mapping[str, str]) -> Finding:
    knowers = [p for p in people if p.weet_van_detentie and not p.gedetineerd]
    trusted = [p for p in knowers if "emotioneel" in p.steun and p.relatie == "positief"]
    items = ("vaste-vertrouwenspersoon",)
    if trusted:
        where = "Bij deze persoon" if len(trusted) == 1 else "Bij hen"
        return Finding(
            "goed",
            f"{_names(trusted, names)} {_verb(trusted, 'weet', 'weten')} dat de ouder in de "
            f"gevangenis zit en {_verb(trusted, 'geeft', 'geven')} emotionele steun. {where} "
            "kan het kind vragen stellen en zijn verhaal kwijt.",
            items,
        )
    if knowers:
        but = "maar geeft nu geen" if len(knowers) == 1 else "maar niemand van hen geeft nu"
        return Finding(
            "aandacht",
            f"{_names(knowers, names)} {_verb(knowers, 'weet', 'weten')} dat de ouder in de "
            f"gevangenis zit, {but} emotionele steun met een positieve band. Wie kan de "
            "vaste vertrouwenspersoon van het kind zijn?",
            items,
        )
    return Finding(
        "aandacht",
        "Niemand op de kaart weet dat de ouder in de gevangenis zit. Met wie kan het kind "
        "erover praten? Zoek samen naar een vaste vertrouwenspersoon.",
        (*items, "praat-er-soms-met-niemand-over"),
    )


def _detained_parent(people: Sequence[Person], names: Mapping[str, str]) -> Finding | None:
    detained = [p for p in people if p.gedetineerd]
    if not detained:
        return Finding(
            "aandacht",
            "Er staat geen ouder in de gevangenis op de kaart. Zet die er ook op, ook als er "
            "geen contact is: het kind kan toch over die ouder willen praten.",
            ("geen-contact-wel-praten",),
        )
    if all(p.relatie == "geen-contact" for p in detained):
        return Finding(
            "aandacht",
            f"Met {_names(detained, names)} is geen contact. Het kind kan toch over deze "
            "ouder willen praten.",
            ("geen-contact-wel-praten",),
        )
    return None


def _family(people: Sequence[Person]) -> Finding:
    close = [
        p
        for p in people
        if p.sector in ("gezin", "familie") and p.relatie == "positief" and not p.gedetineerd
    ]
    if close:
        count = "1 persoon" if len(close) == 1 else f"{len(close)} personen"
        return Finding(
            "goed",
            f"In gezin en familie {'heeft' if len(close) == 1 else 'hebben'} {count} een "
            "positieve band met het kind. Zulke banden helpen een kind veerkrachtig te blijven.",
            ("grootouders-broers-en-zussen",),
        )
    return Finding(
        "aandacht",
        "In gezin en familie staat nog niemand met een positieve band. Is er een opa, oma, "
        "broer of zus bij wie het kind steun vindt?",
        ("grootouders-broers-en-zussen",),
    )


def _strained(people: Sequence[Person], names: Mapping[str, str]) -> Finding | None:
    strained = [p for p in people if p.relatie == "gespannen"]
    if not strained:
        return None
    family = any(p.sector in ("gezin", "familie") for p in strained)
    return Finding(
        "aandacht",
        f"Het contact met {_names(strained, names)} is gespannen. Vraag het kind hoe dat voor "
        "hem of haar is.",
        ("gespannen-relaties-verbeteren",) if family else (),
    )


def _empty_sectors(people: Sequence[Person]) -> Finding | None:
    used = {p.sector for p in people}
    empty = [label.lower() for code, label in SECTORS.items() if code not in used]
    if not empty:
        return None
    return Finding(
        "aandacht",
        f"Bij {_join(empty)} staat nog niemand. Is daar iemand die het kind kent of kan helpen?",
        ("rol-van-scholen",) if "school" not in used else (),
    )


def _names(people: Sequence[Person], names: Mapping[str, str], limit: int = 4) -> str:
    shown = [names.get(p.id, p.naam) for p in people[:limit]]
    if len(people) > limit:
        shown.append(f"nog {len(people) - limit} anderen")
    return _join(shown)


def _join(values: Sequence[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} en {values[-1]}"


def _verb(people: Sequence[Person], one: str, many: str) -> str:
    return one if len(people) == 1 else many
