"""The support plan's advice as search index entries (steunwijzer/load.py indexes them).

Each advice is found under its own text and the texts it has for the roles; a hit leads to
the advice's own page (/steunplan/advies/<slug>/).
"""

from collections.abc import Iterator

from django.urls import reverse

from steunwijzer.search.index import IndexEntry

from .models import Advice
from .rules import SECTIONS


def advice_entries() -> Iterator[IndexEntry]:
    """One entry per advice with a page, as the plan tables hold it after this load."""
    for advice in Advice.objects.with_page():
        url = reverse("plan:advice_item", args=[advice.slug])
        body = "\n\n".join(dict.fromkeys([advice.body, *advice.roles.values()]))
        context = f"Steunplan: {SECTIONS[advice.section].lower()}"
        yield IndexEntry(
            "advies",
            f"steunplan:{advice.slug}",
            advice.title,
            body,
            url,
            context,
            # One search result for the knowledge item and the advice based on it.
            parent=f"item:{advice.basis}",
        )
