"""Opening a saved file: every way it can be wrong ends in one clear Dutch message."""

import json

import pytest

from steunwijzer.netwerkkaart.crypto import TAMPERED, WRONG_PASSPHRASE
from steunwijzer.netwerkkaart.model import MapError, parse_map
from steunwijzer.netwerkkaart.saving import (
    EMPTY,
    MAX_FILE_BYTES,
    NOT_TEXT,
    TOO_BIG,
    open_saved_file,
    saved_file,
)

from .test_exchange import VALID

NETWORK = parse_map(VALID)


def problem(raw: bytes, passphrase: str = "") -> str:
    with pytest.raises(MapError) as caught:
        open_saved_file(raw, passphrase=passphrase)
    return caught.value.problems[0].message


def test_a_saved_file_opens_as_the_same_map():
    assert open_saved_file(saved_file(NETWORK).encode()) == NETWORK


def test_a_protected_saved_file_opens_with_its_passphrase_only():
    raw = saved_file(NETWORK, passphrase="lange zin 123").encode()
    assert open_saved_file(raw, passphrase="lange zin 123") == NETWORK
    assert problem(raw, "verkeerd!!") == WRONG_PASSPHRASE
    # Quoted: a '"' never occurs in base64, so random ciphertext cannot match by chance
    # (a bare b"Oma" did, in about 1 of 300 runs).
    assert b'"Oma"' not in raw


def test_a_changed_protected_file_is_refused():
    wrapper = json.loads(saved_file(NETWORK, passphrase="lange zin 123"))
    wrapper["data"] = wrapper["data"][:-8] + ("A" * 8 if wrapper["data"][-9] != "A" else "B" * 8)
    assert problem(json.dumps(wrapper).encode(), "lange zin 123") == TAMPERED


def test_a_file_saved_by_a_windows_editor_with_a_byte_order_mark_opens():
    assert open_saved_file(b"\xef\xbb\xbf" + saved_file(NETWORK).encode()) == NETWORK


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", EMPTY),
        (b"   \n", EMPTY),
        (b"\xff\xfe\x00\x01", NOT_TEXT),
        (b"%PDF-1.7 ...", "geen JSON-bestand"),
        (b"x" * (MAX_FILE_BYTES + 1), TOO_BIG),
    ],
)
def test_a_file_that_is_no_map_at_all_says_what_it_is(raw, expected):
    assert expected in problem(raw)
