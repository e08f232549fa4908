"""Render HTML to PDF with WeasyPrint, using local files only.

WeasyPrint is imported inside `render_pdf` because importing it costs about a second;
pages that never make a PDF should not pay for it. Stylesheets and images are resolved
from the static files on disk: the renderer never opens a network connection.
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

# A base URL that no network can answer: every relative URL in the HTML resolves under it
# and the fetcher below maps /static/... to files on disk.
PDF_BASE_URL = "https://steunwijzer.invalid/"


def static_path(url: str) -> Path | None:
    """The file on disk behind a static URL of this site, or None."""
    prefix = PDF_BASE_URL.rstrip("/") + settings.STATIC_URL
    if not url.startswith(prefix):
        return None
    relative = url.removeprefix(prefix).split("?")[0].split("#")[0]
    found = finders.find(relative)
    if found:
        return Path(found)
    collected = Path(settings.STATIC_ROOT) / relative
    return collected if collected.is_file() else None


def render_pdf(*, html: str, title: str = "") -> bytes:
    """A PDF of `html` (a full document with lang="nl"), tagged for accessibility."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = static_path(url)
            if path is None:
                raise ValueError(f"PDF rendering fetches local static files only: {url}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                url, path.read_bytes(), {"Content-Type": content_type}, status=200
            )

    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=LocalFetcher())
    return document.write_pdf(pdf_tags=True, custom_metadata=False, pdf_identifier=False) or b""
