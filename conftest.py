"""Project-wide test setup: real content in the test database, and no skipped tests."""

import os

import pytest

# Playwright's sync API runs an event loop in the main thread; Django must still allow
# database access from the test code there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped test fails the run: every test must run, here and in CI."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped tests are not allowed (a test that does not run proves nothing): {report.longrepr}"


@pytest.fixture(scope="session", autouse=True)
def prerender_root(tmp_path_factory):
    """Pages pre-rendered by the tests' content loads go to a folder of their own."""
    from django.conf import settings

    settings.PRERENDER_ROOT = tmp_path_factory.mktemp("prerendered")
    return settings.PRERENDER_ROOT


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the real content once into the test database."""
    with django_db_blocker.unblock():
        _load_real_content()


@pytest.fixture
def site_content(db):
    """The real content, loaded again if a transactional test flushed it."""
    from steunwijzer.content.models import Theme

    if not Theme.objects.exists():
        _load_real_content()


def _load_real_content():
    from django.core.management import call_command

    call_command("load_content", verbosity=0)
