"""The exchange format: a round trip keeps the map, and every kind of invalid file gets a
Dutch message that names what is wrong."""

import copy
import json

import pytest
from hypothesis import given, settings

from steunwijzer.netwerkkaart.model import (
    FORMAT,
    VERSION,
    MapError,
    load_map,
    map_to_dict,
    map_to_json,
    parse_map,
)

from .strategies import maps

VALID = {
    "format": "steunwijzer-netwerkkaart",
    "version": 1,
    "kind": {"naam": "Sam", "leeftijd": "8-11"},
    "personen": [
        {
            "id": "p1",
            "naam": "Oma",
            "sector": "familie",
            "ring": 1,
            "steun": ["emotioneel", "praktisch"],
            "relatie": "positief",
            "weet_van_detentie": True,
            "gedetineerd": False,
            "notitie": "",
        }
    ],
}


def messages(data) -> list[str]:
    with pytest.raises(MapError) as caught:
        parse_map(data)
    return [problem.message for problem in caught.value.problems]


def changed(path: str, value) -> dict:
    """VALID with one field set (or removed when `value` is REMOVE)."""
    data = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if value is REMOVE:
        del target[last]
    else:
        target[last] = value
    return data


REMOVE = object()


def test_the_example_of_the_public_contract_is_read_as_given():
    network = parse_map(VALID)
    assert network.kind.naam == "Sam"
    person = network.personen[0]
    assert (person.naam, person.sector, person.ring, person.relatie) == (
        "Oma",
        "familie",
        1,
        "positief",
    )
    assert person.steun == ("praktisch", "emotioneel")
    assert person.weet_van_detentie and not person.gedetineerd


def test_writing_uses_exactly_the_field_names_of_the_contract():
    data = map_to_dict(parse_map(VALID))
    assert list(data) == ["format", "version", "kind", "personen"]
    assert (data["format"], data["version"]) == (FORMAT, VERSION) == (FORMAT, 2)
    assert set(data["personen"][0]) == {*VALID["personen"][0], "rol"}


VALID_V2 = {**VALID, "version": 2, "personen": [{**VALID["personen"][0], "rol": "oma"}]}


def test_a_version_1_file_still_opens_and_its_people_have_no_role():
    network = parse_map(VALID)
    assert network.personen[0].naam == "Oma" and network.personen[0].rol == ""
    assert map_to_dict(network)["version"] == 2  # saved again, it is a version-2 file


def test_a_version_2_file_keeps_the_role_through_a_round_trip():
    network = parse_map(VALID_V2)
    assert network.personen[0].rol == "oma"
    assert parse_map(json.loads(map_to_json(network))) == network


def test_the_role_is_optional_in_version_2():
    data = copy.deepcopy(VALID_V2)
    del data["personen"][0]["rol"]
    assert parse_map(data).personen[0].rol == ""


def test_a_role_is_unknown_in_a_version_1_file():
    data = copy.deepcopy(VALID)
    data["personen"][0]["rol"] = "oma"
    assert "Persoon 1: het veld ‘rol’ kennen we niet." in messages(data)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("r" * 31, "Persoon 1, veld ‘rol’: de rol is 31 tekens lang. Dat mag hoogstens 30 zijn."),
        ("oma\nopa", "Persoon 1, veld ‘rol’: de rol bevat een teken dat niet kan"),
        (5, "Persoon 1, veld ‘rol’: moet tekst zijn."),
    ],
)
def test_a_role_that_cannot_be_gets_a_message_naming_the_field(value, expected):
    data = copy.deepcopy(VALID_V2)
    data["personen"][0]["rol"] = value
    found = messages(data)
    assert any(message.startswith(expected) for message in found), found


