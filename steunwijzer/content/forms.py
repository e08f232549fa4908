"""The resources filter: audience and type, from the query string."""

from django import forms

from .models import AUDIENCE_CHOICES, RESOURCE_TYPE_CHOICES


class ResourceFilterForm(forms.Form):
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
