"""Write the validated booklet, child pages and help lines, inside the content load.

Step 2 of `steunwijzer/load.py` calls `write_voorkind` inside the load's one transaction.
Rows are matched on slug: updated, created, and deleted when their slug left the files.
"""

from typing import Any

from django.db import models

from .content import VoorKindContent
from .models import BookletPage, ChildPage, HelpLine, VisitRule


def write_voorkind(data: VoorKindContent) -> None:
    """Replace the four tables with the records of this load."""
    _replace(BookletPage, data.booklet)
    _replace(VisitRule, data.rules)
    _replace(ChildPage, data.child_pages)
    _replace(HelpLine, data.helplines)


def _replace(model: type[models.Model], records: list[dict[str, Any]]) -> None:
    for position, record in enumerate(records, 1):
        values = {name: value for name, value in record.items() if name != "slug"}
        values = {
            name: {} if value is None and name == "when" else value
            for name, value in values.items()
        }
        model.objects.update_or_create(slug=record["slug"], defaults={**values, "order": position})
    model.objects.exclude(slug__in=[record["slug"] for record in records]).delete()
