"""What gunicorn needs to keep its promises (gunicorn.conf.py, docs/security.md).

- `PrivateLogger`: gunicorn's logger without an access log, and without what a client sent:
  no request line, no URL or query string, no header, no client address, no exception text.
- `write_dutch_error`: the page gunicorn sends itself (a request it cannot parse, too long a
  request line or header, an application that crashed) in Dutch, with the security headers,
  and without echoing the request back.

Django is not imported here: gunicorn's master process loads this before the application.
"""

import logging
import traceback
from pathlib import Path

from gunicorn import glogging, util

# The same values as steunwijzer.core.security (a test compares them).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), "
    "browsing-topics=()"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}

# Messages of gunicorn's workers that carry what a client sent (gunicorn/workers/base.py).
REQUEST_MESSAGES = {
    "Invalid request from": "Refused a request gunicorn could not read (the request is not logged).",
    "Error handling request": "Error handling a request (the request is not logged).",
}


class WithoutRequestData(logging.Filter):
    """Rewrite gunicorn's log records so nothing a client sent reaches a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, BaseException):  # `log.exception(e)`: the text is the error's
            record.msg, record.args = f"{type(record.msg).__name__} (text not logged)", ()
        message = str(record.msg)
        for start, replacement in REQUEST_MESSAGES.items():
            if message.startswith(start):
                record.msg, record.args = replacement, ()
        if isinstance(record.args, tuple):
            # "Ignored premature client disconnection. %s": the exception quotes the bytes read.
            record.args = tuple(
                f"{type(arg).__name__} (text not logged)" if isinstance(arg, BaseException) else arg
                for arg in record.args
            )
        return True


class TracebackWithoutMessages(logging.Formatter):
    """Tracebacks with files, lines and exception types, but not the exceptions' text.

    An exception's message often quotes the input that caused it (a charset name, a field
    value, a path), so it is left out; the stack still says where it went wrong.
    """

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        chain, seen, error = [], set(), ei[1]
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            chain.append(error)
            error = error.__cause__ or error.__context__
        lines: list[str] = []
        for error in reversed(chain):
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(error.__traceback__))
            kind = type(error)
            lines.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)\n")
        return "".join(lines).rstrip("\n")


class PrivateLogger(glogging.Logger):
    """gunicorn's logger, private: no access log whatever the command line says."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        if not any(isinstance(f, WithoutRequestData) for f in self.error_log.filters):
            self.error_log.addFilter(WithoutRequestData())
        for handler in self.error_log.handlers:
            handler.setFormatter(TracebackWithoutMessages(self.error_fmt, self.datefmt))
        for handler in list(self.access_log.handlers):
            self.access_log.removeHandler(handler)

    def access(self, resp, req, environ, request_time) -> None:
        """Requests are never logged: a URL can hold what someone typed."""

    def access_log_enabled(self) -> bool:
        return False


# The pages live with the static files, so a proxy in front can show the same ones for its own
# errors (docs/security.md).
ERROR_PAGES = Path(__file__).resolve().parent / "static" / "core" / "fouten"
CLIENT_ERROR_PAGE = (ERROR_PAGES / "verzoek.html").read_text(encoding="utf-8")
SERVER_ERROR_PAGE = (ERROR_PAGES / "storing.html").read_text(encoding="utf-8")


def dutch_error_response(status: int, reason: str) -> bytes:
    """The whole HTTP response gunicorn sends for an error of its own."""
    body = (SERVER_ERROR_PAGE if status >= 500 else CLIENT_ERROR_PAGE).encode("utf-8")
    headers = {
        "Connection": "close",
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": str(len(body)),
        **SECURITY_HEADERS,
    }
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "\r\n").encode("latin-1") + body


def write_dutch_error(sock, status_int: int, reason: str, mesg: str) -> None:
    """Drop-in for gunicorn.util.write_error; `mesg` (it quotes the request) is not sent."""
    util.write_nonblock(sock, dutch_error_response(int(status_int), reason))


def install_dutch_error_pages() -> None:
    """Make gunicorn's workers send `write_dutch_error` (they call util.write_error)."""
    util.write_error = write_dutch_error
