"""Content views that Django renders read one snapshot of the database."""

from django.db import connection
from django.test import RequestFactory

from steunwijzer.content import views as content_views
from steunwijzer.core import views as core_views
from steunwijzer.prerender.middleware import ContentSnapshotMiddleware, is_content_view


def test_content_views_run_in_one_transaction_and_the_others_do_not(
    django_db_setup, django_db_blocker
):
    """Outside a test transaction (as in a server), on the loaded test database."""
    assert is_content_view(content_views.theme) and is_content_view(core_views.page)
    assert not is_content_view(core_views.healthz)
    seen = []

    def theme(request, slug):
        seen.append(connection.in_atomic_block)
        return content_views.theme(request, slug)

    theme.__module__ = content_views.theme.__module__
    middleware = ContentSnapshotMiddleware(lambda request: None)
    request = RequestFactory().get("/thema/negatieve-gevolgen/")
    with django_db_blocker.unblock():
        assert not connection.in_atomic_block
        response = middleware.process_view(request, theme, (), {"slug": "negatieve-gevolgen"})
        assert response.status_code == 200 and b"<h1>" in response.content
        assert seen == [True]
        assert not connection.in_atomic_block
        assert middleware.process_view(request, core_views.healthz, (), {}) is None
        post = RequestFactory().post("/thema/negatieve-gevolgen/")
        assert middleware.process_view(post, theme, (), {"slug": "negatieve-gevolgen"}) is None
