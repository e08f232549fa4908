"""The role pages' texts: content/rollen.yaml, read and checked. Pure: no Django.

Every role of the vocabulary needs one heading ("Voor scholen": the role page's title,
and how the advice pages name the role) and one intro; an unknown or repeated role is an
error naming file, item and field. The texts travel to the database as flat keys
(`rol.<code>.heading`, `rol.<code>.intro`). The format is documented in
docs/content-format.md, "Texts".
"""

from collections.abc import Mapping
from pathlib import Path

from steunwijzer import vocabulary

from .loading import read_records
from .schema import ContentError, Field

FILE = "rollen.yaml"
PREFIX = "rol."
ROLE_FIELDS = [
    Field("role", str, choices=frozenset(vocabulary.ROLES.codes)),
    Field("heading", str, max_length=60),
    Field("intro", str, max_length=300),
]


def read_role_intros(*, path: Path) -> tuple[dict[str, str], list[ContentError]]:
    """The intro of each role as flat keys, and every problem (none without the file)."""
    errors: list[ContentError] = []
    if not (path / FILE).exists():
        return {}, errors
    records = read_records(path / FILE, "roles", ROLE_FIELDS, errors, name=FILE)
    texts: dict[str, str] = {}
    for record in records:
        key = f"{PREFIX}{record['role']}.intro"
        if key in texts:
            errors.append(ContentError(FILE, record["role"], "role", "this role is listed twice"))
        texts[key] = record["intro"]
        texts[f"{PREFIX}{record['role']}.heading"] = record["heading"]
    if not errors:
        errors += [
            ContentError(FILE, str(code), "role", "this role has no intro")
            for code in vocabulary.ROLES
            if f"{PREFIX}{code}.intro" not in texts
        ]
    return (texts if not errors else {}), errors


def role_heading(texts: Mapping[str, str], role: str) -> str:
    """The role's heading ("Voor scholen"); its short label for content without one."""
    return texts.get(f"{PREFIX}{role}.heading", vocabulary.ROLES.label(role))


def role_intro(texts: Mapping[str, str], role: str) -> str:
    """The role's intro; "" for content without role intros (a test folder), never an error."""
    return texts.get(f"{PREFIX}{role}.intro", "")
