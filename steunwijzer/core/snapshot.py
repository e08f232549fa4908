"""Content pages read the database from one snapshot, so a page never shows half of an old
and half of a new content load (docs/security.md, "Consistent pages").

Without a transaction every query of a request sees the data of its own moment: a content
load that commits between two queries gives a page with old figures and new themes, or
search hits whose documents were just replaced. `content_snapshot` runs the view, template
rendering included, in one read transaction:

- PostgreSQL: REPEATABLE READ, so every query sees the data as of the first one. A read-only
  transaction never waits for the load and never fails because of it.
- SQLite: a transaction is a snapshot by itself. With the default rollback journal, the
  reader holds a shared lock until it ends, so a load's commit waits for it (pages render in
  milliseconds, well inside SQLite's 5-second busy timeout); in WAL mode the reader sees the
  database as of its first read and the load does not wait.

Inside an atomic block that is already open (a test's transaction) the view joins it.
"""

from collections.abc import Callable
from functools import wraps

from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse

View = Callable[..., HttpResponse]


def content_snapshot(view: View) -> View:
    @wraps(view)
    def in_one_snapshot(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        outermost = not connection.in_atomic_block
        with transaction.atomic(savepoint=False):  # read only: nothing to roll back to
            if outermost and connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return view(request, *args, **kwargs)

    in_one_snapshot.content_snapshot = True  # type: ignore[attr-defined]
    return in_one_snapshot
