"""The PDF renderer (core/pdf.py): it reads local static files only, it stops a PDF that
takes too long, and the log records of its child process reach this process's logging."""

import http.server
import io
import logging
import threading
import time

import pytest
from django.test import override_settings
from pypdf import PdfReader

from steunwijzer.core.pdf import PdfTooSlow, render_pdf


def document(body: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        f'<link rel="stylesheet" href="/static/core/pdf.css">{head}</head>'
        f"<body>{body}</body></html>"
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def web_server():
    """A server on this machine that records every path asked of it."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red; }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


def test_the_renderer_fetches_nothing_from_the_network(web_server):
    base, asked = web_server
    html = document(
        f'<p>Tekst</p><img src="{base}/beeld.png" alt=""><object data="{base}/data"></object>',
        head=f'<link rel="stylesheet" href="{base}/stijl.css"><style>@import "{base}/x.css";'
        f' p {{ background: url("{base}/achtergrond.png"); }}</style>',
    )
    pdf = render_pdf(html=html)
    assert pdf.startswith(b"%PDF-")
    assert asked == []


def test_the_renderer_reads_no_file_outside_the_static_files(tmp_path, settings):
    secret = tmp_path / "geheim.css"
    secret.write_text('p::after { content: "GEHEIM-UIT-BESTAND"; }')
    settings.STATIC_ROOT = str(tmp_path / "static")  # the guard looks here too
    html = document(
        "<p>Tekst</p>",
        head=f'<link rel="stylesheet" href="{secret.as_uri()}">'
        '<link rel="stylesheet" href="/static/../geheim.css">',
    )
    text = text_of(render_pdf(html=html))
    assert "Tekst" in text
    assert "GEHEIM-UIT-BESTAND" not in text


def test_the_renderer_uses_the_static_files_it_may_read():
    html = document("<p>Tekst</p>", head='<style>p::after { content: " Steunwijzer"; }</style>')
    assert "Pagina 1 van 1" in text_of(render_pdf(html=html))  # from core/pdf.css


@override_settings(PDF_TIME_LIMIT=0.05)
def test_a_pdf_that_takes_longer_than_the_time_limit_is_stopped():
    html = document("<table>" + "<tr><td>cel</td><td>cel</td></tr>" * 3000 + "</table>")
    started = time.monotonic()
    with pytest.raises(PdfTooSlow):
        render_pdf(html=html)
    assert time.monotonic() - started < 3


@override_settings(PDF_CPU_SECONDS=1, PDF_TIME_LIMIT=60)
def test_a_pdf_that_needs_more_cpu_time_than_allowed_is_stopped():
    html = document("<table>" + "<tr><td>cel</td><td>cel</td></tr>" * 6000 + "</table>")
    with pytest.raises(PdfTooSlow):
        render_pdf(html=html)


def test_log_records_of_the_child_process_reach_this_process():
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    keep = Keep(level=logging.DEBUG)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(keep)
    try:
        render_pdf(html=document('<img src="/static/core/bestaat-niet.png" alt="">'))
    finally:
        logger.removeHandler(keep)
    assert any("bestaat-niet.png" in record.getMessage() for record in records)


def every_answer() -> str:
    from bench.plan import every_answer

    return every_answer()


@pytest.mark.django_db
def test_the_plan_with_every_answer_prints_in_little_cpu_time(client, site_content):
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = children_cpu()
    response = client.get(f"/steunplan/advies.pdf?{every_answer()}")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert 0 < children_cpu() - before < 4.0


@pytest.mark.django_db
@override_settings(PDF_TIME_LIMIT=0.05)
def test_a_plan_pdf_that_takes_too_long_gets_a_dutch_503_with_a_way_back(client, site_content):
    response = client.get(f"/steunplan/advies.pdf?{every_answer()}")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert '<html lang="nl"' in page
    assert "Het maken van de pdf duurde te lang" in page
    assert 'href="/steunplan/advies/?' in page
