"""Checks of single fields of the exchange format: each returns (value, problem or None).

Pure. Messages are Dutch and start in lower case: exchange.py puts "Persoon 3, veld ‘naam’:"
in front of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .network import (
    ID_PATTERN,
    MAX_NAME,
    MAX_NOTE,
    MAX_ROLE,
    RELATIONS,
    RINGS,
    SECTORS,
    SUPPORT,
    canonical_support,
    clean_text,
    text_problem,
)

Check = Callable[[Any], tuple[Any, str | None]]


def shown(value: object) -> str:
    """A value quoted for a message, cut short: the message must stay readable."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"‘{text[:30]}…’" if len(text) > 30 else f"‘{text}’"


def text(limit: int, what: str, *, required: bool, multiline: bool = False) -> Check:
    def check(value: object) -> tuple[Any, str | None]:
        if not isinstance(value, str):
            return "", "moet tekst zijn."
        value = clean_text(value)
        if required and not value:
            return value, "is leeg. Vul een voornaam of rol in."
        problem = text_problem(value, limit=limit, what=what, multiline=multiline)
        return value, problem and problem[0].lower() + problem[1:]

    return check


def choice(options: dict) -> Check:
    def check(value: object) -> tuple[Any, str | None]:
        if isinstance(value, str) and value in options:
            return value, None
        listed = ", ".join(f"‘{code}’" for code in options if code)
        return "", f"{shown(value)} kennen we niet. Kies uit {listed}."

    return check


def _check_ring(value: object) -> tuple[Any, str | None]:
    if type(value) is int and value in RINGS:
        return value, None
    return 1, "moet 1, 2 of 3 zijn (1 is heel dichtbij, 3 is verder weg)."


def _check_support(value: object) -> tuple[Any, str | None]:
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        return (), 'moet een lijst zijn, bijvoorbeeld ["emotioneel", "praktisch"].'
    unknown = [code for code in value if code not in SUPPORT]
    if unknown:
        return (), f"{shown(unknown[0])} kennen we niet. Kies uit {', '.join(SUPPORT)}."
    if len(set(value)) < len(value):
        return (), "noemt een soort steun twee keer."
    return canonical_support(value), None


def _check_bool(value: object) -> tuple[Any, str | None]:
    return (value, None) if type(value) is bool else (False, "moet true of false zijn.")


def _check_id(value: object) -> tuple[Any, str | None]:
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return value, None
    return "", "moet een korte code zijn van letters, cijfers, - of _ (hoogstens 20 tekens)."


check_child_name = text(MAX_NAME, "De naam", required=False)
PERSON_CHECKS: dict[str, Check] = {
    "id": _check_id,
    "naam": text(MAX_NAME, "De naam", required=True),
    "sector": choice(SECTORS),
    "ring": _check_ring,
    "steun": _check_support,
    "relatie": choice(RELATIONS),
    "weet_van_detentie": _check_bool,
    "gedetineerd": _check_bool,
    "notitie": text(MAX_NOTE, "De notitie", required=False, multiline=True),
    "rol": text(MAX_ROLE, "De rol", required=False),
}
# Version 1 of the format had no role: there `rol` is an unknown field.
PERSON_CHECKS_V1: dict[str, Check] = {k: v for k, v in PERSON_CHECKS.items() if k != "rol"}
