"""Render HTML to PDF with WeasyPrint: local files only, in a child process, in limited time.

WeasyPrint is imported inside `render_pdf` because importing it costs about a second;
pages that never make a PDF should not pay for it. Stylesheets, fonts and images are
resolved from the static files on disk: the renderer never opens a network connection
and never reads a file outside the static files.

Each PDF is drawn in a forked child process with two limits, so no request can hold a
server worker for long: the kernel stops the child after PDF_CPU_SECONDS of CPU time (5 by
default; the worst map takes about 1.5), and this process kills it after PDF_TIME_LIMIT
seconds (12 by default, well under gunicorn's 30) when the server is too busy to finish.
Either way the caller gets `PdfTooSlow` and answers in Dutch. The child sends back the PDF
and the log records it made; they are handled here, by this process's logging settings.
"""

from __future__ import annotations

import logging
import mimetypes
import multiprocessing
import resource
import signal
import traceback
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render

# A base URL that no network can answer: every relative URL in the HTML resolves under it
# and the fetcher below maps /static/... to files on disk.
PDF_BASE_URL = "https://steunwijzer.invalid/"
CPU_SECONDS = 5  # CPU seconds of the child (whole seconds: the kernel counts in seconds)
TIME_LIMIT = 12.0  # seconds of waiting, however busy the server is
TOO_SLOW = (
    "Het maken van de pdf duurde te lang en is gestopt. Probeer het over een paar minuten "
    "opnieuw. Lukt het dan nog niet, maak de notities korter of druk de pagina af."
)


class PdfTooSlow(Exception):
    """The PDF was not ready within the time limit; the child process has been stopped."""


class PdfFailed(RuntimeError):
    """The child process could not make the PDF (the message names the error type only)."""


def too_slow_page(request, *, back_url: str = "", back_label: str = "") -> HttpResponse:
    """The Dutch 503 page for a PDF that took too long (the map page has its own)."""
    context = {"message": TOO_SLOW, "back_url": back_url, "back_label": back_label}
    response = render(request, "core/pdf_too_slow.html", context, status=503)
    response["Retry-After"] = "60"
    return response


def time_limit() -> float:
    return float(getattr(settings, "PDF_TIME_LIMIT", TIME_LIMIT))


def cpu_seconds() -> int:
    return max(1, int(getattr(settings, "PDF_CPU_SECONDS", CPU_SECONDS)))


def static_path(url: str) -> Path | None:
    """The file on disk behind a static URL of this site, or None."""
    prefix = PDF_BASE_URL.rstrip("/") + settings.STATIC_URL
    if not url.startswith(prefix):
        return None
    relative = url.removeprefix(prefix).split("?")[0].split("#")[0]
    found = finders.find(relative)
    if found:
        return Path(found)
    root = Path(settings.STATIC_ROOT).resolve()
    collected = (root / relative).resolve()
    return collected if collected.is_relative_to(root) and collected.is_file() else None


def render_pdf(*, html: str, title: str = "") -> bytes:
    """A PDF of `html` (a full document with lang="nl"), tagged for accessibility.

    Raises PdfTooSlow when it needs more than `cpu_seconds()` of CPU or `time_limit()` of
    waiting.
    """
    import weasyprint  # noqa: F401 - imported once here, so that each child has it already

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, html, cpu_seconds()), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(time_limit()):
            raise PdfTooSlow()
        try:
            status, payload, records = receiver.recv()
        except EOFError:  # the child ended without an answer
            child.join()
            if child.exitcode in (-signal.SIGXCPU, -signal.SIGKILL):  # its CPU time was up
                raise PdfTooSlow() from None
            raise PdfFailed(f"the PDF process ended with {child.exitcode}") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    for record in records:
        logging.getLogger(record.name).handle(record)
    if status != "pdf":
        raise PdfFailed(payload)
    return payload


def _child(sender, html: str, cpu: int) -> None:
    """In the forked process: draw the PDF, send it with the log records made meanwhile."""
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU, then SIGKILL
    records = _collect_log_records()
    try:
        result = ("pdf", _write_pdf(html), records)
    except Exception as error:  # reported to the parent by type only: no user text
        result = ("error", type(error).__name__, records)
        traceback.clear_frames(error.__traceback__)
    sender.send(result)
    sender.close()


def _write_pdf(html: str) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = static_path(url)
            if path is None:
                raise ValueError("PDF rendering fetches local static files only")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                url, path.read_bytes(), {"Content-Type": content_type}, status=200
            )

    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=LocalFetcher())
    return document.write_pdf(pdf_tags=True, custom_metadata=False, pdf_identifier=False) or b""


class _Collector(logging.Handler):
    """Takes the place of every handler in the child: keeps each record once, as text."""

    def __init__(self, records: list[logging.LogRecord]):
        super().__init__()
        self.records = records
        self.seen: set[int] = set()

    def emit(self, record: logging.LogRecord) -> None:
        if id(record) in self.seen:
            return
        self.seen.add(id(record))
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


def _collect_log_records() -> list[logging.LogRecord]:
    """Swap the child's log handlers for a collector, keeping which loggers reach one."""
    records: list[logging.LogRecord] = []
    collector = _Collector(records)
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if isinstance(logger, logging.Logger) and logger.handlers:
            logger.handlers = [collector]
    return records
