"""Search the index: what a visitor typed in, ranked hits with highlighted snippets out."""

from dataclasses import dataclass

from django.db import connection
from django.utils.safestring import SafeString, mark_safe

from . import backends
from .models import KIND_LABELS, Document, Synonym
from .query import Query, parse_query
from .ranking import Candidate, rank
from .text import highlight, snippet

MAX_HITS = 30


@dataclass(frozen=True)
class Hit:
    kind: str
    kind_label: str
    title_html: SafeString
    snippet_html: SafeString
    url: str
    context: str
    matched: int


@dataclass(frozen=True)
class Results:
    query: Query
    hits: list[Hit]

    def counts(self) -> list[tuple[str, int]]:
        """How many hits of each kind, in the order of KIND_LABELS."""
        return [
            (label, n)
            for kind, label in KIND_LABELS.items()
            if (n := sum(1 for hit in self.hits if hit.kind == kind))
        ]


def synonym_groups() -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for group, word in Synonym.objects.values_list("group", "word"):
        groups.setdefault(group, []).append(word)
    return list(groups.values())


def results_for(text: str) -> Results:
    """Documents that match `text`: those with all its words first, then by rank."""
    query = parse_query(text, synonyms=synonym_groups())
    found = backends.for_connection(connection).candidates(query)
    documents = Document.objects.in_bulk(found)
    ranked = rank(
        query,
        [Candidate(d.id, d.title_stems.split(), d.body_stems.split()) for d in documents.values()],
        total=Document.objects.count(),
    )
    wanted = query.wanted
    hits = [
        Hit(
            kind=document.kind,
            kind_label=KIND_LABELS[document.kind],
            # highlight() and snippet() escape every character they do not wrap in <mark>.
            title_html=mark_safe(highlight(document.title, wanted)),
            snippet_html=mark_safe(snippet(document.body, wanted)),
            url=document.url,
            context=document.context,
            matched=matched,
        )
        for matched, document in ((m, documents[i]) for m, i in ranked[:MAX_HITS])
    ]
    return Results(query=query, hits=hits)
