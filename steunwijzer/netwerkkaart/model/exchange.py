"""Read and write the exchange format "steunwijzer-netwerkkaart" (a public contract).

Pure Python. `parse_map` checks a decoded JSON value field by field and reports each
problem in Dutch, naming the person and the field; `map_to_dict` writes the same shape
back, so `parse_map(map_to_dict(m)) == m` for every valid map. The format is described in
docs/netwerkkaart.md; a change to it is a new version.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .checks import PERSON_CHECKS, PERSON_CHECKS_V1, Check, check_child_name, choice, shown
from .network import AGES, MAX_PEOPLE, Child, MapError, MapProblem, NetworkMap, Person

FORMAT = "steunwijzer-netwerkkaart"
VERSION = 2  # version 2 added the optional role per person (`rol`)
VERSIONS = (1, 2)  # what opens; writing always gives VERSION
TOP_FIELDS = ("format", "version", "kind", "personen")
CHILD_FIELDS = ("naam", "leeftijd")
REQUIRED_PERSON_FIELDS = ("id", "naam", "sector", "ring")
NOT_JSON = (
    "Dit bestand kan niet worden gelezen: het is geen JSON-bestand. "
    "Kies een netwerkkaart die je eerder op deze website hebt opgeslagen."
)
NOT_A_MAP = "Dit bestand is geen netwerkkaart van Steunwijzer."
# A map nests four levels deep (map, people, person, support); JSON nested far deeper would
# overflow the stack of the parser or of a message that quotes the value.
MAX_DEPTH = 16
TOO_DEEP = (
    "Dit bestand kan niet worden gelezen: de gegevens zitten te diep in elkaar (te veel "
    "haakjes binnen haakjes). Kies een netwerkkaart die je eerder op deze website hebt "
    "opgeslagen."
)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


class TooDeep(ValueError):
    """JSON text nested deeper than MAX_DEPTH."""


def load_map(text: str) -> NetworkMap:
    """A map from JSON text: the hidden field of the page, or the content of a file."""
    try:
        data = decode_json(text)
    except TooDeep:
        raise MapError([MapProblem("", TOO_DEEP)]) from None
    except (ValueError, RecursionError):
        raise MapError([MapProblem("", NOT_JSON)]) from None
    return parse_map(data)


def decode_json(text: str) -> object:
    """The JSON value of `text`; ValueError also for text that is not valid Unicode.

    JSON may spell a lone surrogate (`"\\ud800"`) that no UTF-8 page or file can hold; such
    a value would break every answer that echoes it, so it is refused here, once. Text
    nested deeper than MAX_DEPTH raises TooDeep before it is parsed.
    """
    if nesting_depth(text) > MAX_DEPTH:
        raise TooDeep(TOO_DEEP)
    data = json.loads(text)
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # UnicodeEncodeError is a ValueError
    return data


def nesting_depth(text: str, *, stop: int = MAX_DEPTH) -> int:
    """How deep brackets nest in JSON text (outside strings); counting stops past `stop`."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > stop:
                break
    return deepest


def parse_map(data: object) -> NetworkMap:
    """A map from a decoded JSON value, or MapError listing every problem."""
    if not isinstance(data, dict):
        raise MapError([MapProblem("", NOT_A_MAP)])
    version = _check_header(data)
    problems = _unknown_fields(data, TOP_FIELDS, "", "Het bestand")
    child = _parse_child(data.get("kind", {}), problems)
    checks = PERSON_CHECKS if version >= 2 else PERSON_CHECKS_V1
    people = _parse_people(data, checks, problems)
    if problems:
        raise MapError(problems)
    return NetworkMap(kind=child, personen=people)


def map_to_dict(network: NetworkMap) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": {"naam": network.kind.naam, "leeftijd": network.kind.leeftijd},
        "personen": [
            {
                "id": p.id,
                "naam": p.naam,
                "sector": p.sector,
                "ring": p.ring,
                "steun": list(p.steun),
                "relatie": p.relatie,
                "weet_van_detentie": p.weet_van_detentie,
                "gedetineerd": p.gedetineerd,
                "notitie": p.notitie,
                "rol": p.rol,
            }
            for p in network.personen
        ],
    }


