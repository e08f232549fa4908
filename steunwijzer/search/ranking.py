"""Order candidate documents the same way on every database.

The backend finds the candidates (every document with at least one query word); this
module ranks them in Python so SQLite and PostgreSQL agree: documents with more of the
query's words first; among those, a document whose title is just the query ("Veilig
Thuis", "112") first; then a BM25-like score in which a word in the title counts more than
in the body and rare words count more than common ones.
"""

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .query import Query

TITLE_BONUS = 2.0
SATURATION = 1.2


@dataclass(frozen=True)
class Candidate:
    id: int
    title_stems: Sequence[str]
    body_stems: Sequence[str]


def rank(query: Query, candidates: list[Candidate], *, total: int) -> list[tuple[int, int]]:
    """(matched terms, candidate id) pairs, best first; ties keep a stable order by id."""
    frequency = Counter(
        index
        for candidate in candidates
        for index, term in enumerate(query.terms)
        if term.stems & (set(candidate.title_stems) | set(candidate.body_stems))
    )
    scored = []
    for candidate in candidates:
        title, body = Counter(candidate.title_stems), Counter(candidate.body_stems)
        matched, score = 0, 0.0
        for index, term in enumerate(query.terms):
            in_title = any(title[s] for s in term.stems)
            in_body = sum(body[s] for s in term.stems)
            if not (in_title or in_body):
                continue
            matched += 1
            rarity = math.log(1 + total / frequency[index])
            score += rarity * (TITLE_BONUS * in_title + in_body / (in_body + SATURATION))
        named = bool(candidate.title_stems) and set(candidate.title_stems) <= query.wanted
        named = named and matched == len(query.terms)
        scored.append((-matched, -named, -round(score, 9), candidate.id))
    return [(-neg_matched, doc_id) for neg_matched, _, _, doc_id in sorted(scored)]


def common_terms(query: Query, stems_of: list[set[str]], *, total: int, share: float) -> set[int]:
    """Indexes of the query's terms found in more than `share` of all `total` documents.

    `stems_of` holds the stems of every candidate (every document with a query word), so a
    term's count there is its count in the whole index.
    """
    return {
        index
        for index, term in enumerate(query.terms)
        if total and sum(1 for found in stems_of if term.stems & found) > share * total
    }
