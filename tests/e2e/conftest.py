"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import shutil
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def site(live_server, site_content):
    """The live server's base URL, with the real content loaded."""
    return live_server.url


@pytest.fixture
def requested_hosts(page):
    """Every host the page asks for, to prove no third party is contacted."""
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    return hosts


_axe = Axe()


@pytest.fixture
def axe_violations():
    """Run axe on a page; return a readable report of its violations ('' when none)."""

    def scan(page) -> str:
        results = _axe.run(page)
        return results.generate_report() if results.violations_count else ""

    return scan
