"""Security headers Django 5.2 does not set by itself, and the guards in front of the views:
unreadable charsets, empty error bodies, the admin login limit (docs/security.md)."""

import codecs
import math
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import parse_header_parameters

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
)


ADMIN_PREFIX = "/admin/"


class SecurityHeadersMiddleware:
    """Add the Content-Security-Policy, Permissions-Policy and X-Frame-Options to every
    response (Django's own SecurityMiddleware adds the rest)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        if request.path.startswith(ADMIN_PREFIX):
            # Browsers send "Origin: null" on a form POST under no-referrer, which fails
            # Django's CSRF origin check; the editors' admin needs its login to work.
            response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # XFrameOptionsMiddleware sits innermost: a response an outer middleware answers
        # itself (a refused charset, the login limit) would go without.
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response


# --- Requests Django cannot read -------------------------------------------------------------

# Django decodes the query string and form body with the charset a request names. Some codec
# names Python knows are not text encodings (rot13, hex, base64, zlib, uu) or fail on plain
# ASCII (punycode, idna), and then Django's request constructor raises before any middleware
# runs: gunicorn's English 500. Browsers send UTF-8 (or no charset at all); these ASCII
# supersets are all a form can sensibly use.
READABLE_CHARSETS = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252"})
# Set in the WSGI environ by config.wsgi when the request named another charset.
REFUSED_CHARSET = "steunwijzer.refused_charset"


def charset_is_readable(content_type: str) -> bool:
    """True when the Content-Type names no charset, or one of READABLE_CHARSETS.

    Parsed with Django's own header parser, so this sees exactly the charset Django would use.
    """
    _, params = parse_header_parameters(content_type)
    if "charset" not in params:
        return True
    try:
        return codecs.lookup(params["charset"].strip()).name in READABLE_CHARSETS
    except (LookupError, ValueError):
        return False


class RefuseUnreadableCharsetMiddleware:
    """Answer the Dutch 400 page to a request that config.wsgi marked as unreadable.

    config.wsgi removes the charset before Django builds the request (the constructor would
    raise), so this middleware runs on a harmless request and answers before any view or
    form parsing. It sits below the security header middlewares, so the page carries them.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.META.get(REFUSED_CHARSET):
            from .views import bad_request

            return bad_request(request, SuspiciousOperation("unreadable charset"))
        return self.get_response(request)


# --- Dutch bodies for empty error responses ---------------------------------------------------


class DutchErrorBodiesMiddleware:
    """Give a 405 without a body (require_http_methods, WhiteNoise) the Dutch 405 page.

    The Allow header of the original response is kept.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405:
            return response
        # WhiteNoise answers a 405 as an (empty) streaming file response.
        if getattr(response, "streaming", False) or not response.content:
            page = render(request, "405.html", status=405)
            if "Allow" in response.headers:
                page.headers["Allow"] = response.headers["Allow"]
            return page
        return response


# --- The admin login --------------------------------------------------------------------------


class LoginBucket:
    """A token bucket: `burst` attempts at once, refilled at `per_minute` attempts a minute.

    It lives in one process and stores nothing about who tries (no address, no user name):
    it only bounds how much password hashing this process does. With several processes the
    site-wide bound is that many times larger, which grows with the capacity deployed, so no
    shared store is needed (docs/decisions/0002-admin-login-limit.md).
    """

    def __init__(self, *, burst: int, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.burst = burst
        self.rate = per_minute / 60.0
        self.clock = clock
        self.tokens = float(burst)
        self.updated = clock()
        self.lock = threading.Lock()

    def take(self) -> float:
        """0 when an attempt may go ahead (and counts it), else the seconds to wait."""
        with self.lock:
            now = self.clock()
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return 0.0
            return (1 - self.tokens) / self.rate


ADMIN_LOGIN_PATH = ADMIN_PREFIX + "login/"


class AdminLoginLimitMiddleware:
    """Refuse login POSTs beyond the process's bucket with a Dutch 429, before any hashing.

    Each password check costs about 0.6 s of CPU (PBKDF2, kept on purpose); without a bound
    a few clients could keep every worker busy hashing guesses.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        burst, per_minute = settings.ADMIN_LOGIN_LIMIT
        self.bucket = LoginBucket(burst=burst, per_minute=per_minute)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path == ADMIN_LOGIN_PATH:
            wait = self.bucket.take()
            if wait:
                response = render(request, "429.html", status=429)
                response.headers["Retry-After"] = str(math.ceil(wait))
                return response
        return self.get_response(request)
