"""Search's content reader: the synonym groups of content/zoeken/synoniemen.yaml.

Pure: no Django. `steunwijzer/load.py` calls `read_synonyms`; `index.write_synonyms`
writes what it returns.
"""

from pathlib import Path

from steunwijzer.content.loading import read_optional_mapping
from steunwijzer.content.schema import Checker, ContentError, Field

FILE = Path("zoeken") / "synoniemen.yaml"
GROUP_FIELDS = [Field("words", list, non_empty=True)]


def read_synonyms(*, path: Path, errors: list[ContentError]) -> list[list[str]]:
    """The synonym groups, each a list of at least two lowercase words (none without file).

    Every problem goes to `errors`.
    """
    data = read_optional_mapping(path, str(FILE), errors)
    if data is None:
        return []
    checker = Checker(str(FILE))
    listed = data.get("groups")
    if not isinstance(listed, list):
        checker.error("-", "groups", "expected a list under 'groups'")
    groups = []
    for number, raw in enumerate(listed if isinstance(listed, list) else [], 1):
        record = checker.record(raw, GROUP_FIELDS, item=f"group {number}")
        if record is None:
            continue
        words = record["words"]
        if len(words) < 2 or not all(isinstance(w, str) and w.strip() for w in words):
            checker.error(f"group {number}", "words", "needs at least two words")
            continue
        groups.append([w.strip().lower() for w in words])
    errors += checker.errors
    return groups
