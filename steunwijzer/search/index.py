"""Build the search index from the loaded content, inside the load's transaction."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.db import connection

from steunwijzer.content.models import Figure, Item, Resource, Theme

from . import backends
from .models import Document, Synonym
from .text import stems


@dataclass(frozen=True)
class Entry:
    """Something to find: what it is, where it lives, and its text."""

    kind: str
    key: str
    title: str
    body: str
    url: str
    context: str = ""


def content_entries() -> Iterator[Entry]:
    for theme in Theme.objects.all():
        body = "\n".join(filter(None, [theme.summary, theme.intro]))
        yield Entry("thema", f"thema:{theme.slug}", theme.title, body, theme.get_absolute_url())
    for item in Item.objects.published().select_related("theme"):
        kind = "advies" if item.kind == "advies" else "kennis"
        yield Entry(
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
        yield Entry("cijfer", f"cijfer:{figure.slug}", title, body, figure.get_absolute_url())
    for resource in Resource.objects.all():
        body = f"{resource.organisation}. {resource.description}"
        yield Entry(
            "hulpbron",
            f"hulpbron:{resource.slug}",
            resource.title,
            body,
            resource.get_absolute_url(),
        )


def all_entries() -> Iterator[Entry]:
    """The content's entries, then those of every module in SEARCH_SOURCES."""
    yield from content_entries()
    for name in settings.SEARCH_SOURCES:
        yield from import_module(name).search_entries()


def rebuild_index(entries: Iterable[Entry]) -> int:
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
            title_stems=" ".join(stems(e.title)),
            body_stems=" ".join(stems(e.body)),
        )
        for e in entries
    )
    backends.for_connection(connection).rebuild(documents)
    return len(documents)


def save_synonyms(groups: list[list[str]]) -> None:
    Synonym.objects.all().delete()
    Synonym.objects.bulk_create(
        Synonym(group=number, word=word)
        for number, group in enumerate(groups, 1)
        for word in dict.fromkeys(group)
    )


def on_content_loaded(sender, content, **kwargs) -> None:
    save_synonyms(content.extensions.get("search", []))


def on_content_ready(sender, content, **kwargs) -> None:
    rebuild_index(all_entries())
