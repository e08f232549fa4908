"""The advice of the plan as search documents."""

import pytest

from steunwijzer.plan.models import Advice
from steunwijzer.plan.search import advice_entries

pytestmark = pytest.mark.django_db


def test_every_advice_is_a_search_entry_leading_to_its_own_page(site_content):
    entries = {entry.key: entry for entry in advice_entries()}
    assert set(entries) == {
        f"steunplan:{slug}" for slug in Advice.objects.values_list("slug", flat=True)
    }
    safety = entries["steunplan:meldcode"]
    assert safety.kind == "advies" and safety.url == "/steunplan/advies/meldcode/"
    assert "Meldcode" in safety.body and "intern begeleider" in safety.body
    assert safety.context == "Steunplan: veiligheid gaat voor"
