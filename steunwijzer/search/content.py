"""Content extension: the synonym groups of search (content/zoeken/synoniemen.yaml)."""

from pathlib import Path
from typing import Any

from steunwijzer.content.loading import Content, read_yaml
from steunwijzer.content.schema import Checker, ContentError, Field

NAME = "search"
FILE = Path("zoeken") / "synoniemen.yaml"
GROUP_FIELDS = [Field("words", list, non_empty=True)]


def read(*, path: Path, content: Content) -> tuple[list[list[str]], list[ContentError]]:
    """The synonym groups, each a list of at least two lowercase words (none without file)."""
    errors: list[ContentError] = []
    if not (path / FILE).exists():
        return [], errors
    data: Any = read_yaml(path / FILE, errors, name=str(FILE))
    checker = Checker(str(FILE))
    if data is not None and not isinstance((data or {}).get("groups"), list):
        checker.error("-", "groups", "expected a list under 'groups'")
    groups = []
    for number, raw in enumerate((data or {}).get("groups") or [], 1):
        record = checker.record(raw, GROUP_FIELDS, item=f"group {number}")
        if record is None:
            continue
        words = record["words"]
        if len(words) < 2 or not all(isinstance(w, str) and w.strip() for w in words):
            checker.error(f"group {number}", "words", "needs at least two words")
            continue
        groups.append([w.strip().lower() for w in words])
    return groups, errors + checker.errors
