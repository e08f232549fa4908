"""Search the index: what a visitor typed in, ranked results with highlighted snippets out.

A result is one thing to read: a document, with the documents that belong under it (an
advice of the support plan under the knowledge item it is based on) as links inside it.
Words found in most documents ("kind") still find and rank, but are not highlighted.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.utils.safestring import SafeString, mark_safe

from . import backends
from .models import KIND_COUNTS, KIND_LABELS, Document, Synonym
from .query import Query, parse_query
from .ranking import Candidate, common_terms, rank
from .text import highlight, snippet

MAX_HITS = 30
# A query word found in more than this share of all documents is not highlighted.
COMMON_SHARE = 0.25
# Kinds whose snippet is their first sentences (a help line's number), not the best match.
LEAD_KINDS = frozenset({"hulplijn"})
# How a document shown inside another's result is introduced.
RELATED_LABELS = {"advies": "Ook als advies in het steunplan"}


def dutch_count(number: int, one: str, more: str) -> str:
    """'1 resultaat', '3 resultaten': the number with the right form of the word."""
    return f"{number} {one if number == 1 else more}"


@dataclass(frozen=True)
class Related:
    """A document shown inside another's result: what it is, its title and link."""

    label: str
    title: str
    url: str
    context: str


@dataclass(frozen=True)
class Hit:
    kind: str
    kind_label: str
    title_html: SafeString
    snippet_html: SafeString
    url: str
    context: str
    matched: int
    related: tuple[Related, ...] = field(default=())


@dataclass(frozen=True)
class Results:
    query: Query
    hits: list[Hit]
    total: int = 0
    kinds: tuple[str, ...] = ()

    def counts(self) -> list[str]:
        """How many results of each kind in Dutch ("1 thema", "3 adviezen"), in the order
        of KIND_LABELS, over every result (also those past the first MAX_HITS)."""
        return [
            dutch_count(n, *KIND_COUNTS[kind])
            for kind in KIND_LABELS
            if (n := self.kinds.count(kind))
        ]

    def summary(self) -> str:
        """'1 resultaat', '3 resultaten'."""
        return dutch_count(self.total, "resultaat", "resultaten")

    @property
    def cut(self) -> bool:
        """More results were found than the page shows."""
        return self.total > len(self.hits)


def synonym_groups() -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for group, word in Synonym.objects.values_list("group", "word"):
        groups.setdefault(group, []).append(word)
    return list(groups.values())


def group(ranked: list[tuple[int, Document]]) -> list[tuple[int, Document, list[Document]]]:
    """Ranked documents as results: a document whose `parent` was found too goes inside
    the parent's result, which takes the better place of the two."""
    present = {document.key: document for _, document in ranked}
    results: dict[str, tuple[int, Document, list[Document]]] = {}
    for matched, document in ranked:
        lead = present.get(document.parent, document) if document.parent else document
        if lead.key not in results:
            results[lead.key] = (matched, lead, [])
        if lead is not document:
            best, _, members = results[lead.key]
            results[lead.key] = (max(best, matched), lead, [*members, document])
    return list(results.values())


def results_for(text: str) -> Results:
    """Documents that match `text`: those with all its words first, then by rank."""
    query = parse_query(text, synonyms=synonym_groups())
    found = backends.for_connection(connection).candidates(query)
    documents = Document.objects.in_bulk(found)
    total = Document.objects.count()
    stems_of = {d.id: (d.title_stems.split(), d.body_stems.split()) for d in documents.values()}
    ranked = rank(
        query,
        [Candidate(i, title, body) for i, (title, body) in stems_of.items()],
        total=total,
    )
    common = common_terms(
        query, [{*t, *b} for t, b in stems_of.values()], total=total, share=COMMON_SHARE
    )
    wanted = query.wanted
    mark = frozenset(
        s for index, term in enumerate(query.terms) if index not in common for s in term.stems
    )
    grouped = group([(matched, documents[i]) for matched, i in ranked])
    hits = [
        Hit(
            kind=lead.kind,
            kind_label=KIND_LABELS[lead.kind],
            # highlight() and snippet() escape every character they do not wrap in <mark>.
            title_html=mark_safe(highlight(lead.title, mark)),
            snippet_html=mark_safe(
                snippet(lead.body, frozenset() if lead.kind in LEAD_KINDS else wanted, mark=mark)
            ),
            url=lead.url,
            context=lead.context,
            matched=matched,
            related=tuple(
                Related(
                    RELATED_LABELS.get(m.kind, f"Ook: {KIND_LABELS[m.kind].lower()}"),
                    m.title,
                    m.url,
                    m.context,
                )
                for m in members
            ),
        )
        for matched, lead, members in grouped[:MAX_HITS]
    ]
    kinds = tuple(lead.kind for _, lead, _ in grouped)
    return Results(query=query, hits=hits, total=len(grouped), kinds=kinds)
