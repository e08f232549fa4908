"""Fixed pages, the health check, the error pages and the production settings."""

import os
import subprocess
import sys

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/over/", "Waar komt de kennis vandaan?"),
        ("/privacy/", "We plaatsen geen cookies bij bezoekers."),
        ("/toegankelijkheid/", "WCAG 2.2"),
    ],
)
def test_fixed_pages_explain_themselves(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    assert text in response.content.decode()


def test_healthz_answers_with_the_database_vendor(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    from django.db import connection

    assert response.json() == {"status": "ok", "database": connection.vendor}
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_reports_503_when_the_database_fails(client, monkeypatch):
    from django.db import DatabaseError, connection

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_unknown_page_gets_the_dutch_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_server_error_gets_the_dutch_500(client):
    from steunwijzer.core.views import server_error

    response = server_error(client.get("/").wsgi_request)
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
    assert 'lang="nl"' in response.content.decode()


@override_settings(DEBUG=False)
def test_an_exception_in_a_view_shows_the_dutch_500(client, monkeypatch):
    from steunwijzer.content import views

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "render", explode)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@override_settings(SECURE_HSTS_SECONDS=31536000)
def test_hsts_is_sent_over_https(client):
    assert "max-age=31536000" in client.get("/over/", secure=True)["Strict-Transport-Security"]
    assert "Strict-Transport-Security" not in client.get("/over/").headers


def run_settings(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings({"STEUNWIJZER_ENV": "production", "DJANGO_ALLOWED_HOSTS": "example.nl"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_settings(
        {
            "STEUNWIJZER_ENV": "production",
            "DJANGO_SECRET_KEY": "k7#Qm2v!Rz9@Lp4$Wx8^Tn3&Yb6*Hd1(Jf5)Gs0-Uc_Ea+Ve=Ni",
        }
    )
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_both_and_sends_hsts():
    code = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "print(settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE)"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "STEUNWIJZER_ENV": "production",
            "DJANGO_SECRET_KEY": "k7#Qm2v!Rz9@Lp4$Wx8^Tn3&Yb6*Hd1(Jf5)Gs0-Uc_Ea+Ve=Ni",
            "DJANGO_ALLOWED_HOSTS": "example.nl",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", "True"]


def test_a_request_with_too_many_fields_gets_the_dutch_400(client):
    query = "&".join(f"a{n}=1" for n in range(1100))
    response = client.get(f"/zoeken/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit verzoek kunnen we niet lezen" in html and 'lang="nl"' in html


def test_a_post_to_a_public_page_gets_a_dutch_403_without_cookie_talk(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    for url in ["/", "/zoeken/?q=rouw", "/steunplan/", "/steunplan/advies/?rol=school"]:
        response = strict.post(url, {"x": "1"})
        assert response.status_code == 403, url
        html = response.content.decode()
        assert "Dit kan niet" in html and 'lang="nl"' in html
        assert "<style" not in html
        assert not response.cookies


def test_the_development_server_never_logs_request_lines():
    code = (
        "import django, logging; django.setup();"
        "logging.getLogger('django.server').error('\"GET /zoeken/?q=geheimwoordxyz HTTP/1.1\" 500')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "geheimwoordxyz" not in result.stderr + result.stdout


@pytest.mark.parametrize("path", ["/over/", "/toegankelijkheid/"])
def test_the_about_pages_link_where_to_report_a_mistake(client, settings, path):
    settings.REPORT_URL = "https://example.org/steunwijzer/issues"
    page = client.get(path).content.decode()
    assert (
        '<a href="https://example.org/steunwijzer/issues">de projectpagina van Steunwijzer</a>'
        in page
    )


@pytest.mark.parametrize("path", ["/over/", "/toegankelijkheid/"])
def test_without_a_report_address_the_about_pages_name_the_operator(client, settings, path):
    settings.REPORT_URL = ""
    page = client.get(path).content.decode()
    assert "projectpagina" not in page
    assert "Meld het bij de organisatie die deze site beheert" in page
