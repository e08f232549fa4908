"""Whatever is posted, the map views answer 200 or 400, never a server error.
(Django's test client raises the exception of a 500, so a crash fails these tests.)"""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import MAP_URL, file_of, map_of
from .test_exchange import VALID

VALID_TEXT = json.dumps(VALID)

pytestmark = pytest.mark.django_db
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
# Near misses: the valid example with one field replaced by anything.
near_misses = st.builds(
    lambda path, value: _replaced(path, value),
    st.sampled_from(
        ["format", "version", "kind", "personen", "p.id", "p.naam", "p.sector", "p.ring", "p.steun"]
        + ["p.relatie", "p.weet_van_detentie", "p.gedetineerd", "p.notitie", "k.naam", "k.leeftijd"]
    ),
    json_values,
)
actions = st.sampled_from(
    ["toevoegen", "wijzigen:p1", "bewerken:p1", "verwijderen:p1", "verplaatsen", "kind", "x", ""]
)


def _replaced(path: str, value) -> dict:
    data = json.loads(json.dumps(VALID))
    if path.startswith("p."):
        data["personen"][0][path[2:]] = value
    elif path.startswith("k."):
        data["kind"][path[2:]] = value
    else:
        data[path] = value
    return data


@FUZZ
@given(state=json_values | near_misses, actie=actions, naam=st.text(max_size=60))
def test_any_json_as_the_page_state_gives_200_or_400(client, site_content, state, actie, naam):
    data = {"kaart": json.dumps(state), "actie": actie, "persoon-naam": naam}
    data.update({"persoon-sector": "gezin", "persoon-ring": "1", "verplaats-id": "p1"})
    response = client.post(MAP_URL, data)
    assert response.status_code in (200, 400)


@FUZZ
@given(
    state=st.text(max_size=300), fields=st.dictionaries(st.text(max_size=20), st.text(max_size=40))
)
def test_any_text_in_any_field_gives_200_or_400(client, site_content, state, fields):
    response = client.post(MAP_URL, {**fields, "kaart": state})
    assert response.status_code in (200, 400)


@FUZZ
@given(content=st.binary(max_size=2000))
def test_any_bytes_as_an_opened_file_give_200_or_400(client, site_content, content):
    response = client.post("/netwerkkaart/openen/", {"open-bestand": file_of(content)})
    assert response.status_code in (200, 400)


@FUZZ
@given(content=json_values | near_misses)
def test_any_json_as_an_opened_file_gives_200_or_400(client, site_content, content):
    upload = file_of(json.dumps(content))
    response = client.post(
        "/netwerkkaart/openen/", {"open-bestand": upload, "open-wachtwoord": "x"}
    )
    assert response.status_code in (200, 400)


@FUZZ
@given(content=json_values)
def test_any_protected_wrapper_gives_200_or_400(client, site_content, content):
    wrapper = {"format": "steunwijzer-netwerkkaart-versleuteld", "version": 1}
    if isinstance(content, dict):
        wrapper.update(content)
    upload = file_of(json.dumps(wrapper))
    response = client.post(
        "/netwerkkaart/openen/", {"open-bestand": upload, "open-wachtwoord": "x"}
    )
    assert response.status_code in (200, 400)


@FUZZ
@given(state=json_values | near_misses)
def test_any_state_for_a_download_or_pdf_gives_a_file_or_400(client, site_content, state):
    for url in ["/netwerkkaart/netwerkkaart.json"]:
        response = client.post(url, {"kaart": json.dumps(state)})
        assert response.status_code in (200, 400)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=json_values | near_misses)
def test_any_state_for_a_pdf_gives_a_pdf_or_400(client, site_content, state):
    response = client.post("/netwerkkaart/netwerkkaart.pdf", {"kaart": json.dumps(state)})
    assert response.status_code in (200, 400)


LONE_SURROGATE = '"\\ud800"'  # JSON text for a character that UTF-8 cannot hold


@pytest.mark.parametrize(
    "state",
    [
        VALID_TEXT.replace('"Oma"', LONE_SURROGATE, 1),
        VALID_TEXT.replace('"steunwijzer-netwerkkaart"', LONE_SURROGATE, 1),
        VALID_TEXT.replace('"personen"', LONE_SURROGATE + ': 1, "personen"', 1),
    ],
)
def test_a_lone_surrogate_in_the_json_is_refused_with_a_message(client, site_content, state):
    assert "\\ud800" in state
    for url in [MAP_URL, "/netwerkkaart/netwerkkaart.json", "/netwerkkaart/netwerkkaart.pdf"]:
        response = client.post(url, {"kaart": state, "actie": "toevoegen"})
        assert response.status_code == 400, url
    opened = client.post("/netwerkkaart/openen/", {"open-bestand": file_of(state)})
    assert opened.status_code == 400
    assert "geen JSON-bestand" in opened.content.decode()


def test_deeply_nested_json_is_refused_politely(client, site_content):
    deep = "[" * 50_000 + "]" * 50_000
    assert client.post(MAP_URL, {"kaart": deep, "actie": "toevoegen"}).status_code == 400
    upload = file_of(deep)
    assert client.post("/netwerkkaart/openen/", {"open-bestand": upload}).status_code == 400


@pytest.mark.parametrize("field", ["sector", "steun", "naam", "id"])
@pytest.mark.parametrize("depth", [940, 5_000])
def test_a_deeply_nested_field_is_refused_and_the_map_stays(client, site_content, field, depth):
    # A field the error message quotes (json.dumps of the value) used to overflow the stack.
    nested = json.loads(VALID_TEXT)
    nested["personen"][0][field] = "@"  # replaced by the nesting below, as text
    text = json.dumps(nested).replace('"@"', "[" * depth + "]" * depth)
    on_page = json.dumps({**VALID, "kind": {"naam": "Noor", "leeftijd": ""}})
    opened = client.post("/netwerkkaart/openen/", {"kaart": on_page, "open-bestand": file_of(text)})
    assert opened.status_code == 400
    assert "te diep" in opened.content.decode()
    assert map_of(opened).kind.naam == "Noor"
    for url in [MAP_URL, "/netwerkkaart/netwerkkaart.json", "/netwerkkaart/netwerkkaart.pdf"]:
        response = client.post(url, {"kaart": text, "actie": "toevoegen"})
        assert response.status_code == 400, url


def test_nesting_is_refused_before_parsing_even_with_a_shallow_stack():
    # In a new thread the stack is shallow, as in a server worker: at some depth near the
    # recursion limit the parser copes and the message quoting the value overflowed
    # (RecursionError, a 500). Every depth must now be refused before parsing.
    import threading

    from steunwijzer.netwerkkaart.model import MapError, load_map
    from steunwijzer.netwerkkaart.saving import open_saved_file

    outcome = {}

    def run():
        for depth in range(900, 1000, 2):
            nested = json.loads(VALID_TEXT)
            nested["personen"][0]["sector"] = "@"
            text = json.dumps(nested).replace('"@"', "[" * depth + "]" * depth)
            for name, action in [("state", load_map), ("file", open_saved_file)]:
                try:
                    action(text if name == "state" else text.encode())
                except MapError as error:
                    outcome[name, depth] = error.problems[0].message
                except RecursionError:
                    outcome[name, depth] = "RecursionError"

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert len(outcome) == 100
    wrong = {key: message for key, message in outcome.items() if "te diep" not in message}
    assert not wrong, sorted(set(wrong.values()))
