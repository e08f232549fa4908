"""The reader of the visit booklet, the child pages and the help lines.

Pure: no Django. `read_voorkind` validates content/bezoek/, content/voor-kinderen/ and
content/hulp/ against their fields and against the core content's sources, and returns a
`VoorKindContent`; every problem names file, item and field. A content folder without
these folders has none of them (not an error). The formats are in docs/bezoek.md and
docs/voor-kinderen.md.
"""

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from steunwijzer.content.loading import Content, read_records
from steunwijzer.content.records import build
from steunwijzer.content.schema import SLUG, URL, Checker, ContentError, Field, slug_field

from .choice import AGES, CODES
from .pictures import PICTURES
from .words import placeholders

BOOKLET_KINDS = frozenset({"moment", "invullen", "wat-als"})
# Keys of a text by age: one age group, or several that share the text.
AGE_KEYS: dict[str, frozenset[str]] = {
    **{age: frozenset({age}) for age in AGES},
    "4-11": frozenset({"4-7", "8-11"}),
    "8-17": frozenset({"8-11", "12-17"}),
    "4-17": frozenset(AGES) - {"0-3"},
    "alle": frozenset(AGES),
}
PICTURE = frozenset(PICTURES)
BOOKLET_FIELDS = [
    slug_field(),
    Field("kind", str, choices=BOOKLET_KINDS),
    Field("title", str, max_length=80),
    Field("when", dict, required=False, default=None),
    Field("text", dict),
    Field("items", list, required=False),
    Field("note", str, max_length=400),
    Field("picture", str, choices=PICTURE),
    Field("lines", int, required=False, default=0),
    Field("drawing", bool, required=False, default=False),
    Field("sources", list, required=False, pattern=SLUG),
]
ITEM_FIELDS = [Field("title", str, max_length=80), Field("text", dict)]
RULE_FIELDS = [
    slug_field(),
    Field("text", str, max_length=300),
    Field("when", dict, required=False, default=None),
    Field("source", str, pattern=SLUG),
    Field("checked", datetime.date, required=False, default=None),
]
CHILD_PAGE_FIELDS = [
    slug_field(),
    Field("title", str, max_length=80),
    Field("summary", str, max_length=160),
    Field("body", str),
    Field("picture", str, choices=PICTURE),
    Field("helplines", list, required=False, pattern=SLUG),
    Field("sources", list, non_empty=True, pattern=SLUG),
]
HELPLINE_FIELDS = [
    slug_field(),
    Field("name", str, max_length=80),
    Field("number", str, required=False, default="", max_length=20),
    Field("hours", str, max_length=120),
    Field("audience", str, max_length=160),
    Field("description", str, max_length=400),
    Field("url", str, required=False, default="", pattern=URL),
    Field("urgent", bool, required=False, default=False),
    Field("source", str, pattern=SLUG),
    Field("checked", datetime.date, required=False, default=None),
]
FILES = {
    "booklet": ("bezoek", "boekje.yaml", "pages", BOOKLET_FIELDS),
    "rules": ("bezoek", "regels.yaml", "rules", RULE_FIELDS),
    "child_pages": ("voor-kinderen", "paginas.yaml", "pages", CHILD_PAGE_FIELDS),
    "helplines": ("hulp", "hulplijnen.yaml", "helplines", HELPLINE_FIELDS),
}


@dataclass(frozen=True)
class BookletPageRecord:
    """A page of the visit booklet: texts by age (`text`, and per item), when it applies."""

    slug: str
    kind: str
    title: str
    when: Mapping[str, Any] | None
    text: Mapping[str, str]
    items: tuple[Mapping[str, Any], ...]
    note: str
    picture: str
    lines: int
    drawing: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class VisitRuleRecord:
    """A general visiting rule of the carer's checklist, with its source and check date."""

    slug: str
    text: str
    when: Mapping[str, Any] | None
    source: str
    checked: datetime.date | None


@dataclass(frozen=True)
class ChildPageRecord:
    slug: str
    title: str
    summary: str
    body: str
    picture: str
    helplines: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class HelpLineRecord:
    slug: str
    name: str
    number: str
    hours: str
    audience: str
    description: str
    url: str
    urgent: bool
    source: str
    checked: datetime.date | None


RECORDS: dict[str, type] = {
    "booklet": BookletPageRecord,
    "rules": VisitRuleRecord,
    "child_pages": ChildPageRecord,
    "helplines": HelpLineRecord,
}


@dataclass(frozen=True)
class VoorKindContent:
    """The validated records, in file order (empty for absent folders)."""

    booklet: tuple[BookletPageRecord, ...] = ()
    rules: tuple[VisitRuleRecord, ...] = ()
    child_pages: tuple[ChildPageRecord, ...] = ()
    helplines: tuple[HelpLineRecord, ...] = ()


