"""Write records to their table by a stable key: the one upsert every loader uses.

A row whose key is in the records is updated (it keeps its id), a new key gets a new row,
and `delete_missing` removes the rows whose key left the files. Callers run inside the
load's transaction (steunwijzer/load.py), so a failure leaves the previous rows in place.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import models

# The column values of one record, given the record and its position (1, 2, ...) in the files.
Values = Callable[[Any, int], dict[str, Any]]


def upsert_by_key(
    model: type[models.Model], records: Sequence[Any], values: Values, *, key: str = "slug"
) -> dict[Any, Any]:
    """Create or update one row per record, matched on `key`; the rows by key."""
    rows = {}
    for position, record in enumerate(records, 1):
        value = getattr(record, key)
        rows[value], _ = model.objects.update_or_create(
            **{key: value}, defaults=values(record, position)
        )
    return rows


def delete_missing(model: type[models.Model], kept: Iterable[Any], *, key: str = "slug") -> None:
    """Delete the rows whose key is not in `kept` (their record left the files)."""
    model.objects.exclude(**{f"{key}__in": list(kept)}).delete()


def replace_rows(
    model: type[models.Model], records: Sequence[Any], values: Values, *, key: str = "slug"
) -> dict[Any, Any]:
    """`upsert_by_key`, then `delete_missing`: for a table no other table protects."""
    rows = upsert_by_key(model, records, values, key=key)
    delete_missing(model, rows, key=key)
    return rows
