"""The map editor: one posted form in, the next state of the page out.

The map travels in every form of the page as JSON in a hidden field (`kaart`, the exchange
format); the server keeps nothing between requests. A failed action keeps the map it was
given and says, in Dutch, what to fix, with a link to the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace

from django import forms

from .forms import ChildForm, MoveForm, OpenForm, PdfForm, PersonForm, SaveForm
from .model import (
    Child,
    MapError,
    NetworkMap,
    Person,
    add_person,
    load_map,
    move_person,
    next_person_id,
    remove_person,
    replace_person,
)
from .wording import place

STATE_FIELD = "kaart"
UNSAVED_FIELD = "gewijzigd"
MAX_STATE_CHARS = 400_000  # far above a full map; stops parsing of absurd input early
BROKEN_STATE = (
    "De kaart op deze pagina kon niet worden gelezen. Er staat nu een lege kaart. "
    "Heb je de kaart opgeslagen? Open het bestand dan hieronder opnieuw."
)
GONE = "Deze persoon staat niet (meer) op de kaart."
UNKNOWN_ACTION = "Deze knop kennen we niet. Er is niets veranderd aan de kaart."


@dataclass(frozen=True)
class Error:
    message: str
    target: str = ""  # id of the field to fix


@dataclass
class Page:
    """Everything the map page shows besides the map's drawing."""

    network: NetworkMap = field(default_factory=NetworkMap)
    person_form: PersonForm = field(default_factory=lambda: PersonForm(prefix="persoon"))
    child_form: ChildForm | None = None
    save_form: SaveForm = field(default_factory=lambda: SaveForm(prefix="bewaar"))
    open_form: OpenForm = field(default_factory=lambda: OpenForm(prefix="open"))
    pdf_form: PdfForm = field(default_factory=lambda: PdfForm(prefix="pdf"))
    editing: Person | None = None
    errors: list[Error] = field(default_factory=list)
    message: str = ""
    focus: str = ""  # id the page's script moves focus to
    unsaved: bool = False

    def __post_init__(self) -> None:
        if self.child_form is None:
            self.child_form = ChildForm(prefix="kind", initial=asdict(self.network.kind))

    @property
    def status(self) -> int:
        return 400 if self.errors else 200


def read_state(data: Mapping[str, str]) -> tuple[NetworkMap, list[Error]]:
    """The map in a posted form; an empty map and an error when it cannot be read."""
    text = data.get(STATE_FIELD, "")
    if not text:
        return NetworkMap(), []
    if len(text) > MAX_STATE_CHARS:
        return NetworkMap(), [Error(BROKEN_STATE, "id_open-bestand")]
    try:
        return load_map(text), []
    except MapError:
        return NetworkMap(), [Error(BROKEN_STATE, "id_open-bestand")]


def edit(data: Mapping[str, str]) -> Page:
    """The page after the action of the pressed button (`actie`, "name" or "name:id")."""
    network, broken = read_state(data)
    if broken:
        return Page(errors=broken)
    unsaved = data.get(UNSAVED_FIELD) == "1"
    name, _, person_id = str(data.get("actie", "")).partition(":")
    action = ACTIONS.get(name)
    if action is None:
        return Page(network, unsaved=unsaved, errors=[Error(UNKNOWN_ACTION)])
    return action(network, data, person_id, unsaved)


def form_errors(form: forms.Form) -> list[Error]:
    """One error per message, each linked to its field (the first option of a group)."""
    errors = []
    for bound in form:
        target = bound.auto_id
        if isinstance(bound.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
            target += "_0"
        errors += [Error(message, target) for message in bound.errors]
    errors += [Error(message) for message in form.non_field_errors()]
    return errors


def problem_errors(error: MapError, target: str) -> list[Error]:
    return [Error(problem.message, target) for problem in error.problems]


def _add(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    form = PersonForm(data, prefix="persoon")
    if not form.is_valid():
        return Page(network, person_form=form, errors=form_errors(form), unsaved=unsaved)
    person = Person(id=next_person_id(network), **form.cleaned_data)
    try:
        network = add_person(network, person)
    except MapError as error:
        errors = problem_errors(error, "persoon-formulier")  # the map is full: no form to fix
        return Page(network, person_form=form, errors=errors, unsaved=unsaved)
    message = f"{person.naam} staat op de kaart: {place(person)}."
    return Page(network, message=message, focus="id_persoon-naam", unsaved=True)


def _change(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    form = PersonForm(data, prefix="persoon")
    if not form.is_valid():
        errors = form_errors(form)
        return Page(network, person_form=form, editing=person, errors=errors, unsaved=unsaved)
    network = replace_person(network, Person(id=person.id, **form.cleaned_data))
    message = f"De wijziging is opgeslagen: {form.cleaned_data['naam']}."
    return Page(network, message=message, focus=f"nk-node-{person.id}", unsaved=True)


def _start_change(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    form = PersonForm(prefix="persoon", initial=asdict(person))
    return Page(network, person_form=form, editing=person, focus="id_persoon-naam", unsaved=unsaved)


def _remove(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    message = f"{person.naam} is van de kaart gehaald."
    return Page(
        remove_person(network, person_id), message=message, focus="nk-melding", unsaved=True
    )


def _move(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    form = MoveForm(data, prefix="verplaats")
    if not form.is_valid() or network.person(form.cleaned_data["id"]) is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    where = {"sector": form.cleaned_data["sector"], "ring": form.cleaned_data["ring"]}
    network = move_person(network, form.cleaned_data["id"], **where)
    person = network.person(form.cleaned_data["id"])
    assert person is not None
    message = f"{person.naam} staat nu bij {place(person)}."
    return Page(network, message=message, focus=f"nk-node-{person.id}", unsaved=True)


def _change_child(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    form = ChildForm(data, prefix="kind")
    if not form.is_valid():
        return Page(network, child_form=form, errors=form_errors(form), unsaved=unsaved)
    network = replace(network, kind=Child(**form.cleaned_data))
    return Page(network, message="De gegevens van het kind zijn opgeslagen.", unsaved=True)


def _cancel(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    return Page(network, focus="id_persoon-naam", unsaved=unsaved)


Action = Callable[[NetworkMap, Mapping[str, str], str, bool], Page]
ACTIONS: dict[str, Action] = {
    "toevoegen": _add,
    "wijzigen": _change,
    "bewerken": _start_change,
    "verwijderen": _remove,
    "verplaatsen": _move,
    "kind": _change_child,
    "annuleren": _cancel,
}
