"""Saving, opening and printing a map: from a posted form to a file or to the page.

Each function returns the page to show when something is wrong (with the map that was
posted, so nothing on screen is lost) or what the file response needs.
"""

from __future__ import annotations

from collections.abc import Mapping

from .editor import Error, Page, form_errors, read_state
from .files import TOO_BIG, open_saved_file, saved_file
from .forms import OpenForm, PdfForm, SaveForm
from .model import MapError, NetworkMap

UNSAVED_FIELD = "gewijzigd"
MAX_SHOWN = 8
OPENED = "De kaart is geopend. Je kunt verder waar je was gebleven."


def export(data: Mapping[str, str]) -> tuple[str | None, Page]:
    """The file's text, or None and the page that says what to fix."""
    network, errors = read_state(data)
    form = SaveForm(data, prefix="bewaar")
    if errors or not form.is_valid():
        errors = errors or form_errors(form)
        return None, Page(network, save_form=form, errors=errors, unsaved=_unsaved(data))
    return saved_file(network, passphrase=form.cleaned_data["wachtwoord"]), Page(network)


def open_upload(data: Mapping[str, str], files, *, too_large: bool) -> Page:
    """The page with the opened map, or with the posted map and what is wrong."""
    network, errors = read_state(data)
    form = OpenForm(data, files, prefix="open")
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
    form = PdfForm(data, prefix="pdf")
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
