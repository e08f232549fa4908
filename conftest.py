"""Project-wide test setup: real content in the test database, no skipped tests, and the
Hypothesis profile. The Django settings of the tests are in config/settings_test.py."""

import os

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a quick profile by default (a developer's run), a thorough one in CI
# (.ci/run runs with CI=true). HYPOTHESIS_PROFILE=thorough chooses it by hand. The tests set
# no example counts of their own, so the profile decides. Deadlines and the "too slow" check
# are off: on a busy machine they fail tests for the machine's sake, not the code's; and
# Django's test client is a function-scoped fixture that is fine to share between examples.
_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("quick", max_examples=10, **_COMMON)
settings.register_profile("thorough", max_examples=100, print_blob=True, **_COMMON)
_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("thorough" if _CI else "quick"))


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
