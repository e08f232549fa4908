"""The plan as PDF: valid, A4, Dutch, tagged, with bookmarks, the answers and the sources."""

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

QUERY = "rol=verzorger&leeftijd=8-11&ouder=vader&fase=detentie&thuis=huiselijk-geweld&thuis=onrust-voor-detentie"


@pytest.fixture
def pdf(client, site_content):
    response = client.get(f"/steunplan/advies.pdf?{QUERY}")
    assert response.status_code == 200
    return response


@pytest.fixture
def reader(pdf) -> PdfReader:
    return PdfReader(io.BytesIO(pdf.content))


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(outline) -> list[str]:
    titles = []
    for entry in outline:
        titles += outline_titles(entry) if isinstance(entry, list) else [entry.title]
    return titles


def test_the_pdf_is_served_inline_as_steunplan_pdf(pdf):
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'inline; filename="steunplan.pdf"'
    assert pdf.content.startswith(b"%PDF-")
    assert not pdf.cookies


def test_the_pdf_is_a4_and_marked_as_dutch_and_tagged(reader):
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert root["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == "Steunplan"


def test_the_first_page_has_the_date_and_the_situation(reader):
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Gemaakt op" in first and "met Steunwijzer" in first
    assert "Ik ben de ouder thuis, pleegouder of een andere verzorger" in first
    assert "Er is of was huiselijk geweld of kindermishandeling" in first
    assert "Veiligheid gaat voor" in first


def test_the_text_holds_the_headings_and_the_advice(reader):
    text = text_of(reader)
    for heading in ["Begin hiermee", "Ook belangrijk voor dit kind", "Hier is hulp"]:
        assert heading in text
    assert "Er is of was geweld thuis. Vraag Veilig Thuis om advies" in text
    assert "0800-2000" in text and "De Kindertelefoon 0800-0432" in text
    assert "De detentie kan ook opluchting, rust en regelmaat brengen" in text
    assert "Waarom:" in text and "Bron:" in text
    assert "Help het kind om de band" not in text


def test_the_headings_are_bookmarks(reader):
    titles = outline_titles(reader.outline)
    assert titles[:2] == ["Steunplan", "Veiligheid gaat voor"]
    order = [titles.index(t) for t in ("Veiligheid gaat voor", "Jouw antwoorden", "Begin hiermee")]
    assert order == sorted(order)
    assert "Begin hiermee" in titles and titles[-1] == "Bronnen"


def test_the_sources_are_listed_at_the_end(reader):
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Bronnen" in last
    assert "Augeo Foundation en Expertisecentrum K I N D (2025). Ouder in de gevangenis." in last
    assert "https://www.veiligthuis.nl/" in last and "Veilig Thuis (2025)" in last
