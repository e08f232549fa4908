"""Pre-rendered content pages: written at load time, sent without Django, never stale."""

import io
import json
import os

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from steunwijzer.content.tests.factories import minimal_content, write_content
from steunwijzer.prerender.models import ContentVersion
from steunwijzer.prerender.pages import (
    CURRENT,
    KEEP,
    folder_version,
    prerender_if_stale,
    prerender_pages,
    publish,
    render_folder,
)
from steunwijzer.prerender.serving import PrerenderedPages

pytestmark = pytest.mark.django_db

DJANGO = b"answered by the application behind the wrapper"


def behind(environ, start_response):
    """The application behind the wrapper: says that it answered."""
    behind.calls += 1
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [DJANGO]


def request(
    app, path: str, *, method: str = "GET", query: str = "", host: str = "127.0.0.1"
) -> tuple[str, dict, bytes]:
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": host,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
    }
    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body


@pytest.fixture
def root(settings, tmp_path):
    settings.PRERENDER_ROOT = tmp_path / "prerendered"
    return settings.PRERENDER_ROOT


@pytest.fixture
def wrapper(root):
    behind.calls = 0
    return PrerenderedPages(behind, root=root, check_seconds=0, rerender=False)


def load(folder, django_capture_on_commit_callbacks) -> None:
    """Load content the way `make content` does; run what waits for the commit."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_content", path=folder, stdout=io.StringIO())


def test_a_load_writes_every_content_page_with_the_views_bytes_and_headers(
    root, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        prerender_pages()
    manifest = json.loads((root / CURRENT / "manifest.json").read_text())
    pages = manifest["pages"]
    for url in ["/", "/thema/negatieve-gevolgen/", "/voor/school/", "/cijfers/", "/hulpbronnen/"]:
        assert url in pages
    for url in ["/bronnen/", "/over/", "/privacy/", "/toegankelijkheid/"]:
        assert url in pages
    assert manifest["version"] == ContentVersion.objects.get().version
    client = Client()
    for url, entry in pages.items():
        response = client.get(url)
        assert (root / CURRENT / entry["file"]).read_bytes() == response.content, url
        headers = dict(entry["headers"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["Content-Security-Policy"] == response["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
        assert "Content-Length" not in headers


def test_the_wrapper_sends_a_page_with_its_headers_without_the_application(
    wrapper, root, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        prerender_pages()
    status, headers, body = request(wrapper, "/thema/negatieve-gevolgen/")
    assert status == "200 OK"
    assert body == Client().get("/thema/negatieve-gevolgen/").content
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Content-Length"] == str(len(body))
    status, headers, body = request(wrapper, "/", method="HEAD")
    assert (status, body) == ("200 OK", b"")
    assert int(headers["Content-Length"]) > 1000
    assert behind.calls == 0


@pytest.mark.parametrize(
    ("method", "path", "query"),
    [
        ("GET", "/hulpbronnen/", "doelgroep=kind"),
        ("GET", "/", "x=1"),
        ("POST", "/", ""),
        ("GET", "/zoeken/", ""),
        ("GET", "/steunplan/", ""),
        ("GET", "/thema/negatieve-gevolgen", ""),
        ("GET", "/bestaat-niet/", ""),
    ],
)
def test_query_strings_other_methods_and_other_paths_go_to_the_application(
    wrapper, root, site_content, django_capture_on_commit_callbacks, method, path, query
):
    with django_capture_on_commit_callbacks(execute=True):
        prerender_pages()
    assert request(wrapper, path, method=method, query=query)[2] == DJANGO
    assert behind.calls == 1


def test_a_host_outside_allowed_hosts_goes_to_the_application(
    wrapper, root, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        prerender_pages()
    assert request(wrapper, "/", host="evil.example")[2] == DJANGO
    assert request(wrapper, "/", host="")[2] == DJANGO
    assert request(wrapper, "/", host="localhost:8000")[2] != DJANGO
    assert behind.calls == 2


def test_a_load_shows_its_new_content_on_the_next_request(
    wrapper, root, tmp_path, django_capture_on_commit_callbacks
):
    files = minimal_content()
    files["themes/praten.yaml"]["title"] = "Praten over detentie (eerste versie)"
    load(write_content(tmp_path / "first", files), django_capture_on_commit_callbacks)
    assert b"(eerste versie)" in request(wrapper, "/thema/praten/")[2]

    files["themes/praten.yaml"]["title"] = "Praten over detentie (tweede versie)"
    load(write_content(tmp_path / "second", files), django_capture_on_commit_callbacks)
    body = request(wrapper, "/thema/praten/")[2]
    assert b"(tweede versie)" in body
    assert b"(eerste versie)" not in body
    assert behind.calls == 0


def test_a_load_that_rolls_back_leaves_the_published_pages_and_version(
    wrapper, root, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        published = prerender_pages()
    with pytest.raises(RuntimeError), transaction.atomic():
        prerender_pages()
        raise RuntimeError("a later step of the load fails")
    assert folder_version(root) == published.version
    assert ContentVersion.objects.get().version == published.version
    assert request(wrapper, "/")[0] == "200 OK"
    assert behind.calls == 0


def test_a_folder_of_another_version_is_not_sent_and_is_rendered_again(
    wrapper, root, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        prerender_pages()
    assert prerender_if_stale() is None  # fresh: nothing to do
    ContentVersion.objects.filter(pk=1).update(version="loaded-on-another-machine")
    assert request(wrapper, "/")[2] == DJANGO
    report = prerender_if_stale()
    assert report is not None and report.version == "loaded-on-another-machine"
    assert folder_version(root) == "loaded-on-another-machine"
    assert request(wrapper, "/")[2] != DJANGO


def test_without_a_folder_or_a_version_everything_goes_to_the_application(wrapper, root):
    assert request(wrapper, "/")[2] == DJANGO
    ContentVersion.objects.all().delete()
    assert request(wrapper, "/")[2] == DJANGO


def test_publishing_swaps_the_link_and_keeps_a_few_older_folders(root, site_content):
    folders = []
    for number in range(5):
        folders.append(folder := render_folder(root=root, version=f"v{number}"))
        os.utime(folder, (1000 + number, 1000 + number))
        publish(root=root, folder=folder)
        assert folder_version(root) == f"v{number}"
    assert os.readlink(root / CURRENT) == folders[-1].name
    assert sorted(path.name for path in root.glob("v-*")) == sorted(f.name for f in folders[-KEEP:])


def test_the_export_points_the_tools_at_the_app_and_keeps_the_content_local(
    settings, tmp_path, site_content
):
    from django.core.management import call_command

    from steunwijzer.prerender.export import export_site

    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", interactive=False, verbosity=0)
    count = export_site(to=tmp_path / "site", app="https://app.example.org/")
    site = tmp_path / "site"
    home = (site / "index.html").read_text()
    assert count >= 20
    assert 'href="https://app.example.org/steunplan/"' in home
    assert 'action="https://app.example.org/zoeken/"' in home
    assert 'href="/steunplan/' not in home and 'action="/zoeken/' not in home
    assert 'href="/cijfers/"' in home  # content pages stay on the static host
    resources = (site / "hulpbronnen" / "index.html").read_text()
    assert 'action="https://app.example.org/hulpbronnen/"' in resources
    assert (site / "thema" / "negatieve-gevolgen" / "index.html").is_file()
    visit = (site / "bezoek" / "index.html").read_text()
    assert 'action="https://app.example.org/bezoek/boekje/"' in visit
    assert (site / "static" / "core" / "site.css").is_file()
    headers = (site / "_headers").read_text()
    assert "/thema/negatieve-gevolgen/\n  Content-Type: text/html; charset=utf-8" in headers
    assert "form-action 'self' https://app.example.org;" in headers
    with pytest.raises(ValueError):
        export_site(to=tmp_path / "other", app="/relative")
