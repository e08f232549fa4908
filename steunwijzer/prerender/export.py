"""A static export: the content pages and the static assets as files for any static host.

`make export` (manage.py export_site) writes to a folder:

- every content page as `<path>/index.html` (the same pages as the pre-render), plus
  `404.html`;
- the static assets under `static/` (as collectstatic left them);
- `_headers`, the security headers of the pages in the format that Netlify and Cloudflare
  Pages read (other hosts: copy them into the host's own configuration).

The tools (steunplan, netwerkkaart, zoeken, the visit booklet) and the filtered resource list need the app:
every link and form that leads to them points at APP_BASE_URL (STEUNWIJZER_APP_URL), and
the pages' Content-Security-Policy allows forms to be sent there (docs/deploy.md).
"""

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client

from .pages import render_host, rendered_pages

# Paths only the app can answer: links and forms to them go to APP_BASE_URL. The visit
# form (/bezoek/) is a content page; the booklet it makes (/bezoek/boekje/, .pdf) is a tool.
APP_PATHS = ("/steunplan/", "/netwerkkaart/", "/zoeken/", "/bezoek/boekje", "/admin/")
APP_LINK = re.compile(
    rb'(?P<attribute>\b(?:href|action))="(?P<path>(?:'
    + b"|".join(re.escape(path.encode()) for path in APP_PATHS)
    + rb')[^"]*)"'
)
# The filter form of the resource list answers with a query string: the app's page.
FILTER_FORM = re.compile(rb'(<form\b[^>]*\baction=")(/hulpbronnen/)(")')


def point_tools_at_app(html: bytes, app: str) -> bytes:
    """Make every link and form of a tool point at the app at `app` (an absolute URL)."""
    base = app.encode()
    html = APP_LINK.sub(lambda m: m["attribute"] + b'="' + base + m["path"] + b'"', html)
    return FILTER_FORM.sub(lambda m: m[1] + base + m[2] + m[3], html)


def export_site(*, to: Path, app: str) -> int:
    """Write the static site to `to` (emptied first); the number of pages written."""
    parts = urlsplit(app)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"The app's base URL must be absolute (https://...), not {app!r}.")
    if not Path(settings.STATIC_ROOT).is_dir():
        raise ValueError("No static files: run collectstatic (make static) first.")
    app = app.rstrip("/")
    origin = f"{parts.scheme}://{parts.netloc}"
    if to.exists():
        shutil.rmtree(to)
    to.mkdir(parents=True)
    headers: dict[str, list[tuple[str, str]]] = {}
    count = 0
    for page in rendered_pages():
        (to / page.file).parent.mkdir(parents=True, exist_ok=True)
        (to / page.file).write_bytes(point_tools_at_app(page.body, app))
        headers[page.url] = [_allow_forms_to(origin, header) for header in page.headers]
        count += 1
    missing = Client(HTTP_HOST=render_host()).get("/deze-pagina-bestaat-niet/")
    (to / "404.html").write_bytes(point_tools_at_app(missing.content, app))
    shutil.copytree(settings.STATIC_ROOT, to / "static")
    (to / "_headers").write_text(_headers_file(headers))
    return count


def _allow_forms_to(origin: str, header: tuple[str, str]) -> tuple[str, str]:
    name, value = header
    if name.lower() == "content-security-policy":
        value = value.replace("form-action 'self'", f"form-action 'self' {origin}")
    return name, value


def _headers_file(headers: dict[str, list[tuple[str, str]]]) -> str:
    lines = []
    for url, page_headers in headers.items():
        lines.append(url)
        lines += [f"  {name}: {value}" for name, value in page_headers]
    return "\n".join(lines) + "\n"
