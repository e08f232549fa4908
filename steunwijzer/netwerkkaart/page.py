"""The map page: its forms and their state, the edits one posted form makes, and what the
templates get (the drawing, the findings with their links, the table; shared with the PDF).

The map travels in every form of the page as JSON in a hidden field (`kaart`, the exchange
format); the server keeps nothing between requests. A failed action keeps the map it was
given and says, in Dutch, what to fix, with a link to the field. The only database read is
one query for the knowledge items the guidance links to; nothing of the map is written.
Saving, opening and printing the map as a file: `saving.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe

from steunwijzer.content.models import Item
from steunwijzer.content.textstore import stored_texts

from . import pictures, prompts
from .forms import (
    ACTION_FIELD,
    CHILD,
    MOVE,
    MOVE_ACTION,
    OPEN,
    PDF,
    PERSON,
    PREVIOUS_FIELD,
    REMOVED_FIELD,
    SAVE,
    STATE_FIELD,
    UNSAVED_FIELD,
    ChildForm,
    MoveForm,
    OpenForm,
    PdfForm,
    PersonForm,
    SaveForm,
)
from .geometry import Box, text_width
from .guidance import ITEM_SLUGS, WHY, Prompt, what_the_map_shows
from .layout import (
    FIRST_ANGLE,
    MARKER_DY,
    MARKER_RADIUS,
    NODE_HEIGHT,
    NODE_WIDTH,
    PICTURE_SIZE,
    PlacedPerson,
    layout_map,
)
from .model import (
    AGES,
    MAX_PEOPLE,
    RELATIONS,
    RINGS,
    SECTORS,
    SUPPORT,
    Child,
    MapError,
    NetworkMap,
    Person,
    add_person,
    load_map,
    map_to_json,
    move_person,
    next_person_id,
    remove_person,
    replace_person,
)
from .wording import (
    CHILD_WITHOUT_NAME,
    age_label,
    child_label,
    describe_map,
    name_labels,
    place,
    role_labels,
    short_note,
    sorted_for_table,
)

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
    person_form: PersonForm = field(default_factory=lambda: PersonForm(prefix=PERSON))
    child_form: ChildForm | None = None
    save_form: SaveForm = field(default_factory=lambda: SaveForm(prefix=SAVE))
    open_form: OpenForm = field(default_factory=lambda: OpenForm(prefix=OPEN))
    pdf_form: PdfForm = field(default_factory=lambda: PdfForm(prefix=PDF))
    editing: Person | None = None
    errors: list[Error] = field(default_factory=list)
    message: str = ""
    focus: str = ""  # id the page's script moves focus to
    show: str = ""  # id of the person on the map the script scrolls into view
    removed: str = ""  # the person just removed (JSON, a one-person map), for "Ongedaan maken"
    previous: str = ""  # the person before the last change or move (the same), for the same
    confirm_clear: bool = False  # ask before the whole map is cleared
    unsaved: bool = False

    def __post_init__(self) -> None:
        if self.child_form is None:
            self.child_form = ChildForm(prefix=CHILD, initial=asdict(self.network.kind))

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
    name, _, person_id = str(data.get(ACTION_FIELD, "")).partition(":")
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
    form = PersonForm(data, prefix=PERSON)
    if not form.is_valid():
        return Page(network, person_form=form, errors=form_errors(form), unsaved=unsaved)
    person = Person(id=next_person_id(network), **form.cleaned_data)
    try:
        network = add_person(network, person)
    except MapError as error:
        errors = problem_errors(error, "persoon-formulier")  # the map is full: no form to fix
        return Page(network, person_form=form, errors=errors, unsaved=unsaved)
    message = f"{person.naam} staat op de kaart: {place(person)}."
    shown = f"nk-node-{person.id}"
    return Page(network, message=message, focus="id_persoon-naam", show=shown, unsaved=True)


def _change(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    form = PersonForm(data, prefix=PERSON)
    if not form.is_valid():
        errors = form_errors(form)
        return Page(network, person_form=form, editing=person, errors=errors, unsaved=unsaved)
    changed = Person(id=person.id, **form.cleaned_data)
    network = replace_person(network, changed)
    message = f"De wijziging is opgeslagen: {changed.naam} staat bij {place(changed)}."
    node = f"nk-node-{person.id}"
    before = _one_person(person)
    return Page(network, message=message, focus=node, show=node, previous=before, unsaved=True)


def _start_change(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    form = PersonForm(prefix=PERSON, initial=asdict(person))
    return Page(network, person_form=form, editing=person, focus="id_persoon-naam", unsaved=unsaved)


def _remove(network: NetworkMap, data, person_id: str, unsaved: bool) -> Page:
    person = network.person(person_id)
    if person is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    message = f"{person.naam} is van de kaart gehaald."
    # The removed person travels in the page (never on the server), so the button
    # "Ongedaan maken" can put them back, at the same place in the list.
    index = network.personen.index(person)
    undo = f"{index}:{_one_person(person)}"
    return Page(
        remove_person(network, person_id),
        message=message,
        focus="nk-melding",
        removed=undo,
        unsaved=True,
    )


UNDO_FAILED = "Deze persoon kon niet worden teruggezet. Er is niets veranderd aan de kaart."


def _restore(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    """Put the person of the last removal back (from the hidden field `weggehaald`)."""
    position, _, text = str(data.get(REMOVED_FIELD, "")).partition(":")
    try:
        (person,) = load_map(text).personen if len(text) <= MAX_STATE_CHARS else ()
    except (MapError, ValueError):
        return Page(network, errors=[Error(UNDO_FAILED)], unsaved=unsaved)
    if network.person(person.id):
        person = replace(person, id=next_person_id(network))
    try:
        restored = add_person(network, person)
    except MapError as error:
        return Page(network, errors=problem_errors(error, "nk-kaart"), unsaved=unsaved)
    index = int(position) if position.isdigit() else len(network.personen)
    people = list(network.personen)
    people.insert(min(index, len(people)), person)
    restored = replace(restored, personen=tuple(people))
    message = f"{person.naam} staat weer op de kaart: {place(person)}."
    node = f"nk-node-{person.id}"
    return Page(restored, message=message, focus=node, show=node, unsaved=True)


def _undo_edit(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    """Put back the person as they were before the last change or move (the hidden field
    `vorige`), where they are now in the list."""
    text = str(data.get(PREVIOUS_FIELD, ""))
    try:
        (person,) = load_map(text).personen if len(text) <= MAX_STATE_CHARS else ()
    except (MapError, ValueError):
        return Page(network, errors=[Error(UNDO_FAILED)], unsaved=unsaved)
    if network.person(person.id) is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    message = f"Ongedaan gemaakt: {person.naam} staat weer bij {place(person)}."
    node = f"nk-node-{person.id}"
    network = replace_person(network, person)
    return Page(network, message=message, focus=node, show=node, unsaved=True)


def _one_person(person: Person | None) -> str:
    """A person as a one-person map in the exchange format, for a hidden field (undo)."""
    assert person is not None
    return map_to_json(NetworkMap(personen=(person,)))


def _ask_clear(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    return Page(network, confirm_clear=True, focus="nk-leeg-vraag", unsaved=unsaved)


def _clear(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    return Page(NetworkMap(), message="De kaart is leeg gemaakt.", focus="nk-melding", unsaved=True)


def _move(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    form = MoveForm(data, prefix=MOVE)
    if not form.is_valid() or network.person(form.cleaned_data["id"]) is None:
        return Page(network, errors=[Error(GONE)], unsaved=unsaved)
    before = _one_person(network.person(form.cleaned_data["id"]))
    where = {"sector": form.cleaned_data["sector"], "ring": form.cleaned_data["ring"]}
    network = move_person(network, form.cleaned_data["id"], **where)
    person = network.person(form.cleaned_data["id"])
    assert person is not None
    message = f"{person.naam} staat nu bij {place(person)}."
    node = f"nk-node-{person.id}"
    return Page(network, message=message, focus=node, show=node, previous=before, unsaved=True)


def _change_child(network: NetworkMap, data, _: str, unsaved: bool) -> Page:
    form = ChildForm(data, prefix=CHILD)
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
    "terugzetten": _restore,
    "herstellen": _undo_edit,
    "leegmaken": _ask_clear,
    "leegmaken-zeker": _clear,
    MOVE_ACTION: _move,
    "kind": _change_child,
    "annuleren": _cancel,
}


# What the templates get.

# Coordinates inside a person's group, relative to the centre of their box (layout.py):
# the token (a circle with initials; a square with bars for a detained parent) at the top,
# the pictures of the support they give beside it (layout.support_pictures), the name on
# one or two lines below it.
_TOP = MARKER_DY - MARKER_RADIUS
_BAR = 2 * MARKER_RADIUS
NODE_SHAPE = {
    "left": -NODE_WIDTH / 2,
    "top": -NODE_HEIGHT / 2,
    "width": NODE_WIDTH,
    "height": NODE_HEIGHT,
    "dy": MARKER_DY,
    "r": MARKER_RADIUS,
    "initials_y": MARKER_DY + 5.5,
    "square_left": -MARKER_RADIUS,
    "square_top": _TOP,
    "square": _BAR,
    "bars": f"M-9 {_TOP}v{_BAR}M0 {_TOP}v{_BAR}M9 {_TOP}v{_BAR}",
    "badge_x": 16.0,
    "badge_y": MARKER_DY - 12,
    "check": f"M12.4 {MARKER_DY - 12}l2.6 2.6 4.2-5",
    "picture": PICTURE_SIZE,
    "name_bg_y": -4.0,
}
# Each sector's colour for the tokens; never the only cue: the sector's name is on the map
# and in the legend, and each token says its place to screen readers.
SECTOR_COLOURS = dict(
    zip(
        SECTORS,  # in drawing order: gezin, familie, vrienden, school, buurt, hulp, vrije tijd
        ["#f7c9c4", "#f9dca9", "#fdf0a6", "#c9e7bf", "#bfe2ee", "#d6d1f3", "#f3cfe6"],
        strict=True,
    )
)


# The shared names of forms.py, for the templates (and through them the script).
NAMES = {
    "state": STATE_FIELD,
    "unsaved": UNSAVED_FIELD,
    "action": ACTION_FIELD,
    "person": PERSON,
    "move": MOVE,
    "move_action": MOVE_ACTION,
    "removed": REMOVED_FIELD,
    "previous": PREVIOUS_FIELD,
}


@dataclass(frozen=True)
class Node:
    """A person as the SVG draws them."""

    placed: PlacedPerson
    initials: str
    colour: str
    label_width: float
    label_left: float
    label_height: float
    line_ys: tuple[tuple[str, float], ...]  # each line of the label and its baseline
    spoken: str  # the accessible name the page's script gives the focusable marker
    pictures: tuple[tuple[float, float, str, str], ...]  # x, y, symbol id, text alternative
    card: tuple[float, float, float, float] | None  # x, y, width, height of their card

    @property
    def person(self) -> Person:
        return self.placed.person


@dataclass(frozen=True)
class Row:
    """A person as the table lists them."""

    person: Person
    label: str
    sector: str
    ring: str
    support: str
    relation: str

    @property
    def pdf_note(self) -> str:
        return short_note(self.person.notitie)


def page_context(page: Page) -> dict:
    network = page.network
    texts = stored_texts(prompts.PREFIX)
    asked, tips = prompts.from_texts(texts, "prompts"), prompts.from_texts(texts, "tips")
    links = item_links(extra=[slug for prompt in (*asked, *tips) for slug in prompt.items])
    drawing = drawing_context(network, with_names=True, links=links)
    return {
        **drawing,
        # On screen the map is drawn at its readable size (the PDF sets its own).
        "svg_size": drawing["layout"].readable_size,
        "page": page,
        "state": map_to_json(network),
        "why": links.get(WHY),
        "prompts": _with_links(asked, links),
        "tips": _with_links(tips, links),
        "full": len(network.personen) >= MAX_PEOPLE,
        "max_people": MAX_PEOPLE,
    }


def pdf_context(network: NetworkMap, *, with_names: bool) -> dict:
    return {
        **drawing_context(network, with_names=with_names, links=item_links()),
        "today": date_format(timezone.localdate(), "j F Y"),
    }


def drawing_context(network: NetworkMap, *, with_names: bool, links: dict[str, Item]) -> dict:
    labels = name_labels(network) if with_names else role_labels(network)
    child = child_label(network, with_names=with_names)
    layout = layout_map(people=network.personen, labels=labels, child_label=child)
    texts = stored_texts(prompts.PREFIX)
    findings = what_the_map_shows(network, names=labels, texts=prompts.findings_from_texts(texts))
    words = prompts.description_from_texts(texts)
    return {
        "names": NAMES,
        "first_angle": FIRST_ANGLE,
        "layout": layout,
        "nodes": [_node(placed, labels[placed.person.id]) for placed in layout.people],
        "child": child,
        "title": f"Netwerkkaart van {child}" if child != CHILD_WITHOUT_NAME else "Netwerkkaart",
        "age": age_label(network),
        "description": describe_map(network, labels, child, texts=words),
        "findings": [(f, [links[s] for s in f.items if s in links]) for f in findings],
        "rows": [_row(person, labels[person.id]) for person in sorted_for_table(network)],
        "with_names": with_names,
        "shape": NODE_SHAPE,
        "sector_swatches": [(SECTORS[code], colour) for code, colour in SECTOR_COLOURS.items()],
        "support_symbols": mark_safe(pictures.symbols()),  # our own fixed markup
        "support_legend": [
            (
                pictures.symbol_id(code),
                mark_safe(pictures.inline(code)),
                pictures.legend_words(code),
            )
            for code in SUPPORT
        ],
        "sectors": SECTORS,
        "rings": RINGS,
        "ages": AGES,
    }


def item_links(extra: list[str] | None = None) -> dict[str, Item]:
    slugs = [*ITEM_SLUGS, *(extra or [])]
    items = Item.objects.published().filter(slug__in=slugs).select_related("theme")
    return {item.slug: item for item in items}


def _with_links(prompts: tuple[Prompt, ...], links: dict[str, Item]) -> list:
    return [(prompt, [links[s] for s in prompt.items if s in links]) for prompt in prompts]


def _node(placed: PlacedPerson, label: str) -> Node:
    size = placed.label_size
    width = max(text_width(line, size) for line in placed.lines) + 8
    step = round(size * 1.2, 1)
    return Node(
        placed=placed,
        initials=initials(label),
        colour=SECTOR_COLOURS[placed.person.sector],
        label_width=round(width, 1),
        label_left=round(-width / 2, 1),
        label_height=round(step * len(placed.lines) + 3, 1),
        line_ys=tuple(
            (line, round(NODE_SHAPE["name_bg_y"] + 1 + size + step * i, 1))
            for i, line in enumerate(placed.lines)
        ),
        spoken=spoken(placed.person, label),
        pictures=tuple(
            (p.x, p.y, pictures.symbol_id(p.code), pictures.title(p.code)) for p in placed.pictures
        ),
        card=_rect(placed.card),
    )


def _rect(box: Box | None) -> tuple[float, float, float, float] | None:
    if box is None:
        return None
    return (box.left, box.top, round(box.right - box.left, 1), round(box.bottom - box.top, 1))


def spoken(person: Person, label: str) -> str:
    """A person's accessible name on the map: where they stand and the support they give,
    in words ("Oma: familie, heel dichtbij; steun: praktisch, emotioneel")."""
    support = ", ".join(SUPPORT[code] for code in person.steun)
    return f"{label}: {place(person)}" + (f"; steun: {support}" if support else "")


def initials(label: str) -> str:
    """One or two letters for a person's token: "Oma Truus" OT, "juf" J, "Familie 2" F.
    Made from the label, so a map without names shows no initial of a name."""
    words = [word for word in label.split() if word[:1].isalpha()]
    return "".join(word[0] for word in words[:2]).upper()


def _row(person: Person, label: str) -> Row:
    return Row(
        person=person,
        label=label,
        sector=SECTORS[person.sector],
        ring=RINGS[person.ring],
        support=", ".join(SUPPORT[code] for code in person.steun) or "–",
        relation=RELATIONS[person.relatie],
    )
