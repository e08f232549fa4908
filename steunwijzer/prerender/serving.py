"""A WSGI wrapper that sends the pre-rendered content pages without running Django.

`PrerenderedPages(application)` answers a GET or HEAD without a query string whose path is
a pre-rendered page with the bytes and headers that the view gave at load time; everything
else (the tools, a filtered resource list, POSTs, the admin, unknown paths) goes to Django.

Each process keeps the current set of pages in memory. On every request it reads where the
`current` symlink points (one system call); when a load has swapped it, the process reads
the new set whole before it answers from it, so a page is never half old, half new. At most
every PRERENDER_CHECK_SECONDS it also compares the folder's content version with the
database's: while they differ (another machine loaded content, or this folder is from an
older load), Django answers and a background `manage.py prerender_pages --if-stale`
re-renders this machine's folder.
"""

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, connection
from django.http.request import split_domain_port, validate_host

from .pages import CURRENT, MANIFEST, database_version

RESPAWN_SECONDS = 5.0  # at most one re-render started per process in this time


class Page:
    __slots__ = ("body", "headers")

    def __init__(self, body: bytes, headers: list[tuple[str, str]]):
        self.body = body
        self.headers = [*headers, ("Content-Length", str(len(body)))]


class PrerenderedPages:
    """WSGI middleware: pre-rendered pages from memory, the rest from `app`."""

    def __init__(
        self,
        app: Callable,
        *,
        root: Path | None = None,
        check_seconds: float | None = None,
        rerender: bool = True,
    ):
        self.app = app
        self.root = Path(root or settings.PRERENDER_ROOT)
        self.link = str(self.root / CURRENT)
        self.check_seconds = (
            settings.PRERENDER_CHECK_SECONDS if check_seconds is None else check_seconds
        )
        self.rerender = rerender
        self.ssl_redirect = settings.SECURE_SSL_REDIRECT
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self._target: str | None = None
        self._version: str | None = None
        self._pages: dict[str, Page] = {}
        self._checked = -float("inf")
        self._fresh = False
        self._lock = threading.Lock()
        self._hosts: dict[str, bool] = {}  # Host header -> allowed (ALLOWED_HOSTS)
        self._rerendering: subprocess.Popen | None = None
        self._spawned = -float("inf")

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if (method == "GET" or method == "HEAD") and not environ.get("QUERY_STRING"):
            page = self.page(environ.get("PATH_INFO", ""))
            if (
                page is not None
                and self._host_allowed(environ.get("HTTP_HOST", ""))
                and (not self.ssl_redirect or self._secure(environ))
            ):
                start_response("200 OK", page.headers)
                return [b""] if method == "HEAD" else [page.body]
        return self.app(environ, start_response)

    def page(self, path: str) -> Page | None:
        """The pre-rendered page for `path`, or None when Django must answer."""
        try:
            target = os.readlink(self.link)
        except OSError:
            return None
        if target != self._target:
            self._load(target)
        if time.monotonic() - self._checked >= self.check_seconds:
            self._check()
        return self._pages.get(path) if self._fresh else None

    def _load(self, target: str) -> None:
        """Read the whole set the symlink points to (by its own name, so a swap during the
        read cannot mix two sets)."""
        with self._lock:
            if target == self._target:
                return
            folder = self.root / target
            try:
                manifest = json.loads((folder / MANIFEST).read_text())
                pages = {
                    url: Page(
                        (folder / entry["file"]).read_bytes(),
                        [(name, value) for name, value in entry["headers"]],
                    )
                    for url, entry in manifest["pages"].items()
                }
            except (OSError, ValueError, KeyError):
                return
            self._pages, self._version, self._target = pages, manifest["version"], target
            self._checked = -float("inf")

    def _check(self) -> None:
        """Compare the folder's content version with the database's."""
        self._checked = time.monotonic()
        try:
            current = database_version()
        except Exception:  # the database is away: let Django answer (and report) it
            current = None
        finally:
            if not connection.in_atomic_block:  # never inside a transaction (tests)
                close_old_connections()
        self._fresh = current is not None and current == self._version
        if current is not None and not self._fresh and self.rerender:
            self._spawn_rerender()

    def _spawn_rerender(self) -> None:
        if self._rerendering is not None and self._rerendering.poll() is None:
            return
        if time.monotonic() - self._spawned < RESPAWN_SECONDS:
            return
        self._spawned = time.monotonic()
        self._rerendering = subprocess.Popen(
            [sys.executable, str(settings.BASE_DIR / "manage.py"), "prerender_pages", "--if-stale"],
            cwd=settings.BASE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )

    def _host_allowed(self, host: str) -> bool:
        """As Django's own check: a Host outside ALLOWED_HOSTS goes to Django (a 400)."""
        allowed = self._hosts.get(host)
        if allowed is None:
            domain = split_domain_port(host)[0]
            allowed = bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)
            if len(self._hosts) < 1000:
                self._hosts[host] = allowed
        return allowed

    def _secure(self, environ: dict) -> bool:
        if environ.get("wsgi.url_scheme") == "https":
            return True
        if self.proxy_ssl_header:
            header, value = self.proxy_ssl_header
            return environ.get(header) == value
        return False
