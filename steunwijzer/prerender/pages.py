"""Render the content pages once per content load into a folder that servers send as files.

The content pages (home, themes, roles, figures, resources without filters, sources and
the fixed pages) are the same for every visitor until the next load. `prerender_pages`
renders each through Django's test client, so the bytes and the headers (CSP and the other
security headers, Content-Type) are exactly what the view answers, and writes them to a new
folder `<PRERENDER_ROOT>/v-<version>/`. When the load's transaction commits, the symlink
`<PRERENDER_ROOT>/current` is replaced in one rename: a reader sees the old set or the new
set, never a mix.

The folder records the content version it was rendered from. The version lives in the
database (`ContentVersion`), so a server on another machine (or a process that started
before the load) notices that its folder is stale, lets Django answer until it is fresh
again, and `prerender_if_stale` re-renders it (docs/performance.md).
"""

import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse

from .models import ContentVersion

# URL names of the content pages without arguments. New content pages go here.
FIXED_PAGES = [
    "content:home",
    "content:themes",
    "content:figures",
    "content:resources",
    "content:sources",
    "core:about",
    "core:privacy",
    "core:accessibility",
    "voorkind:visit",
    "voorkind:child_index",
    "voorkind:help",
]
MANIFEST = "manifest.json"
CURRENT = "current"
KEEP = 3  # folders kept: the current one and two older ones that a slow reader may still read
# Headers a pre-rendered page never carries: the server computes the length itself.
DROPPED_HEADERS = {"content-length", "set-cookie"}


@dataclass(frozen=True)
class PrerenderReport:
    version: str
    folder: Path
    pages: int

    def __str__(self) -> str:
        return f"{self.pages} pages pre-rendered (content version {self.version})"


def page_urls() -> list[str]:
    """Every content page: the fixed ones, each theme, role, child page and advice."""
    from steunwijzer.content.models import ROLE_CHOICES, Theme
    from steunwijzer.voorkind.models import ChildPage

    urls = [reverse(name) for name in FIXED_PAGES]
    urls += [
        reverse("content:theme", args=[slug])
        for slug in Theme.objects.values_list("slug", flat=True)
    ]
    urls += [reverse("content:role", args=[role]) for role, _ in ROLE_CHOICES]
    urls += [page.get_absolute_url() for page in ChildPage.objects.all()]
    urls += [reverse("plan:advice_item", args=[slug]) for slug in published_advice()]
    return urls


def published_advice() -> list[str]:
    """The slugs of the advice with a page: those resting on a published knowledge item."""
    from steunwijzer.plan.models import Advice

    return list(Advice.objects.with_page().values_list("slug", flat=True))


def prerender_pages(*, root: Path | None = None) -> PrerenderReport:
    """Give the content a new version, render its pages, and publish them when it commits.

    Call it inside the load's transaction, after every step that writes content: the pages
    are rendered from the new, uncommitted rows on the same connection, and the folder is
    swapped in only when the transaction commits (`on_commit`). A load that fails leaves the
    old folder and the old version; a page that fails to render fails the load.
    """
    root = Path(root or settings.PRERENDER_ROOT)
    version = uuid.uuid4().hex
    with transaction.atomic():
        ContentVersion.objects.update_or_create(pk=1, defaults={"version": version})
        folder = render_folder(root=root, version=version)
        transaction.on_commit(lambda: publish(root=root, folder=folder))
    return PrerenderReport(version=version, folder=folder, pages=len(_manifest(folder)["pages"]))


def prerender_if_stale(*, root: Path | None = None) -> PrerenderReport | None:
    """Re-render from the committed content when this machine's folder is not of its version.

    For server start and for the other machines of a set-up after a load. Returns None when
    the folder is fresh, or when another process of this machine is rendering right now.
    """
    root = Path(root or settings.PRERENDER_ROOT)
    version = database_version()
    if version is None or version == folder_version(root):
        return None
    root.mkdir(parents=True, exist_ok=True)
    with _lock(root) as locked:
        if not locked or version == folder_version(root):
            return None
        folder = render_folder(root=root, version=version)
        publish(root=root, folder=folder)
    return PrerenderReport(version=version, folder=folder, pages=len(_manifest(folder)["pages"]))


def database_version() -> str | None:
    """The content version in the database, or None before the first load."""
    return ContentVersion.objects.filter(pk=1).values_list("version", flat=True).first()


def folder_version(root: Path) -> str | None:
    """The content version of the published folder under `root`, or None."""
    try:
        return _manifest(root / CURRENT)["version"]
    except (OSError, ValueError, KeyError):
        return None


def render_folder(*, root: Path, version: str) -> Path:
    """Render every content page into a new folder `root/v-<version>-<random>`."""
    folder = root / f"v-{version}-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    pages = {}
    for page in rendered_pages():
        (folder / page.file).parent.mkdir(parents=True, exist_ok=True)
        (folder / page.file).write_bytes(page.body)
        pages[page.url] = {"file": page.file, "headers": [list(h) for h in page.headers]}
    (folder / MANIFEST).write_text(json.dumps({"version": version, "pages": pages}, indent=1))
    return folder


@dataclass(frozen=True)
class RenderedPage:
    url: str
    file: str  # the path of its file: thema/<slug>/index.html
    body: bytes
    headers: list[tuple[str, str]]


def rendered_pages() -> Iterator[RenderedPage]:
    """Each content page as its view answers it (through every middleware)."""
    client = Client(HTTP_HOST=render_host())
    for url in page_urls():
        response = client.get(url, secure=settings.SECURE_SSL_REDIRECT)
        if response.status_code != 200 or response.cookies:
            raise RuntimeError(f"Pre-rendering {url} gave {response.status_code}; load stopped.")
        yield RenderedPage(
            url=url,
            file=url.strip("/") + "/index.html" if url != "/" else "index.html",
            body=response.content,
            headers=[
                (header, value)
                for header, value in response.items()
                if header.lower() not in DROPPED_HEADERS
            ],
        )


def publish(*, root: Path, folder: Path) -> None:
    """Point `root/current` at `folder` in one rename, then remove folders of old loads."""
    link = root / f".{CURRENT}-{uuid.uuid4().hex[:8]}"
    os.symlink(folder.name, link)
    os.replace(link, root / CURRENT)
    folders = sorted(
        (path for path in root.glob("v-*") if path.is_dir() and path != folder),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for old in folders[KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def render_host() -> str:
    """A host name the site accepts, for the requests of the pre-render."""
    for host in settings.ALLOWED_HOSTS:
        if host not in {"*", ""}:
            return host.lstrip(".")
    return "localhost"


def _manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text())


@contextmanager
def _lock(root: Path) -> Iterator[bool]:
    """A machine-wide lock on `root` (non-blocking): True when this process holds it."""
    with open(root / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
