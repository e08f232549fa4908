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


def test_an_advice_without_a_page_is_not_a_search_entry(site_content, client, monkeypatch):
    from steunwijzer.content.models import Item
    from steunwijzer.plan import cache

    Item.objects.filter(slug="alert-op-problemen-thuis").update(verified=False)
    monkeypatch.setattr(cache, "_kept", {})  # as after a load: the page reads the rows again
    keys = {entry.key for entry in advice_entries()}
    assert "steunplan:meldcode" not in keys  # rests on the unpublished item: no page
    assert client.get("/steunplan/advies/meldcode/").status_code == 404
    assert "steunplan:vertrouwenspersoon" in keys
