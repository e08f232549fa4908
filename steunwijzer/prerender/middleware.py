"""Content pages that Django renders read one snapshot of the database.

A content page takes several queries (a theme, then its items, its figures...). Outside a
transaction each query sees the latest commit, so a content load that commits between two
of them would give a page that is half old, half new. Django renders content pages when a
query string asks for a filter (/hulpbronnen/?doelgroep=kind) and, for a moment after a
load, on a machine whose pre-rendered folder is not yet of the new version. This
middleware runs those views in one read transaction (REPEATABLE READ on PostgreSQL; SQLite
reads one snapshot within a transaction anyway), so every page is of one load.
"""

from collections.abc import Callable

from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse

# The views of the content pages: every view of the content app, and the fixed pages.
CONTENT_VIEWS = frozenset({("steunwijzer.content.views", "*"), ("steunwijzer.core.views", "page")})


def is_content_view(view) -> bool:
    module = getattr(view, "__module__", "")
    return (module, "*") in CONTENT_VIEWS or (
        module,
        getattr(view, "__name__", ""),
    ) in CONTENT_VIEWS


class ContentSnapshotMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view, args, kwargs) -> HttpResponse | None:
        if request.method not in {"GET", "HEAD"} or connection.in_atomic_block:
            return None
        if not is_content_view(view):
            return None
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            return response
