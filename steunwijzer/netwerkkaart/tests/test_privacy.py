"""Nothing of a map stays on the server: no database row, no cookie, no log line with a
name, after building, saving, opening and printing a map."""

import logging

import pytest
from django.apps import apps
from django.db import connection

from .helpers import MAP_URL, add, file_of, press, state_of

pytestmark = pytest.mark.django_db
NAMES = ["Truus", "Mehmet", "Juf Anneke", "Sammie", "Priyanka"]


class Remember(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.name} {record.getMessage()} {record.args!r}")


@pytest.fixture
def every_log_line():
    """Catch every log record of every logger at DEBUG, also those that do not propagate."""
    import weasyprint  # noqa: F401  (its loggers exist before we attach to them)
    from fontTools import subset  # noqa: F401

    handler = Remember()
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    yield handler.lines
    for logger, level, disabled in saved:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.disabled = disabled


def row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        return {
            model._meta.db_table: model._default_manager.count()
            for model in apps.get_models(include_auto_created=True)
            if model._meta.db_table in connection.introspection.table_names(cursor)
        }


def test_building_saving_opening_and_printing_leaves_nothing_behind(
    client, site_content, every_log_line
):
    logging.getLogger("django.request").debug("probe")  # proves the handler catches
    before = row_counts()
    responses = [client.get(MAP_URL)]
    responses.append(
        press(client, responses[-1], "kind", kind__naam="Sammie", kind__leeftijd="4-7")
    )
    for index, name in enumerate(NAMES[:3] + NAMES[4:]):
        responses.append(
            add(client, responses[-1], name, ring=1 + index % 3, notitie=f"Over {name}")
        )
    responses.append(add(client, responses[-1], "x" * 60))  # a refused form, logged as a 400?
    state = state_of(responses[-1])
    plain = client.post("/netwerkkaart/netwerkkaart.json", {"kaart": state})
    secret = client.post(
        "/netwerkkaart/netwerkkaart.json",
        {"kaart": state, "bewaar-wachtwoord": "lang geheim 1", "bewaar-herhaal": "lang geheim 1"},
    )
    opened = client.post(
        "/netwerkkaart/openen/",
        {"open-bestand": file_of(secret.content), "open-wachtwoord": "lang geheim 1"},
    )
    printed = [
        client.post("/netwerkkaart/netwerkkaart.pdf", {"kaart": state, "pdf-zonder_namen": flag})
        for flag in ("", "on")
    ]
    responses += [plain, secret, opened, *printed]

    assert all(name in plain.content.decode() for name in NAMES[:3])  # the map was real
    assert opened.status_code == 200 and printed[0].content.startswith(b"%PDF")
    assert row_counts() == before
    assert not any(response.cookies for response in responses)
    assert any("probe" in line for line in every_log_line)
    assert any(line.startswith(("weasyprint", "fontTools")) for line in every_log_line)
    for line in every_log_line:
        assert not any(name in line for name in NAMES), line