def map_to_json(network: NetworkMap, *, pretty: bool = False) -> str:
    """JSON text of the map: indented for a file, compact for the page's hidden field."""
    if pretty:
        return json.dumps(map_to_dict(network), ensure_ascii=False, indent=2) + "\n"
    return json.dumps(map_to_dict(network), ensure_ascii=False, separators=(",", ":"))


def _check_header(data: dict) -> int:
    fmt, version = data.get("format"), data.get("version")
    if fmt != FORMAT:
        found = "het ontbreekt" if fmt is None else f"gevonden: {shown(fmt)}"
        message = f"Veld ‘format’: dit is geen netwerkkaart van Steunwijzer ({found})."
        raise MapError([MapProblem("format", message)])
    if type(version) is not int:
        message = "Veld ‘version’ ontbreekt of is geen heel getal."
    elif version > VERSION:
        message = (
            f"Veld ‘version’: dit bestand heeft versie {version} en komt uit een nieuwere "
            f"Steunwijzer. Deze website kan versie {VERSIONS[0]} tot en met {VERSION} openen."
        )
    elif version < 1:
        message = f"Veld ‘version’: versie {version} bestaat niet."
    else:
        return version
    raise MapError([MapProblem("version", message)])


def _parse_child(raw: object, problems: list[MapProblem]) -> Child:
    if not isinstance(raw, dict):
        problems.append(
            MapProblem("kind", "Veld ‘kind’ moet een object zijn met ‘naam’ en ‘leeftijd’.")
        )
        return Child()
    problems += _unknown_fields(raw, CHILD_FIELDS, "kind", "Kind")
    checks: dict[str, Check] = {"naam": check_child_name, "leeftijd": choice(AGES)}
    values = _check_fields(raw, checks, "kind", "Kind", problems)
    return Child(naam=values.get("naam", ""), leeftijd=values.get("leeftijd", ""))


def _parse_people(
    data: dict, checks: dict[str, Check], problems: list[MapProblem]
) -> tuple[Person, ...]:
    raw = data.get("personen")
    if not isinstance(raw, list):
        problems.append(MapProblem("personen", "Veld ‘personen’ ontbreekt of is geen lijst."))
        return ()
    if len(raw) > MAX_PEOPLE:
        raise MapError(
            [
                MapProblem(
                    "personen",
                    f"Veld ‘personen’: er staan {len(raw)} personen in dit bestand. "
                    f"Op een netwerkkaart passen er hoogstens {MAX_PEOPLE}.",
                )
            ]
        )
    people = [_parse_person(item, index, checks, problems) for index, item in enumerate(raw)]
    seen: set[str] = set()
    for index, person in enumerate(people):
        if person is not None and person.id in seen:
            problems.append(
                MapProblem(
                    f"personen[{index}].id",
                    f"Persoon {index + 1}, veld ‘id’: {shown(person.id)} komt al eerder voor.",
                )
            )
        seen.add(person.id if person else "")
    return tuple(p for p in people if p is not None)


def _parse_person(
    raw: object, index: int, checks: dict[str, Check], problems: list[MapProblem]
) -> Person | None:
    path, label = f"personen[{index}]", f"Persoon {index + 1}"
    if not isinstance(raw, dict):
        problems.append(
            MapProblem(path, f"{label} is geen object met velden als ‘naam’ en ‘ring’.")
        )
        return None
    before = len(problems)
    problems += _unknown_fields(raw, tuple(checks), path, label)
    for name in REQUIRED_PERSON_FIELDS:
        if name not in raw:
            problems.append(MapProblem(f"{path}.{name}", f"{label}: het veld ‘{name}’ ontbreekt."))
    values = _check_fields(raw, checks, path, label, problems)
    return None if len(problems) > before else Person(**values)


def _check_fields(
    raw: dict, checks: dict[str, Check], path: str, label: str, problems: list[MapProblem]
) -> dict[str, Any]:
    values = {}
    for name, check in checks.items():
        if name in raw:
            value, message = check(raw[name])
            if message:
                problems.append(MapProblem(f"{path}.{name}", f"{label}, veld ‘{name}’: {message}"))
            values[name] = value
    return values


def _unknown_fields(raw: dict, known: tuple[str, ...], path: str, label: str) -> list[MapProblem]:
    return [
        MapProblem(
            f"{path}.{key}" if path else str(key),
            f"{label}: het veld {shown(key)} kennen we niet.",
        )
        for key in raw
        if key not in known
    ]
