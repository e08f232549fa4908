"""A content page is built from one snapshot: a content load that commits while the page is
being built shows on the next page, never on half of this one.

The load is real (`load_content` from a changed copy of the content, in a second thread with
its own database connection) and runs between two queries of the request, through Django's
execute_wrapper hook. The page must then equal the page before the load or the page after
it. Runs on SQLite and, with DATABASE_URL, on PostgreSQL."""

import re
import shutil
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError, connection, connections

from steunwijzer.core.tests.pages import public_pages

# (page, the query after which the load commits): a point where the page has read part of
# what it shows. The search page first reads synonyms, then the matching document ids, then
# the documents: the load goes in after the ids. Without the snapshot every one of these
# pages mixes old and new.
PAGES = [
    ("/", 1),
    ("/thema/school/", 1),
    ("/voor/school/", 1),
    ("/cijfers/", 1),
    ("/hulpbronnen/?doelgroep=school", 2),
    ("/bronnen/", 1),
    ("/zoeken/?q=school", 2),
]


@pytest.fixture(scope="module")
def new_content(tmp_path_factory) -> Path:
    """A copy of the content in which every title, figure label and footnote is in capitals."""
    folder = tmp_path_factory.mktemp("inhoud") / "content"
    shutil.copytree(settings.CONTENT_DIR, folder)
    for file in folder.rglob("*.yaml"):
        text = file.read_text(encoding="utf-8")
        changed = re.sub(
            r"^(\s*(?:- )?(?:title|label|text): )(.+)$",
            lambda m: m[1] + m[2].upper(),
            text,
            flags=re.MULTILINE,
        )
        file.write_text(changed, encoding="utf-8")
    return folder


def load_in_another_connection(folder: Path) -> BaseException | None:
    """Run a content load in a second thread (its own connection); its error, if any."""
    outcome: list[BaseException | None] = [None]

    def load():
        try:
            call_command("load_content", path=folder, verbosity=0)
        except BaseException as error:  # noqa: BLE001 (reported to the test)
            outcome[0] = error
        finally:
            connections.close_all()

    writer = threading.Thread(target=load)
    writer.start()
    writer.join(timeout=120)
    assert not writer.is_alive(), "the content load did not finish"
    return outcome[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("url", "after"), PAGES)
def test_a_content_load_during_a_request_never_shows_on_half_a_page(
    client, site_content, new_content, url, after
):
    before = client.get(url).content.decode()
    state = {"queries": 0, "loaded": False, "error": None}

    def load_between_queries(execute, sql, params, many, context):
        if state["queries"] == after and not state["loaded"]:
            state["loaded"] = True
            state["error"] = load_in_another_connection(new_content)
        state["queries"] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(load_between_queries):
        during = client.get(url).content.decode()
    after_load = client.get(url).content.decode()

    assert state["loaded"], "the page ran too few queries for the load to go in between"
    if state["error"] is None:
        assert after_load != before, "the load changed nothing this page shows"
    else:
        # SQLite: the reader's shared lock makes a concurrent writer wait or fail.
        assert isinstance(state["error"], OperationalError), state["error"]
        assert "locked" in str(state["error"])
    assert during in (before, after_load), f"{url} mixed old and new content"


def test_every_content_page_is_built_from_one_snapshot(site_content):
    """New content pages must be wrapped too; the tools' pages read no content."""
    from django.urls import resolve

    tools = ("/steunplan/", "/netwerkkaart/", "/over/", "/privacy/", "/toegankelijkheid/")
    for url in public_pages():
        match = resolve(url.split("?")[0])
        if url.startswith(tools) and match.view_name != "plan:advice_item":
            continue
        assert getattr(match.func, "content_snapshot", False), url
