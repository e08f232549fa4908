"""The editors' admin: its cookies stay under /admin/, and login attempts are bounded."""

import pytest
from django.contrib.auth.signals import user_login_failed
from django.test import Client

from steunwijzer.core.security import LoginBucket

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


def test_the_admin_cookies_are_scoped_to_the_admin(django_user_model):
    django_user_model.objects.create_superuser("redacteur", password="lang geheim wachtwoord 7")
    browser = Client(enforce_csrf_checks=True)
    form = browser.get(LOGIN)
    csrf = form.cookies["csrftoken"]
    assert csrf["path"] == "/admin/"
    logged_in = browser.post(
        LOGIN,
        {
            "username": "redacteur",
            "password": "lang geheim wachtwoord 7",
            "csrfmiddlewaretoken": csrf.value,
            "next": "/admin/",
        },
    )
    assert logged_in.status_code == 302 and logged_in["Location"] == "/admin/"
    assert logged_in.cookies["sessionid"]["path"] == "/admin/"
    assert logged_in.cookies["csrftoken"]["path"] == "/admin/"
    assert browser.get("/admin/").status_code == 200  # the cookies work where they belong


def test_a_public_page_after_an_admin_visit_sets_no_cookie(client):
    client.get(LOGIN)
    response = client.get("/")
    assert not response.cookies


def failed_logins() -> tuple:
    failures: list = []

    def remember(sender, credentials, **kwargs):
        failures.append(credentials.get("username"))

    user_login_failed.connect(remember, weak=False)
    return failures, remember


def test_login_attempts_beyond_the_limit_get_a_dutch_429_without_a_password_check(settings):
    settings.ADMIN_LOGIN_LIMIT = (3, 10)  # 3 at once, then 10 a minute
    failures, remember = failed_logins()
    try:
        attacker = Client()
        answers = [
            attacker.post(LOGIN, {"username": f"raad{n}", "password": "fout"}) for n in range(6)
        ]
    finally:
        user_login_failed.disconnect(remember)
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429, 429]
    # Only the first three reached Django's password check (each costs ~0.6 s of PBKDF2).
    assert failures == ["raad0", "raad1", "raad2"]
    refused = answers[-1]
    html = refused.content.decode()
    assert 'lang="nl"' in html and "Even wachten" in html
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in refused["Content-Security-Policy"]


def test_the_login_page_itself_and_other_admin_pages_are_not_limited(settings):
    settings.ADMIN_LOGIN_LIMIT = (1, 1)
    browser = Client()
    browser.post(LOGIN, {"username": "x", "password": "y"})
    assert browser.get(LOGIN).status_code == 200
    assert browser.get("/").status_code == 200


def test_the_bucket_refills_with_time_and_never_beyond_its_burst():
    now = [0.0]
    bucket = LoginBucket(burst=2, per_minute=6, clock=lambda: now[0])
    assert bucket.take() == 0 and bucket.take() == 0
    assert bucket.take() == pytest.approx(10.0)  # one attempt every 10 s
    now[0] = 10.0
    assert bucket.take() == 0
    assert bucket.take() > 0
    now[0] = 3600.0  # a long pause fills it up to the burst, not more
    assert [bucket.take() == 0 for _ in range(3)] == [True, True, False]
