"""Saving, opening and printing a map: from a posted form to a file, or back to the page.

What a download holds and how an uploaded file is opened: every way a file can be wrong
ends in one MapError with a Dutch message (too big, not text, not JSON, too deeply nested,
protected without or with a wrong passphrase, changed after saving, or not a valid map:
the exchange format names the field). Each request function returns the page to show when
something is wrong (with the map that was posted, so nothing on screen is lost) or what the
file response needs. Uploads stay in memory (`MemoryOnlyUpload`): a map never touches disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO

from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from .crypto import CryptoError, is_protected, protect, unprotect
from .forms import OPEN, PDF, SAVE, UNSAVED_FIELD, OpenForm, PdfForm, SaveForm
from .model import MapError, MapProblem, NetworkMap, map_to_json, parse_map
from .model.exchange import NOT_JSON, TOO_DEEP, TooDeep, decode_json
from .page import Error, Page, form_errors, read_state

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
        raise MapError([MapProblem(error.field, error.message)]) from None
    return parse_map(data)


def _json(text: str) -> object:
    try:
        return decode_json(text)
    except TooDeep:
        raise _problem(TOO_DEEP) from None
    except (ValueError, RecursionError):
        raise _problem(NOT_JSON) from None


def _problem(message: str) -> MapError:
    return MapError([MapProblem("bestand", message)])


# The requests: download, open, PDF.

MAX_SHOWN = 8
OPENED = "De kaart is geopend. Je kunt verder waar je was gebleven."


def export(data: Mapping[str, str]) -> tuple[str | None, Page]:
    """The file's text, or None and the page that says what to fix."""
    network, errors = read_state(data)
    form = SaveForm(data, prefix=SAVE)
    if errors or not form.is_valid():
        errors = errors or form_errors(form)
        return None, Page(network, save_form=form, errors=errors, unsaved=_unsaved(data))
    return saved_file(network, passphrase=form.cleaned_data["wachtwoord"]), Page(network)


def open_upload(data: Mapping[str, str], files, *, too_large: bool) -> Page:
    """The page with the opened map, or with the posted map and what is wrong."""
    network, errors = read_state(data)
    form = OpenForm(data, files, prefix=OPEN)
    if too_large:
        errors = [Error(TOO_BIG, "id_open-bestand")]
    elif not form.is_valid():
        errors = form_errors(form)
    else:
        upload = form.cleaned_data["bestand"]
        try:
            opened = open_saved_file(upload.read(), passphrase=form.cleaned_data["wachtwoord"])
        except MapError as error:
            errors = _file_errors(error)
        else:
            return Page(opened, message=OPENED, focus="nk-melding")
    return Page(network, errors=errors, unsaved=_unsaved(data))


def pdf_request(data: Mapping[str, str]) -> tuple[NetworkMap | None, bool, Page]:
    """The map to print and whether with names, or None and the page with the problem."""
    network, errors = read_state(data)
    form = PdfForm(data, prefix=PDF)
    if errors or not form.is_valid():
        page = Page(network, pdf_form=form, errors=errors or form_errors(form))
        return None, True, page
    return network, not form.cleaned_data["zonder_namen"], Page(network)


def _file_errors(error: MapError) -> list[Error]:
    errors = [
        Error(p.message, "id_open-wachtwoord" if p.field == "wachtwoord" else "id_open-bestand")
        for p in error.problems[:MAX_SHOWN]
    ]
    if len(error.problems) > MAX_SHOWN:
        more = len(error.problems) - MAX_SHOWN
        errors.append(Error(f"En nog {more} andere problemen in dit bestand.", "id_open-bestand"))
    return errors


def _unsaved(data: Mapping[str, str]) -> bool:
    return data.get(UNSAVED_FIELD) == "1"


class MemoryOnlyUpload(FileUploadHandler):
    """Keeps an uploaded map file in memory and refuses (skips) one over `limit` bytes.

    Django writes uploads above 2.5 MB to a temporary file on disk; a network map must never
    touch the server's disk (FILE_UPLOAD_HANDLERS keeps every other view in memory too).
    """

    def __init__(self, request=None, *, limit: int):
        super().__init__(request)
        self.limit = limit
        self.too_large = False
        self.buffer = BytesIO()

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.buffer = BytesIO()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if start + len(raw_data) > self.limit:
            self.too_large = True
            raise SkipFile()
        self.buffer.write(raw_data)

    def file_complete(self, file_size: int) -> InMemoryUploadedFile:
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            self.buffer,
            self.field_name,
            self.file_name,
            self.content_type,
            file_size,
            self.charset,
            self.content_type_extra,
        )
