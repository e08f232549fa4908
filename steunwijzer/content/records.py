"""The content records as the loader hands them on: typed, frozen, in file order.

Pure: no Django. `loading.py` checks each raw record with `schema.Checker` against its
fields (SOURCE_FIELDS, THEME_FIELDS, ...) and builds one of these from the cleaned values
with `build`; the field names of each list and of its record class are the same (a test
holds them together). Lists become tuples, so a record cannot change after it was checked.
"""

from dataclasses import dataclass, fields
from typing import Any, TypeVar

Record = TypeVar("Record")


@dataclass(frozen=True)
class SourceRecord:
    slug: str
    title: str
    organisation: str
    year: int
    kind: str
    url: str
    description: str


@dataclass(frozen=True)
class ItemRecord:
    """A knowledge item; it belongs to the theme whose file lists it."""

    slug: str
    title: str
    kind: str
    body: str
    source: str
    section: str
    resources: tuple[str, ...]
    verified: bool


@dataclass(frozen=True)
class ThemeRecord:
    """A theme with its items, and the file it came from (errors name that file)."""

    slug: str
    title: str
    order: int
    summary: str
    group: str
    intro: str
    roles: tuple[str, ...]
    related: tuple[str, ...]
    tools: tuple[str, ...]
    items: tuple[ItemRecord, ...]
    file: str


@dataclass(frozen=True)
class FootnoteRecord:
    number: int
    text: str


@dataclass(frozen=True)
class FigureRecord:
    slug: str
    label: str
    value: str
    low: float
    high: float | None
    unit: str
    period: str
    definition: str
    footnotes: tuple[int, ...]
    theme: str
    chart: str
    note: str
    source: str
    section: str
    verified: bool


@dataclass(frozen=True)
class ResourceRecord:
    slug: str
    title: str
    organisation: str
    what: str
    for_whom: str
    description: str
    audiences: tuple[str, ...]
    phases: tuple[str, ...]
    type: str
    url: str
    language: str
    themes: tuple[str, ...]
    source: str
    section: str


def build(kind: type[Record], values: dict[str, Any], **extra: Any) -> Record:
    """A record of `kind` from a checker's cleaned values (lists become tuples)."""
    frozen = {name: tuple(v) if isinstance(v, list) else v for name, v in values.items()}
    return kind(**frozen, **extra)


def columns(record: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The record's fields by name, without those in `skip` (for writing a row)."""
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in skip}
