"""Write the validated plan content to the database, inside the content load's transaction.

Connected to `content_loaded` in PlanConfig.ready(). Rows are matched on slug: updated,
created, and deleted when their slug left the files. Any failure here rolls back the
whole load.
"""

from typing import Any

from django.db import models

from .content import NAME, PlanContent
from .models import Advice, Rule


def write_plan_content(sender: Any, content: Any, **kwargs: Any) -> None:
    """Replace the plan tables with the plan content of this load.

    A load without the plan extension (not in CONTENT_EXTENSIONS) leaves them alone.
    """
    plan: PlanContent | None = content.extensions.get(NAME)
    if plan is None:
        return
    _replace(Advice, plan.advice, with_order=True)
    _replace(Rule, plan.rules, with_order=True)


def _replace(model: type[models.Model], records: list[dict[str, Any]], *, with_order=False):
    for position, record in enumerate(records, 1):
        values = {name: value for name, value in record.items() if name != "slug"}
        if with_order:
            values["order"] = position
        model.objects.update_or_create(slug=record["slug"], defaults=_empty_to_default(values))
    model.objects.exclude(slug__in=[record["slug"] for record in records]).delete()


def _empty_to_default(values: dict[str, Any]) -> dict[str, Any]:
    """JSON fields hold {} rather than null when a mapping was not given."""
    return {name: {} if value is None else value for name, value in values.items()}
