"""The `Text` table: written by the content load, read by the views.

`write_texts` is the single writer (inside the load's transaction); `stored_texts` gives
the views the texts under one key prefix as a plain mapping for the pure modules.
"""

from collections.abc import Mapping

from .models import Text


def write_texts(texts: Mapping[str, str]) -> int:
    """Replace the stored texts with `texts`: update by key, create, delete the rest."""
    for key, text in texts.items():
        Text.objects.update_or_create(key=key, defaults={"text": text})
    Text.objects.exclude(key__in=list(texts)).delete()
    return len(texts)


def stored_texts(prefix: str) -> dict[str, str]:
    """The stored texts whose key starts with `prefix`, by key."""
    return dict(Text.objects.filter(key__startswith=prefix).values_list("key", "text"))
