"""WSGI entry point for gunicorn.

`application` is Django's handler behind one guard that must run before Django builds the
request: a Content-Type whose charset Django cannot decode with (rot13, hex, punycode, an
unknown name) makes Django's request constructor raise, which no middleware can catch. The
guard removes that Content-Type and marks the request; RefuseUnreadableCharsetMiddleware then
answers with the Dutch 400 page and the usual security headers (docs/security.md).
"""

import os
from collections.abc import Callable, Iterable

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from steunwijzer.core.security import REFUSED_CHARSET, charset_is_readable  # noqa: E402

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def refuse_unreadable_charset(app: WSGIApp) -> WSGIApp:
    def guarded(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if not charset_is_readable(environ.get("CONTENT_TYPE", "")):
            environ = {**environ, REFUSED_CHARSET: True}
            del environ["CONTENT_TYPE"]
        return app(environ, start_response)

    return guarded


django_application = get_wsgi_application()
application = refuse_unreadable_charset(django_application)
