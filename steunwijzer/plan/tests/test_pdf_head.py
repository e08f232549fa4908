"""HEAD on the plan PDF answers the headers without rendering a PDF."""

import pytest
from django.test import Client

from steunwijzer.plan import views

pytestmark = pytest.mark.django_db

QUERY = "rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten"


@pytest.fixture
def renders(monkeypatch):
    """Count the PDFs the view renders (the real renderer still runs)."""
    calls = []
    real = views.render_pdf

    def counting(**kwargs):
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(views, "render_pdf", counting)
    return calls


def test_head_answers_the_pdf_headers_without_rendering(renders, site_content):
    response = Client().head(f"/steunplan/advies.pdf?{QUERY}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="steunplan.pdf"'
    assert response.content == b""
    assert renders == []


def test_get_still_renders_the_pdf(renders, site_content):
    response = Client().get(f"/steunplan/advies.pdf?{QUERY}")
    assert response.content.startswith(b"%PDF")
    assert len(renders) == 1


def test_head_with_a_wrong_answer_is_still_a_400(renders, site_content):
    assert Client().head("/steunplan/advies.pdf?rol=astronaut").status_code == 400
    assert renders == []
