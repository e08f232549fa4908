"""How the booklet names the parent, by the `ouder` code: pure, no Django.

Content texts write `{ouder}` for the parent and the singular form of a verb in braces
(`{is}`, `{heeft}`) where the parent is the subject; for `ouder=beide` these become
"papa en mama" and the plural (`zijn`, `hebben`). A capital first letter (`{Ouder}`, `{Hij}`)
gives a capital in the text. Unknown placeholders are content errors (see `placeholders`).
"""

import re
from collections.abc import Mapping

from steunwijzer import vocabulary

# The parent's name and pronouns for each `ouder` code, in the vocabulary's order of
# PARENTS (vader, moeder, beide, anders); the booklet tests check each code's words.
NAMES: Mapping[str, Mapping[str, str]] = dict(
    zip(
        vocabulary.PARENTS.codes,
        (
            {"ouder": "papa", "je ouder": "je vader", "hij": "hij", "hem": "hem", "zijn": "zijn"},
            {"ouder": "mama", "je ouder": "je moeder", "hij": "zij", "hem": "haar", "zijn": "haar"},
            {
                "ouder": "papa en mama",
                "je ouder": "je ouders",
                "hij": "ze",
                "hem": "ze",
                "zijn": "hun",
            },
            {
                "ouder": "je ouder",
                "je ouder": "je ouder",
                "hij": "hij of zij",
                "hem": "hem of haar",
                "zijn": "zijn of haar",
            },
        ),
        strict=True,
    )
)
# Verbs whose subject is the parent: singular form -> plural form (for `beide`).
VERBS: Mapping[str, str] = {
    "is": "zijn",
    "heeft": "hebben",
    "zit": "zitten",
    "mag": "mogen",
    "kan": "kunnen",
    "wil": "willen",
    "woont": "wonen",
    "komt": "komen",
    "ziet": "zien",
    "draagt": "dragen",
    "weet": "weten",
    "wacht": "wachten",
    "vindt": "vinden",
    "zegt": "zeggen",
    "gaat": "gaan",
    "moet": "moeten",
    "kijkt": "kijken",
    "ziet er": "zien er",
}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
KNOWN = frozenset(NAMES["vader"]) | frozenset(VERBS)


def placeholders(text: str) -> list[str]:
    """The placeholders in `text` that `fill` does not know (for the content check)."""
    return [name for name in PLACEHOLDER.findall(text) if name.lower() not in KNOWN]


def fill(text: str, ouder: str) -> str:
    """`text` with every placeholder replaced by the words for this parent."""
    names = NAMES[ouder]

    def word(match: re.Match[str]) -> str:
        name = match.group(1)
        key = name.lower()
        if key in names:
            value = names[key]
        elif key in VERBS:
            value = VERBS[key] if ouder == "beide" else key
        else:
            return match.group(0)
        return value[:1].upper() + value[1:] if name[:1].isupper() else value

    return PLACEHOLDER.sub(word, text)
