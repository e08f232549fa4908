"""What a visitor typed, made safe and ready to search: words, stems, synonyms.

Pure: no Django. Only letters and digits survive, so no search-syntax character of
either backend (quotes, `*`, `NEAR`, `:`, `&`, `|`, parentheses) can reach the database.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .text import stem, words

MAX_LENGTH = 200
MAX_TERMS = 8


@dataclass(frozen=True)
class Term:
    """One word of the query and the stems that count as a match for it (synonyms too)."""

    word: str
    stems: frozenset[str]
    words: tuple[str, ...]


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple[Term, ...]
    truncated: bool

    @property
    def wanted(self) -> frozenset[str]:
        """Every stem that counts as a hit, for highlighting."""
        return frozenset(s for term in self.terms for s in term.stems)


def parse_query(text: str, *, synonyms: Iterable[Iterable[str]] = ()) -> Query:
    """The searchable terms of `text`; synonyms are groups of words that mean the same."""
    cleaned = "".join(c if c.isprintable() else " " for c in text).strip()
    truncated = len(cleaned) > MAX_LENGTH
    cleaned = cleaned[:MAX_LENGTH]
    groups = [tuple(words(" ".join(group))) for group in synonyms]
    terms: list[Term] = []
    for word in dict.fromkeys(words(cleaned)):
        related = {word, *(w for g in groups if stem(word) in map(stem, g) for w in g)}
        ordered = tuple(sorted(related, key=lambda w: (w != word, w)))
        terms.append(Term(word=word, stems=frozenset(map(stem, ordered)), words=ordered))
    return Query(text=cleaned, terms=tuple(terms[:MAX_TERMS]), truncated=truncated)
