"""The network map as data: the child, the people around them, and immutable edits.

Pure Python (no Django). The vocabulary here is the public exchange format
"steunwijzer-netwerkkaart" version 2 (docs/netwerkkaart.md); `exchange` reads and writes
it. Problems are reported in Dutch and name the field they are about, for the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from steunwijzer import vocabulary

MAX_PEOPLE = 60
MAX_NAME = 40
MAX_ROLE = 30  # "oma", "juf", "buurvrouw": what the copy without names shows
MAX_NOTE = 500

# Codes are the contract; labels are what the page shows. Order is the drawing order.
# Both are spelled once, in steunwijzer/vocabulary.py.
SECTORS: dict[str, str] = {str(code): label for code, label in vocabulary.SECTORS.choices()}
RINGS: dict[int, str] = {int(code): label for code, label in vocabulary.RINGS.choices()}
SUPPORT: dict[str, str] = {str(code): label for code, label in vocabulary.SUPPORT.choices()}
RELATIONS: dict[str, str] = {str(code): label for code, label in vocabulary.RELATIONS.choices()}
AGES: dict[str, str] = {
    "": "niet ingevuld",
    **{str(code): label for code, label in vocabulary.AGES.choices()},
}
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,20}")
# Line breaks and tabs are fine in a note; other control characters break files and SVG.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
# Embeddings, overrides and isolates turn the text after them around on the page, in the
# table and in the PDF ("\u202eAMO" shows as "OMA"): never part of a name or note.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class MapProblem:
    """One thing wrong with a map: the field (a path like `personen[2].naam`) and why."""

    field: str
    message: str


class MapError(ValueError):
    """A map that cannot be used; `problems` says what is wrong, field by field."""

    def __init__(self, problems: list[MapProblem]):
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class Child:
    naam: str = ""
    leeftijd: str = ""


@dataclass(frozen=True)
class Person:
    id: str
    naam: str
    sector: str
    ring: int
    steun: tuple[str, ...] = ()
    relatie: str = "neutraal"
    weet_van_detentie: bool = False
    gedetineerd: bool = False
    notitie: str = ""
    rol: str = ""


@dataclass(frozen=True)
class NetworkMap:
    kind: Child = field(default_factory=Child)
    personen: tuple[Person, ...] = ()

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.personen if p.id == person_id), None)


def text_problem(value: str, *, limit: int, what: str, multiline: bool = False) -> str | None:
    """Why `value` cannot be a name or note (Dutch), or None when it is fine."""
    if len(value) > limit:
        return f"{what} is {len(value)} tekens lang. Dat mag hoogstens {limit} zijn."
    allowed = value.replace("\n", "").replace("\t", "") if multiline else value
    if _FORBIDDEN.search(allowed) or (not multiline and ("\n" in value or "\t" in value)):
        return f"{what} bevat een teken dat niet kan, zoals een regeleinde of stuurteken."
    if _BIDI_CONTROLS.search(value):
        return (
            f"{what} bevat een onzichtbaar teken dat de leesrichting van de tekst omdraait. "
            "Typ de tekst opnieuw, zonder te kopiëren en plakken."
        )
    return None


def clean_text(value: str) -> str:
    """Text as the map keeps it: NFC, no surrounding spaces, Unix line breaks."""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return value.strip()


def canonical_support(codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Support codes in the fixed P, G, A, E order, each once."""
    return tuple(code for code in SUPPORT if code in codes)


def next_person_id(network: NetworkMap) -> str:
    """The lowest free id of the form p<number>."""
    taken = {p.id for p in network.personen}
    number = 1
    while f"p{number}" in taken:
        number += 1
    return f"p{number}"


def add_person(network: NetworkMap, person: Person) -> NetworkMap:
    """The map with `person` added at the end (raises MapError when the map is full)."""
    if len(network.personen) >= MAX_PEOPLE:
        raise MapError(
            [
                MapProblem(
                    "personen", f"De kaart is vol: er passen hoogstens {MAX_PEOPLE} personen op."
                )
            ]
        )
    if network.person(person.id):
        raise MapError([MapProblem("id", "Deze persoon staat al op de kaart.")])
    return replace(network, personen=(*network.personen, person))


def replace_person(network: NetworkMap, person: Person) -> NetworkMap:
    """The map with the person of the same id replaced by `person`, in place."""
    _require(network, person.id)
    return replace(
        network,
        personen=tuple(person if p.id == person.id else p for p in network.personen),
    )


def move_person(network: NetworkMap, person_id: str, *, sector: str, ring: int) -> NetworkMap:
    """The map with one person moved to another sector and ring."""
    return replace_person(network, replace(_require(network, person_id), sector=sector, ring=ring))


def remove_person(network: NetworkMap, person_id: str) -> NetworkMap:
    _require(network, person_id)
    return replace(network, personen=tuple(p for p in network.personen if p.id != person_id))


def _require(network: NetworkMap, person_id: str) -> Person:
    person = network.person(person_id)
    if person is None:
        raise MapError([MapProblem("id", "Deze persoon staat niet (meer) op de kaart.")])
    return person
