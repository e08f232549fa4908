"""Dutch text for search: accent folding, words, stems, snippets with highlighting.

Pure: no Django. The same stemmer (Snowball's classic Dutch, `dutch_porter`) and stop
words as PostgreSQL's `dutch` configuration, so both backends agree on what matches.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape
from pathlib import Path

import snowballstemmer

STOPWORDS = frozenset((Path(__file__).with_name("dutch.stop")).read_text(encoding="utf-8").split())
WORD = re.compile(r"[0-9a-z]+")
_stemmer = snowballstemmer.stemmer("dutch_porter")


def fold(text: str) -> str:
    """Lowercase, without accents or control characters: 'Geïnformeerd' -> 'geinformeerd'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of `text`, stop words left out."""
    return [word for word in WORD.findall(fold(text)) if word not in STOPWORDS]


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stems(text: str) -> list[str]:
    return [stem(word) for word in words(text)]


def highlight(text: str, wanted: frozenset[str]) -> str:
    """HTML of `text` with every word whose stem is wanted inside <mark>; all escaped."""
    parts, last = [], 0
    for match in re.finditer(r"\w+", text):
        folded = fold(match.group())
        if folded not in STOPWORDS and stem(folded) in wanted:
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def snippet(text: str, wanted: frozenset[str], *, length: int = 220) -> str:
    """The sentence(s) of `text` with the most wanted words, highlighted, about `length` long."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    if not sentences:
        return ""
    scored = sorted(
        range(len(sentences)),
        key=lambda i: (-len(set(stems(sentences[i])) & wanted), i),
    )
    chosen, size = [], 0
    for index in scored:
        if size and size + len(sentences[index]) > length:
            break
        chosen.append(index)
        size += len(sentences[index])
    picked = " … ".join(sentences[i] for i in sorted(chosen))
    if len(picked) > length:
        picked = picked[:length].rsplit(" ", 1)[0] + " …"
    return highlight(picked, wanted)
