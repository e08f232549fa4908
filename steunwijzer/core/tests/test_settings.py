"""Production refuses to start with settings that are weak or a typo, and says what to set.

Each case runs the settings in a fresh Python process, like a server starting."""

import os
import subprocess
import sys

import pytest

GOOD_KEY = "k7#Qm2v!Rz9@Lp4$Wx8^Tn3&Yb6*Hd1(Jf5)Gs0-Uc_Ea+Ve=Ni"
PRODUCTION = {
    "STEUNWIJZER_ENV": "production",
    "DJANGO_SECRET_KEY": GOOD_KEY,
    "DJANGO_ALLOWED_HOSTS": "steunwijzer.nl",
}
DEVELOPMENT_KEY = "development-only-key-never-used-in-production-0123456789"


def start(env: dict, code: str = "") -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_good_production_settings_start():
    result = start(PRODUCTION, "from django.conf import settings; print(settings.DEBUG)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"DJANGO_SECRET_KEY": DEVELOPMENT_KEY}, "Set DJANGO_SECRET_KEY to a new random key"),
        ({"DJANGO_SECRET_KEY": "0" * 32}, "Set DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "0" * 64}, "Set DJANGO_SECRET_KEY to a new random key"),
        ({"DJANGO_SECRET_KEY": "abcabcabc" * 7}, "Set DJANGO_SECRET_KEY to a new random key"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + GOOD_KEY}, "Set DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": GOOD_KEY[:40]}, "at least 50"),
        ({"DJANGO_DEBUG": "true"}, "Set DJANGO_DEBUG=false"),
        ({"DJANGO_DEBUG": "1"}, "Set DJANGO_DEBUG=false"),
        ({"DJANGO_DEBUG": "ja"}, "Set DJANGO_DEBUG to true or false"),
        ({"DJANGO_ALLOWED_HOSTS": "*"}, "not '*'"),
        ({"DJANGO_ALLOWED_HOSTS": "steunwijzer.nl,*"}, "not '*'"),
        ({"DJANGO_ALLOWED_HOSTS": ""}, "Set DJANGO_ALLOWED_HOSTS"),
        ({"STEUNWIJZER_ENV": "Production"}, "Set STEUNWIJZER_ENV to production or development"),
        ({"STEUNWIJZER_ENV": "prod"}, "Set STEUNWIJZER_ENV to production or development"),
        ({"DJANGO_BEHIND_PROXY": "misschien"}, "Set DJANGO_BEHIND_PROXY to true or false"),
        ({"STEUNWIJZER_REPORT_URL": "http://example.org/issues"}, "must start with https://"),
        ({"STEUNWIJZER_REPORT_URL": "javascript:alert(1)"}, "must start with https://"),
    ],
)
def test_weak_or_mistyped_production_settings_refuse_to_start(change, says):
    result = start({**PRODUCTION, **change})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert says in result.stderr


def test_an_unknown_environment_name_is_refused_outside_production_too():
    result = start({"STEUNWIJZER_ENV": "staging"})
    assert result.returncode != 0
    assert "Set STEUNWIJZER_ENV to production or development" in result.stderr


def test_the_proxy_header_is_trusted_only_when_asked():
    show = "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"
    alone = start(PRODUCTION, show)
    behind = start({**PRODUCTION, "DJANGO_BEHIND_PROXY": "true"}, show)
    assert alone.returncode == 0 and behind.returncode == 0, alone.stderr + behind.stderr
    assert alone.stdout.strip() == "None"
    assert behind.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_a_forged_forwarded_proto_does_not_make_a_plain_request_secure():
    """Without a proxy, a client's own X-Forwarded-Proto must not turn http into https."""
    code = (
        "from django.test import RequestFactory;"
        "r = RequestFactory().get('/', HTTP_X_FORWARDED_PROTO='https');"
        "print(r.is_secure())"
    )
    assert start({**PRODUCTION, "DJANGO_ALLOWED_HOSTS": "testserver"}, code).stdout.strip() == (
        "False"
    )
