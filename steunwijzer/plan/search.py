"""The support plan's advice as search documents (add this module to SEARCH_SOURCES).

Each advice is found under its own text and the texts it has for the roles; a hit leads to
the wizard, since an advice has no page of its own outside a plan.
"""

from collections.abc import Iterator
from typing import Any

from django.urls import reverse

from .models import Advice
from .rules import SECTIONS


def search_entries() -> Iterator[Any]:
    from steunwijzer.search.index import Entry

    url = reverse("plan:wizard")
    for advice in Advice.objects.all():
        body = "\n\n".join(dict.fromkeys([advice.body, *advice.roles.values()]))
        context = f"Steunplan: {SECTIONS[advice.section].lower()}"
        yield Entry("advies", f"steunplan:{advice.slug}", advice.title, body, url, context)
