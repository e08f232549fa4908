"""Promises every public page keeps: structure, privacy and security headers."""

import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

from .pages import public_pages

pytestmark = pytest.mark.django_db


class PageFacts(HTMLParser):
    """What the guards need to know about a page's HTML."""

    def __init__(self):
        super().__init__()
        self.h1_count = 0
        self.html_lang = None
        self.fetched = []  # URLs the browser would load by itself (not links to follow)
        self.ids = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1":
            self.h1_count += 1
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed"} and attrs.get(
            "src"
        ):
            self.fetched.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.fetched.append(attrs["href"])
        if tag == "object" and attrs.get("data"):
            self.fetched.append(attrs["data"])


def facts_of(client, url) -> tuple:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = PageFacts()
    parser.feed(response.content.decode())
    return response, parser


@pytest.fixture
def pages(site_content):
    return public_pages()


def test_every_public_page_has_exactly_one_h1(client, pages):
    for url in pages:
        assert facts_of(client, url)[1].h1_count == 1, url


def test_every_public_page_is_marked_as_dutch(client, pages):
    for url in pages:
        assert facts_of(client, url)[1].html_lang == "nl", url


def test_no_public_page_loads_anything_from_another_host(client, pages):
    for url in pages:
        response, facts = facts_of(client, url)
        for fetched in facts.fetched:
            assert fetched.startswith("/") and not fetched.startswith("//"), (url, fetched)
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", response.content.decode()), url


def test_ids_on_a_page_are_unique(client, pages):
    for url in pages:
        ids = facts_of(client, url)[1].ids
        assert len(ids) == len(set(ids)), (url, [i for i in ids if ids.count(i) > 1])


def test_no_public_page_sets_a_cookie(client, pages):
    for url in [*pages, "/healthz", "/bestaat-niet/"]:
        response = client.get(url)
        assert not response.cookies, url
        assert "Set-Cookie" not in response.headers, url


def test_every_response_carries_the_security_headers(client, pages):
    for url in [*pages, "/healthz", "/bestaat-niet/", "/hulpbronnen/?soort=film"]:
        headers = client.get(url).headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp, url
        assert "unsafe-inline" not in csp, url
        assert "frame-ancestors 'none'" in csp, url
        assert headers["Referrer-Policy"] == "no-referrer", url
        assert headers["X-Content-Type-Options"] == "nosniff", url
        assert headers["X-Frame-Options"] == "DENY", url
        assert "camera=()" in headers["Permissions-Policy"], url


def test_no_page_has_inline_script_or_style_attributes(client, pages):
    for url in pages:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_no_migrations_are_missing():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)
