"""The visit booklet's codes (a public contract, PRODUCT.md section 7) and their parsing.

Pure: no Django. `/bezoek/boekje/?leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja` becomes a
`Choice`; an unknown parameter, an unknown value or a parameter given twice becomes a
`Problem` in Dutch (the view answers 400); a missing answer is listed in `missing` (the view
shows the form again).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from steunwijzer import vocabulary

# The booklet is for children: the plan's ages without 18+.
AGES = tuple(code for code in vocabulary.AGES if code != "18+")
CODES: Mapping[str, Mapping[str, str]] = {
    "leeftijd": {code: vocabulary.AGES.label(code) for code in AGES},
    "ouder": vocabulary.PARENTS.as_dict(),
    "vorm": vocabulary.VISIT_KINDS.as_dict(),
    "eerste": vocabulary.FIRST_VISIT.as_dict(),
    "contact": vocabulary.CONTACT.as_dict(),
}
PARAMETERS = tuple(CODES)
REQUIRED = ("leeftijd", "ouder", "vorm", "eerste")
NO_BOOKLET = ("contact", "niet-in-belang")
MAX_QUERY_LENGTH = 500
MAX_PROBLEMS = 6


@dataclass(frozen=True)
class Problem:
    parameter: str
    message: str


@dataclass(frozen=True)
class Choice:
    """The answers of the form; '' where not given."""

    leeftijd: str = ""
    ouder: str = ""
    vorm: str = ""
    eerste: str = ""
    contact: str = ""

    def get(self, parameter: str) -> str:
        return str(getattr(self, parameter))

    def pairs(self) -> list[tuple[str, str]]:
        return [(name, self.get(name)) for name in PARAMETERS if self.get(name)]

    def query(self) -> str:
        return urlencode(self.pairs())

    @property
    def missing(self) -> list[str]:
        return [name for name in REQUIRED if not self.get(name)]

    @property
    def no_booklet(self) -> bool:
        """Contact is not in the child's interest: no booklet, a page on who to talk to."""
        return self.get(NO_BOOKLET[0]) == NO_BOOKLET[1]

    @property
    def for_carer(self) -> bool:
        """A toddler's booklet speaks to the carer."""
        return self.leeftijd == "0-3"


@dataclass(frozen=True)
class Parsed:
    choice: Choice
    problems: list[Problem] = field(default_factory=list)


def parse_query(query: str) -> Parsed:
    """Parse a raw query string into a Choice and the problems in it (never raises)."""
    problems: list[Problem] = []
    if len(query) > MAX_QUERY_LENGTH:
        return Parsed(Choice(), [Problem("", "Het adres is veel te lang voor een bezoekboekje.")])
    found: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True, errors="replace"):
        if name not in CODES:
            problems.append(Problem(name, f"De vraag ‘{_shown(name)}’ kennen we niet."))
        elif name in found:
            problems.append(Problem(name, f"De vraag ‘{name}’ staat twee keer in het adres."))
        elif value == "":
            found[name] = ""
        elif value not in CODES[name]:
            problems.append(
                Problem(name, f"‘{_shown(value)}’ is geen antwoord dat we kennen bij ‘{name}’.")
            )
            found[name] = ""
        else:
            found[name] = value
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS + 1
        problems = [*problems[: MAX_PROBLEMS - 1], Problem("", f"En nog {rest} andere fouten.")]
    return Parsed(Choice(**found), problems)


def _shown(text: str) -> str:
    """Visitor input as it may be echoed: short and on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"
