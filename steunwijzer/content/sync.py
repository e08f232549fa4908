"""Write the validated core content into the database (step 2 of steunwijzer/load.py).

Rows are matched on their stable key (slug, or number for footnotes): existing rows are
updated, new ones created, and rows whose key left the files are deleted. `load` calls
`write_content` inside its one transaction, so a failure anywhere in the load leaves the
previous content in place.
"""

from dataclasses import dataclass
from typing import Any

from .loading import Content
from .models import Figure, Footnote, Item, Resource, Source, Theme
from .records import columns
from .rows import delete_missing, upsert_by_key


@dataclass(frozen=True)
class SyncReport:
    """How many rows of each kind the database holds after a load."""

    counts: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{count} {kind}" for kind, count in self.counts.items())


def write_content(content: Content) -> SyncReport:
    """Replace the knowledge base tables with `content`. Call inside a transaction."""
    sources = upsert_by_key(Source, content.sources, lambda s, _: columns(s, skip=("slug",)))
    themes = upsert_by_key(
        Theme, content.themes, lambda t, _: columns(t, skip=("slug", "related", "items", "file"))
    )
    resources = upsert_by_key(
        Resource,
        content.resources,
        lambda r, n: {**_own(r, "themes"), "order": n, "source": sources[r.source]},
    )
    theme_of = {item.slug: theme.slug for theme in content.themes for item in theme.items}
    items = upsert_by_key(
        Item,
        content.items(),
        lambda i, n: {
            **_own(i, "resources"),
            "order": n,
            "theme": themes[theme_of[i.slug]],
            "source": sources[i.source],
        },
    )
    footnotes = upsert_by_key(
        Footnote, content.footnotes, lambda f, _: {"text": f.text}, key="number"
    )
    figures = upsert_by_key(
        Figure,
        content.figures,
        lambda f, n: {
            **_own(f, "footnotes"),
            "order": n,
            "theme": themes[f.theme],
            "source": sources[f.source],
        },
    )
    _link(themes, content.themes, "related", themes)
    _link(resources, content.resources, "themes", themes)
    _link(items, content.items(), "resources", resources)
    _link(figures, content.figures, "footnotes", footnotes)
    # Children first: a figure or item protects its theme and source from deletion.
    delete_missing(Figure, figures)
    delete_missing(Footnote, footnotes, key="number")
    delete_missing(Item, items)
    delete_missing(Resource, resources)
    delete_missing(Theme, themes)
    delete_missing(Source, sources)
    return SyncReport(
        counts={
            "themes": len(themes),
            "items": len(items),
            "figures": len(figures),
            "resources": len(resources),
            "sources": len(sources),
        }
    )


def _link(rows: dict, records: Any, field: str, targets: dict) -> None:
    """Set a many-to-many field of each row to the targets its record names."""
    for record in records:
        getattr(rows[record.slug], field).set([targets[key] for key in getattr(record, field)])


def _own(record: Any, *relations: str) -> dict[str, Any]:
    """The record's own column values: all but its key and its relations."""
    return columns(record, skip=("slug", "source", "theme", *relations))
