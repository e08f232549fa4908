"""Names in the scripts a Dutch family may use print in the map PDF, and no name reaches
any log, WeasyPrint's and fontTools' included (issue 9, item 2)."""

import io
import logging

import pytest
from pypdf import PdfReader

from steunwijzer.core.pdf import render_pdf
from steunwijzer.netwerkkaart.model import parse_map

from .test_exchange import VALID

pytestmark = pytest.mark.django_db
PDF_URL = "/netwerkkaart/netwerkkaart.pdf"
# Printable with the fonts the site ships (and DejaVu Sans where the server has it).
PRINTED = ["Łucja Wójcik", "Ayşe Yılmaz", "Дмитрий", "فاطمة"]
# Scripts no font of the site covers: WeasyPrint warns once per character it cannot draw.
UNPRINTABLE = ["王小明", "தமிழ்செல்வி", "አበበ"]
NOTE = "Belt met Łucja, Дмитрий en 王小明"
SHIPPED_FAMILIES = (
    '"SW Noto Latin", "SW Noto Latin Ext", "SW Noto Cyrillic", "SW Noto Cyrillic Ext", '
    '"SW Noto Greek", "SW Noto Arabic"'
)


def scripts_map(names=(*PRINTED, *UNPRINTABLE), child="王芳"):
    people = [
        {**VALID["personen"][0], "id": f"p{i}", "naam": name, "notitie": NOTE}
        for i, name in enumerate(names, start=1)
    ]
    return parse_map({**VALID, "kind": {"naam": child, "leeftijd": ""}, "personen": people})


class Keep(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def every_log_record():
    """Every record any logger makes, whatever its level and handlers."""
    keep = Keep()
    names = ["", "weasyprint", "fontTools", *logging.Logger.manager.loggerDict]
    loggers = [logging.getLogger(name) for name in names]
    for logger in loggers:
        logger.addHandler(keep)
    yield keep.records
    for logger in loggers:
        logger.removeHandler(keep)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_no_name_in_any_script_reaches_a_log(client, site_content, every_log_record):
    from steunwijzer.netwerkkaart.model import map_to_json

    response = client.post(PDF_URL, {"kaart": map_to_json(scripts_map())})
    assert response.status_code == 200
    logged = "\n".join(
        f"{record.name} {record.getMessage()} {record.exc_text or ''}"
        for record in every_log_record
    )
    for name in [*PRINTED, *UNPRINTABLE, "王芳"]:
        assert name not in logged, (name, logged[:300])
    for char in "".join([*UNPRINTABLE, "王芳"]):  # WeasyPrint quoted them one by one
        assert char not in logged, (char, logged[:300])


def test_arabic_cyrillic_turkish_and_polish_names_print(client, site_content):
    from steunwijzer.netwerkkaart.model import map_to_json

    # Without unprintable names: pypdf cannot read text back from a PDF with .notdef glyphs.
    network = scripts_map(PRINTED, child="Sam")
    response = client.post(PDF_URL, {"kaart": map_to_json(network)})
    assert response.status_code == 200
    text = text_of(response.content)
    for name in PRINTED:
        assert name in text, name


def test_the_shipped_fonts_alone_print_these_names():
    # Only the fonts in core/static/core/fonts/: no font of the server takes part.
    html = (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<link rel="stylesheet" href="/static/core/pdf.css">'
        f"<style>html, p {{ font-family: {SHIPPED_FAMILIES}; }}</style></head><body>"
        + "".join(f"<p>{name}</p>" for name in PRINTED)
        + "</body></html>"
    )
    pdf = render_pdf(html=html)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+", 1)[1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    body_fonts = fonts - {"DejaVu-Sans"}  # the page footer names its own font list
    assert body_fonts <= {
        "SW-Noto-Latin",
        "SW-Noto-Latin-Ext",
        "SW-Noto-Cyrillic",
        "SW-Noto-Arabic",
    }, fonts
    assert {"SW-Noto-Latin-Ext", "SW-Noto-Cyrillic", "SW-Noto-Arabic"} <= body_fonts
    text = text_of(pdf)
    for name in PRINTED:
        assert name in text, name
