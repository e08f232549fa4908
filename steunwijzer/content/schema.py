"""The shape of each kind of content record, and the check of one record against it.

Pure: no Django, no files. `loading.py` reads the files and applies these schemas.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from steunwijzer import vocabulary

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
# The code lists content fields may use (spelled in steunwijzer/vocabulary.py).
ROLES = frozenset(vocabulary.ROLES.codes)
AUDIENCES = frozenset(vocabulary.AUDIENCES.codes)
PHASES = frozenset(vocabulary.PHASES.codes)
RESOURCE_TYPES = frozenset(vocabulary.RESOURCE_TYPES.codes)
ITEM_KINDS = frozenset(vocabulary.ITEM_KINDS.codes)
THEME_GROUPS = frozenset(vocabulary.THEME_GROUPS.codes)
TOOLS = frozenset(vocabulary.TOOLS.codes)
SOURCE_KINDS = frozenset(vocabulary.SOURCE_KINDS.codes)


@dataclass(frozen=True)
class ContentError:
    """One problem in the content files: where it is and what is wrong."""

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: item '{self.item}': field '{self.field}': {self.message}"


@dataclass(frozen=True)
class Field:
    """A field of a record: its type and the constraints on its value."""

    name: str
    type: type
    required: bool = True
    choices: frozenset[str] | None = None
    max_length: int | None = None
    pattern: re.Pattern[str] | None = None
    default: Any = None
    non_empty: bool = False


def slug_field(name: str = "slug", **kwargs: Any) -> Field:
    return Field(name, str, pattern=SLUG, max_length=80, **kwargs)


@dataclass
class Checker:
    """Collects errors while records of one file are checked."""

    file: str
    errors: list[ContentError] = field(default_factory=list)

    def error(self, item: str, field_name: str, message: str) -> None:
        self.errors.append(ContentError(self.file, item, field_name, message))

    def record(self, raw: Any, fields: list[Field], *, item: str) -> dict[str, Any] | None:
        """Check one record against its fields; the cleaned values, or None if invalid."""
        if not isinstance(raw, dict):
            self.error(item, "-", "expected a mapping of fields")
            return None
        before = len(self.errors)
        known = {f.name for f in fields}
        for name in raw:
            if name not in known:
                self.error(item, str(name), "unknown field")
        cleaned = {f.name: self._value(raw, f, item=item) for f in fields}
        return cleaned if len(self.errors) == before else None

    def _value(self, raw: dict[str, Any], spec: Field, *, item: str) -> Any:
        value = raw.get(spec.name)
        if value is None or value == "":
            if spec.required:
                self.error(item, spec.name, "is required")
            return [] if spec.type is list and spec.default is None else spec.default
        if spec.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if spec.type is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            self.error(item, spec.name, f"expected {_type_name(spec.type)}, got {value!r}")
            return None
        for problem in _problems(value, spec):
            self.error(item, spec.name, problem)
        return value.strip() if isinstance(value, str) else value


def _problems(value: Any, spec: Field) -> list[str]:
    values = value if isinstance(value, list) else [value]
    problems = []
    if isinstance(value, list) and spec.non_empty and not value:
        problems.append("needs at least one value")
    if isinstance(value, list) and len(set(map(repr, value))) != len(value):
        problems.append("has a value twice")
    for one in values:
        if spec.choices is not None and one not in spec.choices:
            problems.append(f"{one!r} is not one of: {', '.join(sorted(spec.choices))}")
        elif spec.pattern is not None and not (
            isinstance(one, str) and spec.pattern.fullmatch(one)
        ):
            problems.append(f"{one!r} is not valid")
        if spec.max_length is not None and isinstance(one, str) and len(one) > spec.max_length:
            problems.append(f"is longer than {spec.max_length} characters")
    return problems


def _type_name(kind: type) -> str:
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false"}.get(
        kind, "a list"
    )
