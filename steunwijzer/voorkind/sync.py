"""Write the validated booklet, child pages and help lines, inside the content load.

Step 2 of `steunwijzer/load.py` calls `write_voorkind` inside the load's one transaction.
Rows are matched on slug: updated, created, and deleted when their slug left the files.
"""

from typing import Any

from steunwijzer.content.records import columns
from steunwijzer.content.rows import replace_rows

from .content import VoorKindContent
from .models import BookletPage, ChildPage, HelpLine, VisitRule


def write_voorkind(data: VoorKindContent) -> None:
    """Replace the four tables with the records of this load. Call inside a transaction."""
    replace_rows(BookletPage, data.booklet, _values)
    replace_rows(VisitRule, data.rules, _values)
    replace_rows(ChildPage, data.child_pages, _values)
    replace_rows(HelpLine, data.helplines, _values)


def _values(record: Any, position: int) -> dict[str, Any]:
    """The row of a record: its fields (JSON fields hold {} rather than null) and its order."""
    values = columns(record, skip=("slug",))
    if "when" in values and values["when"] is None:
        values["when"] = {}
    return values | {"order": position}
