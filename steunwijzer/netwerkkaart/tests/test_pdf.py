"""The PDF: a valid, tagged, Dutch, landscape A4 with the map as vector graphics; without
names, no name, note or child's name from the map appears in its text."""

import io
import json

import pytest
from pypdf import PdfReader

from steunwijzer.netwerkkaart.model import map_to_dict, map_to_json, parse_map

from .test_exchange import VALID

pytestmark = pytest.mark.django_db
PDF_URL = "/netwerkkaart/netwerkkaart.pdf"
NAMES = ["Sam", "Truus", "Mehmet", "Juf Anneke", "Wijkcoach Priya"]
NOTES = ["Belt elke zondag", "Komt op woensdag"]


def sample():
    people = [
        {**VALID["personen"][0], "id": "p1", "naam": "Oma Truus", "notitie": NOTES[0]},
        {
            **VALID["personen"][0],
            "id": "p2",
            "naam": "Mehmet",
            "sector": "gezin",
            "ring": 2,
            "gedetineerd": True,
            "relatie": "gespannen",
            "notitie": NOTES[1],
        },
        {**VALID["personen"][0], "id": "p3", "naam": "Juf Anneke", "sector": "school", "ring": 2},
        {
            **VALID["personen"][0],
            "id": "p4",
            "naam": "Wijkcoach Priya",
            "sector": "hulpverlening",
            "ring": 3,
            "relatie": "neutraal",
        },
    ]
    return parse_map({**VALID, "kind": {"naam": "Sam", "leeftijd": "8-11"}, "personen": people})


@pytest.fixture(scope="module")
def pdfs(django_db_setup, django_db_blocker):
    from django.core.management import call_command
    from django.test import Client

    with django_db_blocker.unblock():
        from steunwijzer.content.models import Theme

        if not Theme.objects.exists():
            call_command("load_content", verbosity=0)
        client = Client()
        state = map_to_json(sample())
        return {
            without: client.post(
                PDF_URL, {"kaart": state, "pdf-zonder_namen": "on" if without else ""}
            )
            for without in (False, True)
        }


def text_of(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_pdf_is_a_valid_attachment(pdfs):
    response = pdfs[False]
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="netwerkkaart.pdf"'
    assert response.content.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(response.content)).pages) >= 2


def test_the_pdf_is_landscape_a4_dutch_and_tagged(pdfs):
    reader = PdfReader(io.BytesIO(pdfs[False].content))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert "/StructTreeRoot" in root


def test_the_map_in_the_pdf_is_vector_graphics_not_an_image(pdfs):
    page = PdfReader(io.BytesIO(pdfs[False].content)).pages[0]
    assert not page.images
    assert "Gezin" in page.extract_text() and "Hulpverlening" in page.extract_text()


def test_the_pdf_with_names_shows_the_names_and_notes(pdfs):
    text = text_of(pdfs[False])
    for name in [*NAMES, *NOTES]:
        assert name in text, name


def test_the_pdf_without_names_contains_no_name_or_note_from_the_map(pdfs):
    text = text_of(pdfs[True])
    for name in [*NAMES, *NOTES, "Oma"]:
        assert name not in text, name
    assert "Familie 1" in text and "Hulp 1" in text and "Kind" in text
    assert "zonder namen" in text


def test_the_pdf_without_names_has_no_name_in_its_metadata(pdfs):
    reader = PdfReader(io.BytesIO(pdfs[True].content))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert not any(name in metadata for name in NAMES)


def test_a_pdf_of_a_damaged_state_is_refused_with_400(client, site_content):
    assert client.post(PDF_URL, {"kaart": "{kapot"}).status_code == 400


ROLES = {"p1": "oma", "p2": "papa", "p3": "juf"}  # p4 has no role: "Hulp 1"


@pytest.fixture(scope="module")
def pdf_with_roles(django_db_setup, django_db_blocker):
    """A version-2 file with roles, printed without names."""
    from django.core.management import call_command
    from django.test import Client

    data = map_to_dict(sample())
    assert data["version"] == 2
    for person in data["personen"]:
        person["rol"] = ROLES.get(person["id"], "")
    data["personen"][0]["relatie"] = "gespannen"
    with django_db_blocker.unblock():
        from steunwijzer.content.models import Theme

        if not Theme.objects.exists():
            call_command("load_content", verbosity=0)
        state = json.dumps(data, ensure_ascii=False)
        return Client().post(PDF_URL, {"kaart": state, "pdf-zonder_namen": "on"})


def test_a_pdf_without_names_of_a_version_2_map_shows_roles_and_no_names_or_notes(
    pdf_with_roles,
):
    assert pdf_with_roles.status_code == 200
    text = text_of(pdf_with_roles)
    for name in [*NAMES, *NOTES, "Oma"]:
        assert name not in text, name
    for role in [*ROLES.values(), "Hulp 1"]:
        assert role in text, role
    assert "Familie 1" not in text  # the role replaces the numbered label
    assert "Het contact met oma en papa is gespannen." in text


def test_the_pdf_draws_the_support_pictures_beside_each_person_and_in_its_legend(pdfs):
    """The drawing uses the pictures defined once in it; the legend, an SVG of its own for
    WeasyPrint, draws them inline, each with its word in the text of the PDF."""
    from django.template.loader import render_to_string

    from steunwijzer.netwerkkaart.page import pdf_context

    network = sample()
    html = render_to_string("netwerkkaart/pdf.html", pdf_context(network, with_names=True))
    drawing = html[html.index("<svg") : html.index("</svg>")]
    given = sum(len(person.steun) for person in network.personen)
    assert given > 0 and drawing.count('<use href="#nk-steun-') == given
    assert "<title>Steun:" not in drawing  # words cost WeasyPrint time; the table says them
    legend = html[html.index('id="nk-legenda-steun"') :]
    legend = legend[: legend.index("</ul>")]
    assert legend.count("<svg") == 4 and "<use" not in legend and "<path" in legend
    text = text_of(pdfs[False])
    for words in ("Praktisch (hamer)", "Gezelschap (twee poppetjes)", "Emotioneel (hartje)"):
        assert words in text
