"""Download and open: the file is an attachment in the exchange format (optionally
protected); opening a bad file says what is wrong and keeps the map on screen."""

import json

import pytest

from steunwijzer.netwerkkaart.crypto import WRONG_PASSPHRASE
from steunwijzer.netwerkkaart.model import map_to_dict
from steunwijzer.netwerkkaart.saving import MAX_FILE_BYTES, TOO_BIG

from .helpers import MAP_URL, build, errors_of, file_of, json_body, map_of, state_of
from .test_exchange import VALID

pytestmark = pytest.mark.django_db
EXPORT, OPEN, PDF = (
    "/netwerkkaart/netwerkkaart.json",
    "/netwerkkaart/openen/",
    "/netwerkkaart/netwerkkaart.pdf",
)


@pytest.fixture
def built(client, site_content):
    return build(client, ["Mama", "Oma Truus", "Juf Anneke"])


def download(client, page, passphrase="", again=None):
    data = {"kaart": state_of(page), "bewaar-wachtwoord": passphrase}
    data["bewaar-herhaal"] = passphrase if again is None else again
    return client.post(EXPORT, data)


def open_file(client, page, upload, passphrase=""):
    data = {"kaart": state_of(page), "open-bestand": upload, "open-wachtwoord": passphrase}
    return client.post(OPEN, data)


def test_the_download_is_an_attachment_in_the_exchange_format(client, built):
    response = download(client, built)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="netwerkkaart-')
    assert "no-store" in response["Cache-Control"]
    assert json_body(response) == map_to_dict(map_of(built))


def test_a_downloaded_file_opens_as_the_same_map(client, built):
    saved = download(client, built).content
    empty = client.get(MAP_URL)
    opened = open_file(client, empty, file_of(saved))
    assert opened.status_code == 200
    assert map_of(opened) == map_of(built)
    assert "De kaart is geopend." in opened.content.decode()


def test_a_protected_download_opens_only_with_its_passphrase(client, built):
    saved = download(client, built, "geheim wachtwoord").content
    # Base64 ciphertext holds no quotes, so a quoted name can only be plain text.
    assert b'"Oma"' not in saved and json.loads(saved)["format"].endswith("versleuteld")
    wrong = open_file(client, client.get(MAP_URL), file_of(saved), "fout wachtwoord")
    assert wrong.status_code == 400 and errors_of(wrong) == [WRONG_PASSPHRASE]
    assert 'href="#id_open-wachtwoord"' in wrong.content.decode()
    right = open_file(client, client.get(MAP_URL), file_of(saved), "geheim wachtwoord")
    assert map_of(right) == map_of(built)


@pytest.mark.parametrize(
    ("passphrase", "again", "message"),
    [("kort", "kort", "minstens 8 tekens"), ("lang genoeg", "anders", "niet gelijk")],
)
def test_a_bad_passphrase_choice_keeps_the_map_and_says_why(
    client, built, passphrase, again, message
):
    response = download(client, built, passphrase, again)
    assert response.status_code == 400
    assert message in errors_of(response)[0]
    assert map_of(response) == map_of(built)


def future(data):
    return {**data, "version": 3}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"dit is geen json", "geen JSON-bestand"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "geen tekstbestand"),
        (json.dumps(future(VALID)), "versie 3 en komt uit een nieuwere Steunwijzer"),
        (json.dumps({**VALID, "personen": VALID["personen"] * 61}), "er staan 61 personen"),
        (
            json.dumps({**VALID, "personen": [{**VALID["personen"][0], "naam": "n" * 41}]}),
            "Persoon 1, veld ‘naam’: de naam is 41 tekens lang",
        ),
        (json.dumps({"format": "iets"}), "Veld ‘format’"),
    ],
)
def test_an_invalid_file_says_what_is_wrong_and_keeps_the_map_on_screen(
    client, built, content, message
):
    response = open_file(client, built, file_of(content))
    assert response.status_code == 400
    assert any(message in error for error in errors_of(response)), errors_of(response)
    assert map_of(response) == map_of(built)
    assert "De kaart hieronder is niet veranderd." in response.content.decode()


def test_a_file_above_the_size_limit_is_refused_without_reading_it_whole(client, built):
    response = open_file(client, built, file_of(b" " * (MAX_FILE_BYTES + 10)))
    assert response.status_code == 400
    assert errors_of(response) == [TOO_BIG]
    assert map_of(response) == map_of(built)


def test_opening_without_choosing_a_file_asks_for_one(client, built):
    response = client.post(OPEN, {"kaart": state_of(built)})
    assert response.status_code == 400
    assert errors_of(response) == ["Kies een bestand om te openen."]


def test_a_file_with_many_problems_lists_the_first_ones_and_counts_the_rest(client, built):
    people = [{**VALID["personen"][0], "id": f"p{i}", "ring": 9} for i in range(20)]
    response = open_file(client, built, file_of(json.dumps({**VALID, "personen": people})))
    errors = errors_of(response)
    assert len(errors) == 9 and errors[-1] == "En nog 12 andere problemen in dit bestand."


@pytest.mark.parametrize("url", [EXPORT, OPEN, PDF])
def test_opening_a_file_url_in_the_browser_leads_back_to_the_map(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == MAP_URL


def test_a_file_asking_for_a_higher_scrypt_cost_is_refused_quickly(client, built):
    import time

    from steunwijzer.netwerkkaart.crypto import OTHER_COST

    wrapper = json.loads(download(client, built, passphrase="geheim wachtwoord").content)
    wrapper["kdf"]["n"] = 2**17  # 128 MiB and most of a second per try, if it were accepted
    started = time.process_time()
    response = open_file(client, built, file_of(json.dumps(wrapper)), "fout wachtwoord")
    assert time.process_time() - started < 0.5
    assert response.status_code == 400
    assert errors_of(response) == [OTHER_COST]
    assert map_of(response) == map_of(built)