def read_voorkind(*, path: Path, content: Content, errors: list[ContentError]) -> VoorKindContent:
    """The booklet, child pages and help lines below `path`; every problem goes to `errors`.

    `steunwijzer/load.py` calls it once the core content is valid (it checks sources).
    """
    found: list[ContentError] = []
    records: dict[str, tuple[Any, ...]] = {}
    for key, (folder, file, list_key, fields) in FILES.items():
        records[key] = ()
        if (path / folder).is_dir():
            name = f"{folder}/{file}"
            raw = read_records(path / folder / file, list_key, fields, found, name=name)
            records[key] = tuple(build(RECORDS[key], values) for values in raw)
    result = VoorKindContent(**records)
    if not found:
        found += check(result, sources={source.slug for source in content.sources})
    errors += found
    return result


def check(data: VoorKindContent, *, sources: set[str]) -> list[ContentError]:
    """Checks across records: unique slugs, known references, texts for every age."""
    errors: list[ContentError] = []
    names = {key: f"{folder}/{file}" for key, (folder, file, _, _) in FILES.items()}
    helplines = {line.slug for line in data.helplines}
    for key in FILES:
        records = getattr(data, key)
        for slug, count in Counter(r.slug for r in records).items():
            if count > 1:
                errors.append(ContentError(names[key], slug, "slug", "is used twice"))
    booklet = Checker(names["booklet"])
    for page in data.booklet:
        ages = _when(booklet, page.slug, page.when)
        _text(booklet, page.slug, "text", page.text, ages)
        if page.kind in {"moment", "wat-als"} and not page.sources:
            booklet.error(page.slug, "sources", "a page with facts needs a source")
        if page.kind == "wat-als" and not page.items:
            booklet.error(page.slug, "items", "a 'wat-als' page needs items")
        for number, raw in enumerate(page.items, 1):
            item = booklet.record(raw, ITEM_FIELDS, item=f"{page.slug} item {number}")
            if item is not None:
                _text(booklet, f"{page.slug} item {number}", "text", item["text"], ages)
        _placeholders(booklet, page.slug, "note", page.note)
        _missing(booklet, page.slug, "sources", page.sources, sources, "source")
    rules = Checker(names["rules"])
    for rule in data.rules:
        _when(rules, rule.slug, rule.when)
        _missing(rules, rule.slug, "source", [rule.source], sources, "source")
    pages = Checker(names["child_pages"])
    for child_page in data.child_pages:
        slug = child_page.slug
        _missing(pages, slug, "sources", child_page.sources, sources, "source")
        _missing(pages, slug, "helplines", child_page.helplines, helplines, "help line")
    lines = Checker(names["helplines"])
    for line in data.helplines:
        _missing(lines, line.slug, "source", [line.source], sources, "source")
        if line.number and not any(c.isdigit() for c in line.number):
            lines.error(line.slug, "number", "has no digits")
    for checker in (booklet, rules, pages, lines):
        errors += checker.errors
    return errors


def _when(checker: Checker, item: str, when: Mapping[str, Any] | None) -> frozenset[str]:
    """Check a `when` mapping (parameter -> codes); the ages it leaves."""
    for parameter, values in (when or {}).items():
        if parameter not in CODES:
            checker.error(item, "when", f"unknown question {parameter!r}")
        elif not isinstance(values, list) or not values:
            checker.error(item, "when", f"{parameter}: expected a list of answers")
        else:
            for value in values:
                if value not in CODES[parameter]:
                    checker.error(item, "when", f"{parameter}: unknown answer {value!r}")
    ages = (when or {}).get("leeftijd")
    return frozenset(ages) if isinstance(ages, list) else frozenset(AGES)


def _text(
    checker: Checker, item: str, name: str, text: Mapping[str, Any], ages: frozenset[str]
) -> None:
    """A text by age: known keys, each age it applies to covered exactly once."""
    covered: Counter[str] = Counter()
    for key, value in text.items():
        if key not in AGE_KEYS:
            checker.error(item, name, f"unknown age key {key!r} (use {', '.join(AGE_KEYS)})")
            continue
        if not isinstance(value, str) or not value.strip():
            checker.error(item, name, f"{key}: expected text")
            continue
        covered.update(AGE_KEYS[key])
        _placeholders(checker, item, f"{name}.{key}", value)
    for age in sorted(ages):
        if covered[age] == 0:
            checker.error(item, name, f"no text for age {age}")
        elif covered[age] > 1:
            checker.error(item, name, f"age {age} has more than one text")


def _placeholders(checker: Checker, item: str, name: str, text: str) -> None:
    for unknown in placeholders(text):
        checker.error(item, name, f"unknown placeholder {{{unknown}}}")


def _missing(
    checker: Checker, item: str, name: str, values: Iterable[str], known: set[str], what: str
) -> None:
    for value in values:
        if value not in known:
            checker.error(item, name, f"unknown {what} {value!r}")
