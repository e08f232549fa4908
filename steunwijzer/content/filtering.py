"""The resources filter's word match (pure).

A resource matches when every word typed occurs in its folded text, also inside a longer
word: "boek" finds "Boekenlijst", "moeder" finds "moeders". `static/content/resources.js`
does the same in the browser while the visitor types.
"""

from steunwijzer.search.text import fold

MAX_WORDS = 8


def filter_words(text: str) -> tuple[str, ...]:
    """The folded words of `text` (letters and digits), at most MAX_WORDS, each once."""
    cleaned = "".join(c if c.isalnum() else " " for c in fold(text))
    return tuple(dict.fromkeys(cleaned.split()))[:MAX_WORDS]


def matches(folded_text: str, words: tuple[str, ...]) -> bool:
    """Every word occurs in `folded_text` (no words: everything matches)."""
    return all(word in folded_text for word in words)
