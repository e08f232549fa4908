"""Passphrase protection: a round trip works; a wrong passphrase and a changed file each
get their own clear message; a file cannot make the server work without limit."""

import base64
import json
import time

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from steunwijzer.netwerkkaart.crypto import (
    NEEDS_PASSPHRASE,
    OTHER_COST,
    TAMPERED,
    WRAPPER_FORMAT,
    WRONG_PASSPHRASE,
    CryptoError,
    protect,
    unprotect,
)

SECRET = "paarse olifant 42"
TEXT = '{"naam": "Oma Truus", "notitie": "één, twee"}'


@pytest.fixture(scope="module")
def wrapper() -> dict:
    return json.loads(protect(TEXT, passphrase=SECRET))


def refused(wrapper: dict, passphrase: str = SECRET) -> CryptoError:
    with pytest.raises(CryptoError) as caught:
        unprotect(wrapper, passphrase=passphrase)
    return caught.value


def flipped(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_a_protected_file_opens_again_with_the_same_passphrase(wrapper):
    assert unprotect(wrapper, passphrase=SECRET) == TEXT


def test_a_protected_file_does_not_show_the_map_in_plain_text(wrapper):
    text = json.dumps(wrapper)
    assert "Oma" not in text and "notitie" not in text
    assert wrapper["format"] == WRAPPER_FORMAT and wrapper["version"] == 1


def test_each_save_uses_a_new_salt_and_nonce():
    first, second = (json.loads(protect(TEXT, passphrase=SECRET)) for _ in range(2))
    assert first["kdf"]["salt"] != second["kdf"]["salt"]
    assert first["cipher"]["nonce"] != second["cipher"]["nonce"]
    assert first["data"] != second["data"]


def test_a_wrong_passphrase_says_so(wrapper):
    error = refused(wrapper, "paarse olifant 43")
    assert (error.field, error.message) == ("wachtwoord", WRONG_PASSPHRASE)


def test_a_passphrase_is_compared_after_unicode_normalisation():
    composed = json.loads(protect(TEXT, passphrase="café geheim"))
    assert unprotect(composed, passphrase="cafe\u0301 geheim") == TEXT


def test_a_missing_passphrase_asks_for_it(wrapper):
    assert refused(wrapper, "").message == NEEDS_PASSPHRASE


def test_a_changed_encrypted_text_is_reported_as_changed_not_as_a_wrong_passphrase(wrapper):
    error = refused({**wrapper, "data": flipped(wrapper["data"])})
    assert (error.field, error.message) == ("bestand", TAMPERED)


def test_a_changed_nonce_is_reported_as_changed(wrapper):
    cipher = {**wrapper["cipher"], "nonce": flipped(wrapper["cipher"]["nonce"])}
    assert refused({**wrapper, "cipher": cipher}).message == TAMPERED


def test_the_header_is_the_associated_data_of_the_encryption(wrapper):
    # docs/netwerkkaart.md: the key is the first 32 bytes of scrypt, the associated data the
    # header as JSON with sorted keys and no spaces. Without it, opening must fail.
    salt = base64.b64decode(wrapper["kdf"]["salt"])
    scrypt = Scrypt(salt=salt, length=48, n=2**15, r=8, p=1)
    key = scrypt.derive(SECRET.encode("utf-8"))[:32]
    nonce = base64.b64decode(wrapper["cipher"]["nonce"])
    data = base64.b64decode(wrapper["data"])
    header = {key: wrapper[key] for key in ("format", "version", "kdf", "check", "cipher")}
    associated = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert AESGCM(key).decrypt(nonce, data, associated).decode("utf-8") == TEXT
    for other in (None, b"", associated.replace(b'"version":1', b'"version":2')):
        with pytest.raises(InvalidTag):
            AESGCM(key).decrypt(nonce, data, other)


def test_a_changed_check_value_in_the_header_is_refused(wrapper):
    assert refused({**wrapper, "check": flipped(wrapper["check"])}).message in (
        TAMPERED,
        WRONG_PASSPHRASE,
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"version": 2}, "nieuwere Steunwijzer"),
        ({"version": "1"}, "‘version’"),
        ({"kdf": "scrypt"}, "‘kdf’"),
        ({"kdf": {"name": "pbkdf2"}}, "‘kdf’"),
        ({"cipher": {"name": "ROT13", "nonce": "AAAA"}}, "‘cipher.name’"),
        ({"check": 5}, "‘check’"),
        ({"data": "niet base64!"}, "‘data’"),
    ],
)
def test_a_damaged_wrapper_names_the_broken_field(wrapper, change, field):
    assert field in refused({**wrapper, **change}).message


@pytest.mark.parametrize(
    "cost",
    [{"n": 2**17}, {"n": 2**16}, {"n": 2**14}, {"n": 2**20}, {"n": 3}, {"r": 16}, {"p": 2}],
)
def test_a_file_cannot_choose_the_cost_of_the_key_derivation(wrapper, cost):
    started = time.process_time()
    error = refused({**wrapper, "kdf": {**wrapper["kdf"], **cost}})
    assert time.process_time() - started < 0.02  # refused before any scrypt work
    assert error.message == OTHER_COST
    assert "‘kdf’" in error.message


@pytest.mark.parametrize("cost", [True, 2.0**15, "32768", None])
def test_a_cost_that_is_not_a_whole_number_is_refused(wrapper, cost):
    error = refused({**wrapper, "kdf": {**wrapper["kdf"], "n": cost}})
    assert "‘kdf’" in error.message


def test_a_salt_of_the_wrong_length_is_refused(wrapper):
    kdf = {**wrapper["kdf"], "salt": base64.b64encode(b"kort").decode()}
    assert "‘kdf.salt’" in refused({**wrapper, "kdf": kdf}).message
