"""Promises every public page keeps: structure, privacy and security headers.

Each guard runs once per page (parametrized), so one failing page does not hide the others.
The pages are the examples of the guard list (pages.py), which a test below holds to the
URL resolver: every named URL has an example, or is excluded on purpose with a reason."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from .pages import EXAMPLES, EXCLUDED, EXCLUDED_NAMESPACES, OTHER_RESPONSES, public_pages

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


def named_urls(resolver=None, namespace: str = "") -> set[str]:
    """Every named URL the resolver knows, as 'namespace:name', includes walked."""
    names: set[str] = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= named_urls(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(namespace + pattern.name)
    return names


def test_every_named_url_has_an_example_or_is_excluded_with_a_reason():
    unguarded = {
        name
        for name in named_urls()
        if name not in EXAMPLES
        and name not in EXCLUDED
        and name.split(":")[0] not in EXCLUDED_NAMESPACES
    }
    assert not unguarded, f"add examples to core/tests/pages.py or exclude: {sorted(unguarded)}"
    assert all(EXCLUDED.values()) and all(EXCLUDED_NAMESPACES.values())
    assert not set(EXAMPLES) & set(EXCLUDED)


@pytest.mark.parametrize("name", [*EXAMPLES, *EXCLUDED])
def test_every_listed_name_is_a_url_and_each_example_reaches_it(name):
    assert name in named_urls(), f"{name} is no named URL (renamed or removed?)"
    for url in EXAMPLES.get(name, []):
        match = resolve(urlsplit(url).path)
        assert f"{match.namespace}:{match.url_name}" == name, url


@pytest.fixture(scope="module")
def responses():
    """Each URL is fetched once per module; every guard reads the same response."""
    return {}


@pytest.fixture
def fetch(client, site_content, responses):
    def get(url):
        if url not in responses:
            responses[url] = client.get(url)
        return responses[url]

    return get


def facts_of(response) -> PageFacts:
    assert response.status_code == 200
    parser = PageFacts()
    parser.feed(response.content.decode())
    return parser


PAGES = public_pages()
EVERY_RESPONSE = [*PAGES, *OTHER_RESPONSES]


@pytest.mark.parametrize("url", PAGES)
def test_every_public_page_has_exactly_one_h1(fetch, url):
    assert facts_of(fetch(url)).h1_count == 1


@pytest.mark.parametrize("url", PAGES)
def test_every_public_page_is_marked_as_dutch(fetch, url):
    assert facts_of(fetch(url)).html_lang == "nl"


@pytest.mark.parametrize("url", PAGES)
def test_no_public_page_loads_anything_from_another_host(fetch, url):
    response = fetch(url)
    for fetched in facts_of(response).fetched:
        assert fetched.startswith("/") and not fetched.startswith("//"), fetched
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", response.content.decode())


@pytest.mark.parametrize("url", PAGES)
def test_ids_on_a_page_are_unique(fetch, url):
    ids = facts_of(fetch(url)).ids
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("url", EVERY_RESPONSE)
def test_no_public_page_sets_a_cookie(fetch, url):
    response = fetch(url)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", EVERY_RESPONSE)
def test_every_response_carries_the_security_headers(fetch, url):
    headers = fetch(url).headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in headers["Permissions-Policy"]


@pytest.mark.parametrize("url", PAGES)
def test_no_page_has_inline_script_or_style_attributes(fetch, url):
    html = fetch(url).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_no_migrations_are_missing():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)
