"""Optional passphrase protection for a saved network map. Pure Python, no Django.

A protected file is a small JSON wrapper (format "steunwijzer-netwerkkaart-versleuteld",
version 1; docs/netwerkkaart.md) around the map's JSON text, encrypted with AES-256-GCM.
The key comes from the passphrase through scrypt with a random salt. scrypt also yields a
short check value, stored in the wrapper, that tells a wrong passphrase apart from a file
that was changed or damaged: both make GCM fail, but only the second passes the check.
The check value adds nothing for an attacker: the GCM tag already confirms a guess.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import unicodedata
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

WRAPPER_FORMAT = "steunwijzer-netwerkkaart-versleuteld"
WRAPPER_VERSION = 1
SCRYPT_N = 2**15  # about 0.1 s and 32 MiB: slow to guess, quick enough for one request
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES, CHECK_BYTES, SALT_BYTES, NONCE_BYTES = 32, 16, 16, 12
CIPHER = "AES-256-GCM"

WRONG_PASSPHRASE = (
    "Het wachtwoord klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw."
)
TAMPERED = (
    "Dit beveiligde bestand is veranderd of beschadigd nadat het is opgeslagen. "
    "Het kan daarom niet worden geopend. Gebruik een andere kopie van het bestand."
)
NEEDS_PASSPHRASE = "Dit bestand is beveiligd met een wachtwoord. Vul het wachtwoord in."
# Only the cost this site writes is accepted: a file cannot make the server work harder.
OTHER_COST = (
    "Dit beveiligde bestand is niet op deze website opgeslagen: de instellingen van de "
    "beveiliging (veld ‘kdf’) zijn anders dan die van Steunwijzer. Het kan daarom niet "
    "worden geopend. Gebruik een bestand dat je hier hebt opgeslagen."
)


class CryptoError(ValueError):
    """A protected file that cannot be opened; `field` names what is wrong (Dutch message)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def is_protected(data: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(data, dict) and data.get("format") == WRAPPER_FORMAT


def protect(text: str, *, passphrase: str) -> str:
    """The wrapper JSON that holds `text` encrypted under `passphrase`."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key, check = _derive(passphrase, salt)
    header = {
        "format": WRAPPER_FORMAT,
        "version": WRAPPER_VERSION,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "check": _b64(check),
        "cipher": {"name": CIPHER, "nonce": _b64(nonce)},
    }
    data = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _associated(header))
    return json.dumps({**header, "data": _b64(data)}, indent=2) + "\n"


def unprotect(wrapper: dict[str, Any], *, passphrase: str) -> str:
    """The text inside a wrapper, or CryptoError saying why it cannot be opened."""
    if not passphrase:
        raise CryptoError("wachtwoord", NEEDS_PASSPHRASE)
    header = _read_header(wrapper)
    salt = _unb64(header["kdf"]["salt"], "kdf.salt", SALT_BYTES)
    key, check = _derive(passphrase, salt)  # always the site's own cost (_read_header)
    if not hmac.compare_digest(check, _unb64(header["check"], "check", CHECK_BYTES)):
        raise CryptoError("wachtwoord", WRONG_PASSPHRASE)
    nonce = _unb64(header["cipher"]["nonce"], "cipher.nonce", NONCE_BYTES)
    data = _unb64(wrapper.get("data"), "data")
    try:
        return AESGCM(key).decrypt(nonce, data, _associated(header)).decode("utf-8")
    except (InvalidTag, ValueError):
        raise CryptoError("bestand", TAMPERED) from None


def _read_header(wrapper: dict[str, Any]) -> dict[str, Any]:
    """The parts of the wrapper that are authenticated, after checking their shape."""
    version = wrapper.get("version")
    if type(version) is not int or version < 1:
        raise _broken("version")
    if version > WRAPPER_VERSION:
        raise CryptoError(
            "bestand",
            f"Veld ‘version’: dit beveiligde bestand heeft versie {version} en komt uit een "
            f"nieuwere Steunwijzer. Deze website kan alleen versie {WRAPPER_VERSION} openen.",
        )
    kdf, cipher = wrapper.get("kdf"), wrapper.get("cipher")
    if not isinstance(kdf, dict) or set(kdf) != {"name", "n", "r", "p", "salt"}:
        raise _broken("kdf")
    if kdf["name"] != "scrypt" or any(type(kdf[k]) is not int for k in ("n", "r", "p")):
        raise _broken("kdf")
    if (kdf["n"], kdf["r"], kdf["p"]) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
        raise CryptoError("bestand", OTHER_COST)
    if not isinstance(cipher, dict) or set(cipher) != {"name", "nonce"}:
        raise _broken("cipher")
    if cipher["name"] != CIPHER:
        raise _broken("cipher.name")
    return {key: wrapper.get(key) for key in ("format", "version", "kdf", "check", "cipher")}


def _derive(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    scrypt = Scrypt(salt=salt, length=KEY_BYTES + CHECK_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    derived = scrypt.derive(secret)
    return derived[:KEY_BYTES], derived[KEY_BYTES:]


def _associated(header: dict[str, Any]) -> bytes:
    """The header as authenticated data: changing any of it makes decryption fail."""
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(value: object, field: str, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise _broken(field)
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _broken(field) from None
    if length is not None and len(raw) != length:
        raise _broken(field)
    return raw


def _broken(field: str) -> CryptoError:
    return CryptoError(
        "bestand",
        f"Dit beveiligde bestand is beschadigd: veld ‘{field}’ ontbreekt of klopt niet.",
    )
