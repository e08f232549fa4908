"""The map PDF is bounded: the worst map the limits allow is drawn in little CPU time, a
PDF that takes too long is stopped and answered in Dutch with the map kept, and the notes
reach the PDF as one short paragraph each (issue 9, item 1)."""

import io
import resource
import time

import pytest
from django.test import override_settings
from pypdf import PdfReader

from steunwijzer.netwerkkaart.model import MAX_PEOPLE, map_to_json
from steunwijzer.netwerkkaart.model.worst import WORST_NOTES, worst_map
from steunwijzer.netwerkkaart.wording import PDF_NOTE_CHARS, short_note

from .helpers import map_of

pytestmark = pytest.mark.django_db
PDF_URL = "/netwerkkaart/netwerkkaart.pdf"
# CPU seconds the PDF process may use for the worst map: about 1.3 s on the 2-core test
# machine; before the bounds, 78-87 s.
MAX_CPU_SECONDS = 4.0


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.mark.parametrize("kind", WORST_NOTES)
def test_the_worst_map_the_limits_allow_prints_in_little_cpu_time(client, site_content, kind):
    network = worst_map(WORST_NOTES[kind], name="王" if kind == "Chinese" else "W")
    before = children_cpu_seconds()
    response = client.post(PDF_URL, {"kaart": map_to_json(network)})
    used = children_cpu_seconds() - before
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert 0 < used < MAX_CPU_SECONDS, f"the PDF process used {used:.1f} s of CPU"


def test_a_note_reaches_the_pdf_as_one_short_paragraph_with_a_visible_cut():
    note = "Belt op zondag\n\n  Komt woensdag  \n" + "en nog veel meer " * 40
    printed = short_note(note)
    assert "\n" not in printed
    assert printed.startswith("Belt op zondag / Komt woensdag / en nog")
    assert printed.endswith(" …")
    assert len(printed) <= PDF_NOTE_CHARS + 2
    assert short_note("Belt op zondag\nKomt woensdag") == "Belt op zondag / Komt woensdag"
    assert short_note("a\n" * 250).count("/") < PDF_NOTE_CHARS // 3


def test_the_pdf_shows_the_start_of_a_long_note_and_the_cut(client, site_content):
    note = "Begin van de notitie. " + "x " * 230
    network = worst_map(note)
    response = client.post(PDF_URL, {"kaart": map_to_json(network)})
    assert response.status_code == 200
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(response.content)).pages
    )
    assert text.count("Begin van de notitie.") == MAX_PEOPLE
    assert text.count("…") >= MAX_PEOPLE


@override_settings(PDF_TIME_LIMIT=0.05)
def test_a_pdf_that_takes_too_long_is_stopped_and_the_map_stays_on_the_page(client, site_content):
    network = worst_map(WORST_NOTES["short lines"])
    started = time.monotonic()
    response = client.post(PDF_URL, {"kaart": map_to_json(network)})
    assert time.monotonic() - started < 10
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert "Het maken van de pdf duurde te lang" in page
    assert map_of(response) == network
