"""The code lists of `steunwijzer.vocabulary` in templates, so templates never spell them.

Usage:
    {% load vocabulary %}
    {{ person.sector|code_label:"sector" }}        -> "Familie"
    {% code_list "steun" as support %}             -> [("praktisch", "praktisch"), ...]

Variables: the argument is a code list's `name` in the vocabulary (rol, doelgroep, soort,
fase, leeftijd, ouder, gebeurtenis, contact, thuis, signaal, weet, sector, ring, steun,
relatie, ...). An unknown list name is an error; an unknown code gives "".
"""

from django import template

from steunwijzer import vocabulary

register = template.Library()
LISTS = {code_list.name: code_list for code_list in vocabulary.ALL}


@register.filter
def code_label(code: object, list_name: str) -> str:
    """The short Dutch label of `code` in the list `list_name` ("" for an unknown code)."""
    code_list = LISTS[list_name]
    return code_list.label(code) if code in code_list else ""  # type: ignore[arg-type]


@register.simple_tag
def code_list(list_name: str) -> list[tuple[vocabulary.Code, str]]:
    """The (code, label) pairs of the list `list_name`, in order."""
    return LISTS[list_name].choices()
