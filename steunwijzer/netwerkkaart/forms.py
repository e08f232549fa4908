"""The forms of the network map page. Each has a prefix, so their ids never clash."""

from django import forms

from .model import (
    AGES,
    MAX_NAME,
    MAX_NOTE,
    MAX_ROLE,
    RELATIONS,
    RINGS,
    SECTORS,
    SUPPORT,
    canonical_support,
    clean_text,
    text_problem,
)

# The names the page's HTML, its script and the views share, spelled here only: templates
# get them as `names` (page.py), the script reads them from data attributes of #nk-app.
PERSON, CHILD, MOVE, SAVE, OPEN, PDF = "persoon", "kind", "verplaats", "bewaar", "open", "pdf"
STATE_FIELD = "kaart"  # the map as JSON, in every form of the page
UNSAVED_FIELD = "gewijzigd"  # "1" when the map changed since it was last saved
ACTION_FIELD = "actie"  # the pressed button: "name" or "name:id"
MOVE_ACTION = "verplaatsen"  # the action the script sends when a person is dragged
REMOVED_FIELD = "weggehaald"  # the person just removed, as a one-person map, for undo
PREVIOUS_FIELD = "vorige"  # the person as they were before the last change or move, for undo

RING_CHOICES = [(number, label.capitalize()) for number, label in RINGS.items()]
MIN_PASSPHRASE = 8


class MapForm(forms.Form):
    """A form of the map page: Dutch labels without a trailing colon."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def _clean_text(value: str, *, limit: int, what: str, multiline: bool = False) -> str:
    value = clean_text(value)
    problem = text_problem(value, limit=limit, what=what, multiline=multiline)
    if problem:
        raise forms.ValidationError(problem)
    return value


class PersonForm(MapForm):
    naam = forms.CharField(
        label="Naam of rol",
        max_length=MAX_NAME,
        help_text="Een voornaam of een rol, zoals ‘oma’ of ‘juf’.",
        error_messages={"required": "Vul een naam of rol in."},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    rol = forms.CharField(
        label="Rol (mag leeg blijven)",
        required=False,  # the length is checked by clean_rol, with a message naming the field
        help_text=(
            "Wie is dit voor het kind, zoals ‘oma’, ‘juf’ of ‘buurvrouw’? "
            "In de pdf zonder namen staat de rol in plaats van de naam."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "maxlength": MAX_ROLE}),
    )
    sector = forms.ChoiceField(label="Hoort bij", choices=SECTORS.items())
    ring = forms.TypedChoiceField(
        label="Hoe dichtbij?",
        choices=RING_CHOICES,
        coerce=int,
        initial=1,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies hoe dichtbij deze persoon staat."},
    )
    steun = forms.MultipleChoiceField(
        label="Welke steun geeft deze persoon?",
        choices=[(code, label.capitalize()) for code, label in SUPPORT.items()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    relatie = forms.ChoiceField(
        label="Hoe is het contact?",
        choices=[(code, label.capitalize()) for code, label in RELATIONS.items()],
        initial="positief",
        required=False,  # a bare quick add (name, sector, ring) gets the model's default
        widget=forms.RadioSelect,
    )
    weet_van_detentie = forms.BooleanField(
        label="Weet dat de ouder in de gevangenis zit", required=False
    )
    gedetineerd = forms.BooleanField(label="Is zelf de ouder in de gevangenis", required=False)
    notitie = forms.CharField(
        label="Notitie",
        required=False,  # the length is checked after line breaks are normalised (clean_notitie)
        help_text=f"Hoogstens {MAX_NOTE} tekens. Komt niet in de pdf zonder namen.",
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MAX_NOTE}),
    )

    def clean_naam(self) -> str:
        value = _clean_text(self.cleaned_data["naam"], limit=MAX_NAME, what="De naam")
        if not value:
            raise forms.ValidationError("Vul een naam of rol in.")
        return value

    def clean_rol(self) -> str:
        return _clean_text(self.cleaned_data["rol"], limit=MAX_ROLE, what="De rol")

    def clean_notitie(self) -> str:
        return _clean_text(
            self.cleaned_data["notitie"], limit=MAX_NOTE, what="De notitie", multiline=True
        )

    def clean_relatie(self) -> str:
        return self.cleaned_data["relatie"] or "neutraal"

    def clean_steun(self) -> tuple[str, ...]:
        return canonical_support(self.cleaned_data["steun"])


class ChildForm(MapForm):
    naam = forms.CharField(
        label="Naam van het kind",
        max_length=MAX_NAME,
        required=False,
        help_text="Mag leeg blijven. In de pdf zonder namen staat ‘Kind’.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    leeftijd = forms.ChoiceField(
        label="Leeftijd",
        choices=[(code, label.capitalize()) for code, label in AGES.items()],
        required=False,
    )

    def clean_naam(self) -> str:
        return _clean_text(self.cleaned_data["naam"], limit=MAX_NAME, what="De naam")


class MoveForm(MapForm):
    """Sent by the page's script when a person is dragged or moved with the arrow keys."""

    id = forms.CharField(max_length=20)
    sector = forms.ChoiceField(choices=SECTORS.items())
    ring = forms.TypedChoiceField(choices=RING_CHOICES, coerce=int)


class SaveForm(MapForm):
    wachtwoord = forms.CharField(
        label="Wachtwoord (mag leeg blijven)",
        required=False,
        strip=False,
        help_text=(
            f"Met een wachtwoord van minstens {MIN_PASSPHRASE} tekens kan alleen wie het "
            "wachtwoord kent het bestand openen. Vergeet je het, dan is de kaart weg."
        ),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    herhaal = forms.CharField(
        label="Herhaal het wachtwoord",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict:
        data = super().clean()
        passphrase, again = data.get("wachtwoord", ""), data.get("herhaal", "")
        if passphrase and len(passphrase) < MIN_PASSPHRASE:
            self.add_error(
                "wachtwoord", f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens."
            )
        elif passphrase != again:
            self.add_error("herhaal", "De twee wachtwoorden zijn niet gelijk.")
        return data


class OpenForm(MapForm):
    bestand = forms.FileField(
        label="Bestand met een netwerkkaart",
        help_text="Een .json-bestand dat je eerder hier hebt opgeslagen.",
        error_messages={
            "required": "Kies een bestand om te openen.",
            "empty": "Dit bestand is leeg. Kies een netwerkkaart die je eerder hebt opgeslagen.",
        },
        widget=forms.FileInput(attrs={"accept": ".json,application/json"}),
    )
    wachtwoord = forms.CharField(
        label="Wachtwoord (alleen bij een beveiligd bestand)",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )


class PdfForm(MapForm):
    zonder_namen = forms.BooleanField(
        label="Zonder namen",
        required=False,
        help_text=(
            "Voor het dossier: in plaats van namen staan er rollen, zoals ‘oma’ of ‘juf’ "
            "(of ‘Familie 2’ als er geen rol is ingevuld). Notities komen er dan niet in."
        ),
    )
