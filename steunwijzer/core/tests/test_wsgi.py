"""Requests refused in front of the views: charsets Django cannot decode with, and methods a
page does not take. Sent through the real WSGI application (config.wsgi), as gunicorn does:
Django's test client builds its requests itself and would skip the guard in config.wsgi."""

import io
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from config.wsgi import application

UNREADABLE = ["rot13", "hex", "base64", "zlib", "uu", "idna", "punycode", "geen-tekenset", "utf-7"]
READABLE = ["utf-8", "UTF-8", "utf8", "latin-1", "iso-8859-1", "windows-1252", "us-ascii"]
TOOL_URLS = [
    ("GET", "/netwerkkaart/"),
    ("POST", "/netwerkkaart/"),
    ("POST", "/netwerkkaart/netwerkkaart.pdf"),
    ("GET", "/steunplan/"),
    ("POST", "/steunplan/"),
    ("GET", "/steunplan/advies/"),
    ("POST", "/steunplan/advies/"),
    ("GET", "/zoeken/"),
]
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


@pytest.fixture(autouse=True)
def as_in_a_test_client():
    """Like Django's test client: no closing of the test's database connection mid-test."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def call(method: str, path: str, *, content_type: str, body: bytes = b"naam=Sammie&q=rouw"):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "q=rouw%20en%20verlies",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "HTTP_HOST": "127.0.0.1",
    }
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = dict(headers)

    chunks = application(environ, start_response)
    try:
        body = b"".join(chunks)
    finally:
        getattr(chunks, "close", lambda: None)()
    return started["status"], started["headers"], body.decode()


@pytest.mark.parametrize("charset", UNREADABLE)
@pytest.mark.parametrize(("method", "path"), TOOL_URLS)
def test_a_charset_django_cannot_decode_with_gets_the_dutch_400(method, path, charset):
    for content_type in (
        f"application/x-www-form-urlencoded; charset={charset}",
        f"multipart/form-data; boundary=grens; charset={charset}",
        f"text/plain;charset={charset}",
    ):
        status, headers, html = call(method, path, content_type=content_type)
        assert status == 400, (method, path, content_type)
        assert 'lang="nl"' in html and "Dit verzoek kunnen we niet lezen" in html
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        for name, value in SECURITY_HEADERS.items():
            assert headers[name] == value, name
        assert "Set-Cookie" not in headers


@pytest.mark.django_db
@pytest.mark.parametrize("charset", READABLE)
def test_a_readable_charset_still_reaches_the_map(charset, site_content):
    status, _, html = call("GET", "/netwerkkaart/", content_type=f"text/plain; charset={charset}")
    assert status == 200 and "<h1>Netwerkkaart" in html


@pytest.mark.django_db
def test_no_charset_at_all_is_fine(site_content):
    status, _, html = call("GET", "/netwerkkaart/", content_type="")
    assert status == 200 and "Netwerkkaart" in html


@pytest.mark.parametrize("path", ["/netwerkkaart/", "/netwerkkaart/netwerkkaart.pdf"])
@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_a_method_the_map_does_not_take_gets_a_dutch_405(method, path):
    status, headers, html = call(method, path, content_type="text/plain")
    assert status == 405
    assert headers["Allow"] == "GET, HEAD, POST"
    assert 'lang="nl"' in html and "Dit adres werkt zo niet" in html
    assert headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_a_post_to_a_static_file_gets_a_dutch_405(client, settings):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = client.post("/static/core/site.css")
    assert response.status_code == 405
    html = response.content.decode()
    assert 'lang="nl"' in html and "Dit adres werkt zo niet" in html
    assert response.headers["Allow"] == "GET, HEAD"
