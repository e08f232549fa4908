"""Write the validated plan content to the database (step 2 of steunwijzer/load.py).

Rows are matched on slug: updated, created, and deleted when their slug left the files.
`load` calls `write_plan` inside its one transaction, so any failure here rolls back the
whole load.
"""

from typing import Any

from steunwijzer.content.records import columns
from steunwijzer.content.rows import replace_rows

from .content import PlanContent
from .models import Advice, Rule


def write_plan(plan: PlanContent) -> None:
    """Replace the advice and rule tables with `plan`. Call inside a transaction."""
    replace_rows(Advice, plan.advice, _values)
    replace_rows(Rule, plan.rules, _values)


def _values(record: Any, position: int) -> dict[str, Any]:
    """The row of a record: its fields in file order; JSON fields hold {} rather than null."""
    values = columns(record, skip=("slug",))
    return {name: {} if value is None else value for name, value in values.items()} | {
        "order": position
    }
