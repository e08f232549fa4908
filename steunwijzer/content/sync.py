"""Write validated content into the database in one transaction.

Rows are matched on their stable key (slug, or number for footnotes): existing rows are
updated, new ones created, and rows whose key left the files are deleted. Receivers of
`content_loaded` (content extensions such as the support plan's rules, and the search
index) run inside the same transaction, so a failure anywhere leaves the previous content
in place.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.dispatch import Signal

from .loading import Content
from .models import Figure, Footnote, Item, Resource, Source, Theme
from .texts import NAME as TEXTS
from .textstore import write_texts

content_loaded = Signal()
# Sent after `content_loaded`, still inside the transaction, for consumers that read what
# every loader wrote (the search index).
content_ready = Signal()

Values = Callable[[dict[str, Any], int], dict[str, Any]]


@dataclass(frozen=True)
class SyncReport:
    """How many rows of each kind the database holds after a load."""

    counts: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{count} {kind}" for kind, count in self.counts.items())


@transaction.atomic
def sync_content(*, content: Content) -> SyncReport:
    """Replace the database content with `content`; all or nothing."""
    sources = _upsert(Source, content.sources, lambda s, _: _plain(s))
    themes = _upsert(Theme, content.themes, lambda t, _: _plain(t, "related", "items", "file"))
    resources = _upsert(
        Resource,
        content.resources,
        lambda r, n: {**_plain(r, "themes"), "order": n, "source": sources[r["source"]]},
    )
    items = _upsert(
        Item,
        [{**item, "theme": t["slug"]} for t in content.themes for item in t["items"]],
        lambda i, n: {
            **_plain(i, "resources"),
            "order": n,
            "theme": themes[i["theme"]],
            "source": sources[i["source"]],
        },
    )
    footnotes = _upsert(Footnote, content.footnotes, lambda f, _: {"text": f["text"]}, "number")
    figures = _upsert(
        Figure,
        content.figures,
        lambda f, n: {
            **_plain(f, "footnotes"),
            "order": n,
            "theme": themes[f["theme"]],
            "source": sources[f["source"]],
        },
    )
    _link(themes, content.themes, "related", themes)
    _link(resources, content.resources, "themes", themes)
    _link(items, [i for t in content.themes for i in t["items"]], "resources", resources)
    _link(figures, content.figures, "footnotes", footnotes)
    for model, kept in [
        (Figure, figures),
        (Footnote, footnotes),
        (Item, items),
        (Resource, resources),
        (Theme, themes),
        (Source, sources),
    ]:
        key = "number" if model is Footnote else "slug"
        model.objects.exclude(**{f"{key}__in": list(kept)}).delete()
    # The texts of content/rollen.yaml, steunplan/vragen.yaml and netwerkkaart/teksten.yaml;
    # a load without the texts extension leaves the table alone.
    if (texts := content.extensions.get(TEXTS)) is not None:
        write_texts(texts)
    content_loaded.send(sender=sync_content, content=content)
    content_ready.send(sender=sync_content, content=content)
    return SyncReport(
        counts={
            "themes": len(themes),
            "items": len(items),
            "figures": len(figures),
            "resources": len(resources),
            "sources": len(sources),
        }
    )


def _upsert(
    model: type[models.Model], records: list[dict[str, Any]], values: Values, key: str = "slug"
) -> dict[Any, Any]:
    """Create or update one row per record; the rows by key."""
    rows = {}
    for position, record in enumerate(records, 1):
        rows[record[key]], _ = model.objects.update_or_create(
            **{key: record[key]}, defaults=values(record, position)
        )
    return rows


def _link(rows: dict, records: list[dict[str, Any]], field: str, targets: dict) -> None:
    """Set a many-to-many field of each row to the targets its record names."""
    for record in records:
        getattr(rows[record["slug"]], field).set([targets[key] for key in record[field]])


def _plain(record: dict[str, Any], *relations: str) -> dict[str, Any]:
    """The record's own column values: all but its key and its relations."""
    skipped = {"slug", "source", "theme", *relations}
    return {name: value for name, value in record.items() if name not in skipped}
