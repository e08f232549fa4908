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


LIST_MARK = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u2013]|\d{1,2}[.)])\s+")
MARKUP = re.compile(r"\*\*|__|`|^#+\s+|\[|\]\([^)]*\)")
# A sentence ends at . ! or ? followed by a space and a capital, a digit or a quote, so
# "bijv. de" and "12.000" stay whole.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\u2018\u201c'\"(])")


def sentences(text: str) -> list[str]:
    """The whole sentences of `text`, without list marks or markup.

    A run of list items becomes one sentence ("verdriet, gemis, boosheid."), joined to the
    line before it when that line ends with a colon ("Bijvoorbeeld: verdriet, gemis.").
    """
    found: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if not items:
            return
        phrase = ", ".join(item.rstrip(".;,") for item in items) + "."
        if found and found[-1].endswith(":"):
            found[-1] = f"{found[-1]} {phrase}"
        else:
            found.append(phrase[0].upper() + phrase[1:])
        items.clear()

    for raw in text.splitlines():
        line = " ".join(MARKUP.sub("", raw).split())
        if not line:
            close_list()
            continue
        if LIST_MARK.match(raw):
            items.append(" ".join(MARKUP.sub("", LIST_MARK.sub("", raw)).split()))
            continue
        close_list()
        found.extend(part for part in SENTENCE_END.split(line) if part)
    close_list()
    return [s for s in found if WORD.search(fold(s))]


def snippet(
    text: str,
    wanted: frozenset[str],
    *,
    mark: frozenset[str] | None = None,
    length: int = 220,
    longest: int = 400,
) -> str:
    """Whole sentences of `text` with the most wanted words, about `length` characters.

    Sentences are picked by the stems in `wanted`, kept in the text's order (" … " where
    one was skipped) and highlighted with `mark` (default: `wanted`). A sentence is never
    cut, unless the best one alone is longer than `longest`; then it ends at a whole word
    with " …". Everything is escaped.
    """
    found = sentences(text)
    if not found:
        return ""
    hits = [len(set(stems(sentence)) & wanted) for sentence in found]
    matching = sorted((i for i, n in enumerate(hits) if n), key=lambda i: (-hits[i], i))
    # The best sentences first; then, room left, the sentence before each (its context);
    # without any match, the text's first sentences.
    before = [i - 1 for i in sorted(matching) if i and not hits[i - 1]]
    order = [*matching, *before] if matching else list(range(len(found)))
    chosen: list[int] = []
    size = 0
    for index in order:
        if chosen and size + len(found[index]) > length:
            continue
        chosen.append(index)
        size += len(found[index])
    chosen.sort()
    parts: list[str] = []
    for position, index in enumerate(chosen):
        if position and index != chosen[position - 1] + 1:
            parts.append("…")
        parts.append(found[index])
    picked = " ".join(parts)
    if len(picked) > longest:
        picked = picked[:longest].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return highlight(picked, wanted if mark is None else mark)
