"""Checks across content records: unique slugs and references that resolve."""

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .schema import ContentError

if TYPE_CHECKING:
    from .loading import Content


def check_references(content: "Content") -> list[ContentError]:
    """Every problem of uniqueness and reference in otherwise valid content."""
    errors: list[ContentError] = []
    items = [(theme.file, item) for theme in content.themes for item in theme.items]
    errors += _duplicates("sources.yaml", content.sources, "slug")
    errors += _duplicates_across([(t.file, t) for t in content.themes], "slug")
    errors += _duplicates_across(items, "slug")
    errors += _duplicates("figures.yaml", content.footnotes, "number")
    errors += _duplicates("figures.yaml", content.figures, "slug")
    errors += _duplicates("resources.yaml", content.resources, "slug")

    sources = {s.slug for s in content.sources}
    themes = {t.slug for t in content.themes}
    resources = {r.slug for r in content.resources}
    footnotes = {f.number for f in content.footnotes}
    for theme in content.themes:
        errors += _missing(theme.file, theme, "related", themes - {theme.slug}, "theme")
    for file, item in items:
        errors += _missing(file, item, "source", sources, "source")
        errors += _missing(file, item, "resources", resources, "resource")
    for figure in content.figures:
        errors += _missing("figures.yaml", figure, "theme", themes, "theme")
        errors += _missing("figures.yaml", figure, "source", sources, "source")
        errors += _missing("figures.yaml", figure, "footnotes", footnotes, "footnote")
        if figure.high is not None and figure.high < figure.low:
            errors.append(ContentError("figures.yaml", figure.slug, "high", "is below low"))
    for resource in content.resources:
        errors += _missing("resources.yaml", resource, "themes", themes, "theme")
        errors += _missing("resources.yaml", resource, "source", sources, "source")
    return errors


def _duplicates(file: str, records: Iterable[Any], key: str) -> list[ContentError]:
    return _duplicates_across([(file, record) for record in records], key)


def _duplicates_across(located: list[tuple[str, Any]], key: str) -> list[ContentError]:
    counts = Counter(getattr(record, key) for _, record in located)
    reported: set[Any] = set()
    errors = []
    for file, record in located:
        value = getattr(record, key)
        if counts[value] > 1 and (file, value) not in reported:
            reported.add((file, value))
            errors.append(ContentError(file, str(value), key, f"{value!r} is used more than once"))
    return errors


def _missing(
    file: str, record: Any, key: str, known: Iterable[Any], kind: str
) -> list[ContentError]:
    value = getattr(record, key)
    values = value if isinstance(value, tuple) else [value]
    label = str(getattr(record, "slug", "-"))
    return [
        ContentError(file, label, key, f"unknown {kind} {one!r}")
        for one in values
        if one is not None and one not in known
    ]
