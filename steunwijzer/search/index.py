"""Write the search tables: synonyms and the index (step 2 of steunwijzer/load.py).

`load` calls `write_synonyms`, then, after every other tool has written its tables,
`rebuild_index` with the entries of each tool (`content_entries` here, the plan's
`advice_entries`, ...), all inside its one transaction: search never shows stale results.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection

from steunwijzer.content.models import Figure, Item, Resource, Theme

from . import backends
from .models import Document, Synonym
from .text import stems


@dataclass(frozen=True)
class IndexEntry:
    """Something to find: what it is, where it lives, and its text."""

    kind: str
    key: str
    title: str
    body: str
    url: str
    context: str = ""
    # The key of the entry this one belongs under: one search result shows both (an advice
    # under the knowledge item it is based on, `item:<slug>`).
    parent: str = ""


def content_entries() -> Iterator[IndexEntry]:
    for theme in Theme.objects.all():
        body = "\n".join(filter(None, [theme.summary, theme.intro]))
        yield IndexEntry(
            "thema", f"thema:{theme.slug}", theme.title, body, theme.get_absolute_url()
        )
    for item in Item.objects.published().select_related("theme"):
        kind = "advies" if item.kind == "advies" else "kennis"
        yield IndexEntry(
            kind,
            f"item:{item.slug}",
            item.title,
            item.body,
            item.get_absolute_url(),
            item.theme.title,
        )
    for figure in Figure.objects.published():
        title = f"{figure.value} {figure.unit}"
        body = "\n".join(filter(None, [figure.label, figure.definition, figure.period]))
        yield IndexEntry("cijfer", f"cijfer:{figure.slug}", title, body, figure.get_absolute_url())
    for resource in Resource.objects.all():
        body = "\n".join(
            [
                resource.what,
                f"Voor wie: {resource.for_whom}",
                resource.description,
                f"{resource.organisation}.",
            ]
        )
        yield IndexEntry(
            "hulpbron",
            f"hulpbron:{resource.slug}",
            resource.title,
            body,
            resource.get_absolute_url(),
        )


def rebuild_index(entries: Iterable[IndexEntry]) -> int:
    """Replace every document and the backend's full-text index; the number indexed."""
    Document.objects.all().delete()
    documents = Document.objects.bulk_create(
        Document(
            kind=e.kind,
            key=e.key,
            title=e.title,
            body=e.body,
            url=e.url,
            context=e.context,
            parent=e.parent,
            title_stems=" ".join(stems(e.title)),
            body_stems=" ".join(stems(e.body)),
        )
        for e in entries
    )
    backends.for_connection(connection).rebuild(documents)
    return len(documents)


def write_synonyms(groups: list[list[str]]) -> None:
    """Replace the synonym groups with `groups`."""
    Synonym.objects.all().delete()
    Synonym.objects.bulk_create(
        Synonym(group=number, word=word)
        for number, group in enumerate(groups, 1)
        for word in dict.fromkeys(group)
    )
