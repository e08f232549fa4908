"""Settings for Steunwijzer, read from environment variables.

Development defaults are safe for a laptop (SQLite, DEBUG off, a throwaway key);
production (STEUNWIJZER_ENV=production) refuses to start with a missing, known or guessable
secret key, DEBUG on, or missing or wildcard allowed hosts (docs/security.md).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False) -> bool:
    """A yes/no setting; a value that is neither (a typo) refuses to start."""
    value = os.environ.get(name, str(default)).strip().lower()
    if value not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(f"Set {name} to true or false.")
    return value in TRUE_WORDS


def env_list(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


ENVIRONMENTS = ("development", "production")
ENVIRONMENT = os.environ.get("STEUNWIJZER_ENV", "development")
if ENVIRONMENT not in ENVIRONMENTS:
    # "Production" or "prod" must not silently run with development settings.
    raise ImproperlyConfigured(
        "Set STEUNWIJZER_ENV to production or development (lower case), or leave it unset."
    )
PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DJANGO_DEBUG", False)

# The key a development checkout uses; it is in the public repository, so never in production.
DEVELOPMENT_SECRET_KEY = "development-only-key-never-used-in-production-0123456789"
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_DISTINCT = 16  # a random 50-character key has about 30 distinct characters
NEW_KEY_HINT = (
    "Generate one with: python -c "
    '"from django.core.management.utils import get_random_secret_key; '
    'print(get_random_secret_key())"'
)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if PRODUCTION:
    if len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH:
        raise ImproperlyConfigured(
            f"Set DJANGO_SECRET_KEY (at least {SECRET_KEY_MIN_LENGTH} random characters) in "
            f"production. {NEW_KEY_HINT}"
        )
    if (
        SECRET_KEY == DEVELOPMENT_SECRET_KEY
        or SECRET_KEY.startswith("django-insecure-")
        or len(set(SECRET_KEY)) < SECRET_KEY_MIN_DISTINCT
    ):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is a known or guessable key (the development key, or too few "
            f"different characters). Set DJANGO_SECRET_KEY to a new random key. {NEW_KEY_HINT}"
        )
    if DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_DEBUG is on: production shows no debug pages. Set DJANGO_DEBUG=false "
            "(or remove it)."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "Set DJANGO_ALLOWED_HOSTS in production, e.g. DJANGO_ALLOWED_HOSTS=steunwijzer.nl."
        )
    if any(host in {"*", "."} for host in ALLOWED_HOSTS):
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must name the site's host names, not '*'. "
            "Set e.g. DJANGO_ALLOWED_HOSTS=steunwijzer.nl,www.steunwijzer.nl."
        )
else:
    SECRET_KEY = SECRET_KEY or DEVELOPMENT_SECRET_KEY
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]

# Content pages rendered at load time and sent as files (steunwijzer/prerender, docs/performance.md).
PRERENDER_ROOT = Path(os.environ.get("STEUNWIJZER_PRERENDER_DIR", BASE_DIR / "prerendered"))
# How often (seconds) each server process compares its folder with the database's content version.
PRERENDER_CHECK_SECONDS = float(os.environ.get("STEUNWIJZER_PRERENDER_CHECK_SECONDS", "1"))
# Where the tools (plan, map, search) live when the content pages are exported to a static host.
APP_BASE_URL = os.environ.get("STEUNWIJZER_APP_URL", "").rstrip("/")
CONTENT_DIR = Path(os.environ.get("STEUNWIJZER_CONTENT_DIR", BASE_DIR / "content"))
# Where readers report a mistake (the project's issue page, or a mailto: address); /over/ and
# the accessibility statement link it. Empty: they ask readers to tell the site's operator.
REPORT_URL = os.environ.get("STEUNWIJZER_REPORT_URL", "").strip()
if REPORT_URL and not REPORT_URL.startswith(("https://", "mailto:")):
    raise ImproperlyConfigured(
        "STEUNWIJZER_REPORT_URL must start with https:// or mailto:, e.g. "
        "STEUNWIJZER_REPORT_URL=https://example.org/steunwijzer/issues."
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "steunwijzer.core",
    "steunwijzer.content",
    "steunwijzer.plan",
    "steunwijzer.netwerkkaart",
    "steunwijzer.search",
    "steunwijzer.voorkind",
    "steunwijzer.prerender",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "steunwijzer.core.security.SecurityHeadersMiddleware",
    "steunwijzer.core.security.DutchErrorBodiesMiddleware",
    "steunwijzer.core.security.RefuseUnreadableCharsetMiddleware",
    "steunwijzer.core.security.AdminLoginLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "steunwijzer.core.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 3600

# Security headers. The CSP and Permissions-Policy come from SecurityHeadersMiddleware.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "steunwijzer.core.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Only the editors' admin sets cookies; scoped to it, browsers never send them to public pages.
SESSION_COOKIE_PATH = "/admin/"
CSRF_COOKIE_PATH = "/admin/"
# Admin login attempts per process: a burst, then so many a minute (AdminLoginLimitMiddleware).
ADMIN_LOGIN_LIMIT = (5, 10)
# Trust X-Forwarded-Proto only when a proxy that overwrites it stands in front (docs/security.md).
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if PRODUCTION:
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Logging: requests are not logged by the app (gunicorn's access log is off, see Makefile),
# so no query string of a tool ever reaches a log. Errors go to stderr without request data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        # Tracebacks without the exceptions' text: that often quotes what a visitor typed.
        "plain": {
            "()": "steunwijzer.core.serving.TracebackWithoutMessages",
            "format": "%(levelname)s %(name)s: %(message)s",
        }
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        # The development server logs request lines (with query strings): never.
        "django.server": {"handlers": ["null"], "level": "ERROR", "propagate": False},
        "steunwijzer": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        # WeasyPrint and fontTools quote the text they cannot draw (a name, letter by
        # letter) in warnings: they are never printed, and only errors are made at all.
        "weasyprint": {"handlers": ["null"], "level": "ERROR", "propagate": False},
        "fontTools": {"handlers": ["null"], "level": "ERROR", "propagate": False},
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
}

# Uploads never touch the disk: without this line Django writes a file part over 2.5 MB to
# a temporary file. The memory handler drops such a part (the map's own upload view sets a
# handler that says the file is too large); netwerkkaart/tests/test_uploads.py holds this.
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]