@settings(deadline=None)
@given(maps())
def test_export_then_import_gives_the_same_map(network):
    assert load_map(map_to_json(network)) == network
    assert load_map(map_to_json(network, pretty=True)) == network


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("tekst", "geen netwerkkaart van Steunwijzer"),
        ({"format": "iets-anders", "version": 1, "personen": []}, "Veld ‘format’"),
        ({"version": 1, "personen": []}, "Veld ‘format’: dit is geen netwerkkaart"),
        (changed("version", 3), "versie 3 en komt uit een nieuwere Steunwijzer"),
        (changed("version", "1"), "Veld ‘version’ ontbreekt of is geen heel getal"),
        (changed("version", 0), "versie 0 bestaat niet"),
        (changed("personen", [VALID["personen"][0]] * 61), "er staan 61 personen"),
        (changed("personen", "Oma"), "Veld ‘personen’ ontbreekt of is geen lijst"),
        (changed("personen.0.naam", "x" * 41), "Persoon 1, veld ‘naam’: de naam is 41 tekens"),
        (changed("personen.0.naam", "  "), "Persoon 1, veld ‘naam’: is leeg"),
        (changed("personen.0.naam", "Oma\nTruus"), "veld ‘naam’: de naam bevat een teken"),
        (changed("personen.0.notitie", "x" * 501), "veld ‘notitie’: de notitie is 501 tekens"),
        (changed("personen.0.sector", "werk"), "veld ‘sector’: ‘werk’ kennen we niet"),
        (changed("personen.0.ring", 4), "veld ‘ring’: moet 1, 2 of 3 zijn"),
        (changed("personen.0.ring", True), "veld ‘ring’: moet 1, 2 of 3 zijn"),
        (changed("personen.0.steun", ["geld"]), "veld ‘steun’: ‘geld’ kennen we niet"),
        (changed("personen.0.steun", ["advies", "advies"]), "noemt een soort steun twee keer"),
        (changed("personen.0.steun", "advies"), "veld ‘steun’: moet een lijst zijn"),
        (changed("personen.0.relatie", "slecht"), "veld ‘relatie’: ‘slecht’ kennen we niet"),
        (changed("personen.0.weet_van_detentie", "ja"), "‘weet_van_detentie’: moet true of"),
        (changed("personen.0.gedetineerd", 1), "veld ‘gedetineerd’: moet true of false"),
        (changed("personen.0.id", "p 1!"), "veld ‘id’: moet een korte code zijn"),
        (changed("personen.0.naam", REMOVE), "Persoon 1: het veld ‘naam’ ontbreekt"),
        (changed("personen.0.kleur", "rood"), "Persoon 1: het veld ‘kleur’ kennen we niet"),
        (changed("extra", 1), "Het bestand: het veld ‘extra’ kennen we niet"),
        (changed("kind", "Sam"), "Veld ‘kind’ moet een object zijn"),
        (changed("kind.leeftijd", "9"), "Kind, veld ‘leeftijd’: ‘9’ kennen we niet"),
        (changed("kind.naam", "x" * 41), "Kind, veld ‘naam’: de naam is 41 tekens"),
        (changed("personen", [VALID["personen"][0], 5]), "Persoon 2 is geen object"),
    ],
)
def test_each_kind_of_invalid_file_gets_its_own_message(data, expected):
    found = messages(data)
    assert any(expected in message for message in found), found


def test_two_people_with_the_same_id_are_refused():
    data = changed("personen", [VALID["personen"][0], VALID["personen"][0]])
    assert "Persoon 2, veld ‘id’: ‘p1’ komt al eerder voor." in messages(data)


def test_every_problem_of_a_file_is_listed_not_only_the_first():
    data = changed("personen.0.ring", 9)
    data["personen"][0]["sector"] = "werk"
    assert len(messages(data)) == 2


def test_text_that_is_not_json_gets_a_message_instead_of_an_error():
    for text in ["", "{", "[" * 100_000, "\x00", "NaN garbage"]:
        with pytest.raises(MapError) as caught:
            load_map(text)
        assert caught.value.problems[0].message


def test_optional_fields_of_a_person_get_their_defaults():
    data = changed("personen", [{"id": "a", "naam": "Juf", "sector": "school", "ring": 2}])
    person = parse_map(data).personen[0]
    assert (person.steun, person.relatie, person.weet_van_detentie, person.notitie) == (
        (),
        "neutraal",
        False,
        "",
    )


def test_text_is_kept_tidy_spaces_trimmed_and_windows_line_breaks_made_plain():
    data = changed("personen.0.notitie", "  eerste regel\r\ntweede  ")
    data["personen"][0]["naam"] = "  Oma  "
    person = parse_map(data).personen[0]
    assert (person.naam, person.notitie) == ("Oma", "eerste regel\ntweede")


def test_a_value_echoed_in_a_message_is_cut_short():
    (message,) = messages(changed("personen.0.sector", "w" * 500))
    assert len(message) < 250


def test_the_file_is_plain_utf8_json_readable_by_anyone():
    text = map_to_json(parse_map(VALID), pretty=True)
    assert json.loads(text) == map_to_dict(parse_map(VALID))
    assert '"naam": "Oma"' in text


@pytest.mark.parametrize("field", ["naam", "notitie"])
def test_a_file_with_a_control_that_turns_text_around_is_refused(field):
    data = copy.deepcopy(VALID)
    data["personen"][0][field] = "\u202eAMO"
    with pytest.raises(MapError) as caught:
        parse_map(data)
    (problem,) = caught.value.problems
    assert problem.message.startswith(f"Persoon 1, veld ‘{field}’:")
    assert "leesrichting" in problem.message
