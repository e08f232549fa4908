"""Nothing about the child is kept: using the wizard, the plan and the PDF adds no database
row anywhere and sets no cookie."""

import pytest
from django.apps import apps

pytestmark = pytest.mark.django_db

QUERY = "rol=verzorger&leeftijd=4-7&ouder=moeder&fase=detentie&contact=weinig&signaal=stil"


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_using_the_wizard_the_plan_and_the_pdf_adds_no_row_and_sets_no_cookie(client, site_content):
    before = row_counts()
    responses = [
        client.get("/steunplan/"),
        client.get("/steunplan/?vraag=rol&ga=verder"),
        client.get("/steunplan/?vraag=rol&ga=verder&rol=verzorger", follow=True),
        client.get(f"/steunplan/?{QUERY}&vraag=signaal&ga=terug", follow=True),
        client.get(f"/steunplan/?{QUERY}&stap=overzicht"),
        client.get(f"/steunplan/advies/?{QUERY}"),
        client.get(f"/steunplan/advies.pdf?{QUERY}"),
        client.get("/steunplan/advies/?rol=onbekend&naam=Sam"),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 200, 200, 200, 400]
    assert row_counts() == before
    assert not client.cookies
    for response in responses:
        assert "Set-Cookie" not in response.headers
        for hop in getattr(response, "redirect_chain", []):
            assert hop[1] == 303


def test_plan_pages_never_touch_the_session_nor_pass_the_answers_on_in_a_referrer(
    client, site_content
):
    for url in [f"/steunplan/?{QUERY}", f"/steunplan/advies/?{QUERY}"]:
        response = client.get(url)
        assert response["Referrer-Policy"] == "no-referrer"
        assert "Cookie" not in response.get("Vary", "")
