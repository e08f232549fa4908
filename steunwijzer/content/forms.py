"""The resources filter: words, audience and type, from the query string."""

from django import forms

from .models import AUDIENCE_CHOICES, RESOURCE_TYPE_CHOICES

MAX_WORDS_LENGTH = 100


class ResourceFilterForm(forms.Form):
    zoek = forms.CharField(
        label="Zoek op een woord",
        required=False,
        # Longer input is cut, not refused: the filter never answers a typo with an error.
        max_length=None,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    doelgroep = forms.ChoiceField(
        label="Voor wie",
        choices=[("", "Iedereen"), *AUDIENCE_CHOICES],
        required=False,
        error_messages={"invalid_choice": "Kies een doelgroep uit de lijst."},
    )
    soort = forms.ChoiceField(
        label="Soort",
        choices=[("", "Alle soorten"), *RESOURCE_TYPE_CHOICES],
        required=False,
        error_messages={"invalid_choice": "Kies een soort uit de lijst."},
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # Null characters are removed in clean_zoek instead of refused.
        self.fields["zoek"].validators = []

    def clean_zoek(self) -> str:
        text = "".join(c if c.isprintable() else " " for c in self.cleaned_data["zoek"])
        return " ".join(text.split())[:MAX_WORDS_LENGTH]
