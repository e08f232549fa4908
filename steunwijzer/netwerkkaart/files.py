"""Saved map files: what a download holds, and how an uploaded file is opened. Pure.

Every way a file can be wrong ends in one MapError with a Dutch message: too big, not
text, not JSON, protected without (or with a wrong) passphrase, changed after saving, or
not a valid map (the exchange format names the field).
"""

from __future__ import annotations

from .crypto import CryptoError, is_protected, protect, unprotect
from .model import MapError, NetworkMap, Problem, map_to_json, parse_map
from .model.exchange import NOT_JSON, TOO_DEEP, TooDeep, decode_json

MAX_FILE_BYTES = 512 * 1024  # a full map with long notes is well under 200 KB
TOO_BIG = (
    f"Dit bestand is te groot voor een netwerkkaart (hoogstens {MAX_FILE_BYTES // 1024} kB). "
    "Kies een bestand dat je hier eerder hebt opgeslagen."
)
EMPTY = "Dit bestand is leeg. Kies een netwerkkaart die je eerder hebt opgeslagen."
NOT_TEXT = (
    "Dit bestand kan niet worden gelezen: het is geen tekstbestand. "
    "Kies een netwerkkaart die je eerder op deze website hebt opgeslagen (een .json-bestand)."
)


def saved_file(network: NetworkMap, *, passphrase: str = "") -> str:
    """The text of a download: the exchange format, protected when there is a passphrase."""
    text = map_to_json(network, pretty=True)
    return protect(text, passphrase=passphrase) if passphrase else text


def open_saved_file(raw: bytes, *, passphrase: str = "") -> NetworkMap:
    """The map in an uploaded file, or MapError saying what is wrong with the file."""
    if len(raw) > MAX_FILE_BYTES:
        raise _problem(TOO_BIG)
    if not raw.strip():
        raise _problem(EMPTY)
    try:
        data = _json(raw.decode("utf-8-sig"))
        if is_protected(data):
            data = _json(unprotect(data, passphrase=passphrase))
    except UnicodeDecodeError:
        raise _problem(NOT_TEXT) from None
    except CryptoError as error:
        raise MapError([Problem(error.field, error.message)]) from None
    return parse_map(data)


def _json(text: str) -> object:
    try:
        return decode_json(text)
    except TooDeep:
        raise _problem(TOO_DEEP) from None
    except (ValueError, RecursionError):
        raise _problem(NOT_JSON) from None


def _problem(message: str) -> MapError:
    return MapError([Problem("bestand", message)])
