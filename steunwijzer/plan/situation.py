"""The situation codes of the support plan (a public contract, PRODUCT.md) and their parsing.

Pure: no Django. A plan URL such as `?rol=school&leeftijd=8-11&gebeurtenis=pesten` becomes a
`Situation`; everything that is wrong with the query string becomes a `Problem` in Dutch,
while the valid answers are kept.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode

# Every parameter with its values and their Dutch labels, in the order of the wizard.
CODES: Mapping[str, Mapping[str, str]] = {
    "rol": {
        "school": "Ik werk op school",
        "jeugdprofessional": "Ik werk in de jeugdhulp, het wijkteam, de JGZ of het maatschappelijk werk",
        "vrijwilliger": "Ik ben vrijwilliger, bijvoorbeeld maatje of bij Exodus",
        "verzorger": "Ik ben de ouder thuis, pleegouder of een andere verzorger",
        "justitie": "Ik werk in een gevangenis, bij de reclassering of bij de politie",
    },
    "leeftijd": {
        "0-3": "0 tot 4 jaar",
        "4-7": "4 tot 8 jaar",
        "8-11": "8 tot 12 jaar",
        "12-17": "12 tot 18 jaar",
        "18+": "18 jaar of ouder",
    },
    "ouder": {
        "vader": "De vader",
        "moeder": "De moeder",
        "beide": "Allebei de ouders",
        "anders": "Iemand anders die voor het kind een ouder is, zoals een stiefouder",
    },
    "fase": {
        "aanhouding": "De ouder is net aangehouden door de politie",
        "voorarrest": "De ouder zit in voorarrest: de rechter heeft nog geen straf gegeven",
        "detentie": "De ouder zit een straf uit in de gevangenis",
        "vrijlating": "De ouder komt binnenkort vrij",
        "na-vrijlating": "De ouder is weer vrij",
    },
    "gebeurtenis": {
        "getuige-aanhouding": "Het kind was erbij toen de ouder werd aangehouden",
        "verhuizing": "Het kind moet verhuizen of is net verhuisd",
        "strafproces": "De rechtszaak loopt nog en de afloop is onzeker",
        "pesten": "Het kind wordt gepest",
        "bezoek": "Het kind gaat of ging op bezoek in de gevangenis",
        "gemis": "Het kind mist de ouder",
    },
    "contact": {
        "regelmatig": "Het kind heeft regelmatig contact met de ouder",
        "weinig": "Het kind heeft weinig contact met de ouder",
        "geen": "Het kind heeft geen contact met de ouder",
        "niet-in-belang": "Contact is niet in het belang van het kind, bijvoorbeeld om de veiligheid",
    },
    "thuis": {
        "huiselijk-geweld": "Er is of was huiselijk geweld of kindermishandeling",
        "financien": "Er zijn geldzorgen",
        "instabiel": "Het is thuis onrustig of onzeker",
        "pleeggezin": "Het kind woont in een pleeggezin",
        "onrust-voor-detentie": "De ouder zorgde voor de detentie voor veel onrust thuis, bijvoorbeeld door geweld, alcohol of drugs",
        "positief-betrokken": "De ouder was veel aanwezig en positief betrokken bij het kind",
    },
    "signaal": {
        "stil": "Het kind is stil of trekt zich terug",
        "boos": "Het kind is boos of opstandig",
        "verdriet": "Het kind is verdrietig",
        "angst": "Het kind is bang of onzeker",
        "school": "Het gaat minder goed op school: cijfers of aanwezigheid",
        "zorgt-voor-ouder": "Het kind zorgt voor een ouder",
        "schaamte": "Het kind schaamt zich",
        "alleen": "Het kind voelt zich alleen",
    },
}
# How the plan and the PDF name each parameter in the summary of the situation.
TOPICS: Mapping[str, str] = {
    "rol": "Jouw rol",
    "leeftijd": "Leeftijd van het kind",
    "ouder": "Ouder in de gevangenis",
    "fase": "Fase",
    "gebeurtenis": "Wat het kind meemaakte",
    "contact": "Contact met de ouder",
    "thuis": "Thuis",
    "signaal": "Wat je ziet aan het kind",
}
MULTIPLE = frozenset({"gebeurtenis", "thuis", "signaal"})
PARAMETERS = tuple(CODES)
# A plan URL with every answer ticked is about 700 characters; far longer is not ours.
MAX_QUERY_LENGTH = 2000
MAX_PROBLEMS = 10
# The answers that make the plan keep contact and visits out (the safeguarding branch).
SAFEGUARDING = (("contact", "niet-in-belang"), ("thuis", "huiselijk-geweld"))


@dataclass(frozen=True)
class Situation:
    """One child's situation as codes: single answers are '' when not given."""

    rol: str = ""
    leeftijd: str = ""
    ouder: str = ""
    fase: str = ""
    gebeurtenis: frozenset[str] = frozenset()
    contact: str = ""
    thuis: frozenset[str] = frozenset()
    signaal: frozenset[str] = frozenset()

    def values(self, parameter: str) -> frozenset[str]:
        """The chosen values of a parameter, as a set for single and multiple ones alike."""
        value = getattr(self, parameter)
        return value if isinstance(value, frozenset) else frozenset({value} - {""})

    def has(self, parameter: str, value: str) -> bool:
        return value in self.values(parameter)

    @property
    def safeguarding(self) -> bool:
        return any(self.has(parameter, value) for parameter, value in SAFEGUARDING)

    def pairs(self) -> list[tuple[str, str]]:
        """The answers as query pairs, in contract order (values in label order)."""
        return [
            (parameter, value)
            for parameter in PARAMETERS
            for value in CODES[parameter]
            if self.has(parameter, value)
        ]

    def query(self) -> str:
        return urlencode(self.pairs())

    def answered(self) -> list[tuple[str, list[str]]]:
        """Each answered parameter with the labels of its values."""
        return [
            (parameter, [CODES[parameter][value] for value in CODES[parameter] if value in chosen])
            for parameter in PARAMETERS
            if (chosen := self.values(parameter))
        ]

    def with_answer(self, parameter: str, values: Iterable[str]) -> "Situation":
        """A copy with one parameter's answer replaced (unknown values are dropped)."""
        known = [value for value in values if value in CODES[parameter]]
        value: str | frozenset[str] = frozenset(known)
        if parameter not in MULTIPLE:
            value = known[0] if known else ""
        return replace(self, **{parameter: value})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    """Something wrong in a query string, said in Dutch for the visitor."""

    parameter: str
    message: str


@dataclass(frozen=True)
class Parsed:
    """The valid answers of a query string, what else it carried, and what was wrong."""

    situation: Situation
    extra: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def parse_query(query: str, *, extra: Mapping[str, frozenset[str]] | None = None) -> Parsed:
    """Parse a raw query string; `extra` names further parameters allowed, with their values."""
    allowed = extra or {}
    problems: list[Problem] = []
    if len(query) > MAX_QUERY_LENGTH:
        problems.append(Problem("", "Het adres is veel te lang. Het kan geen steunplan zijn."))
    chosen: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True, errors="replace"):
        if value == "":
            continue
        if name in allowed:
            _take_extra(name, value, allowed[name], found, problems)
        elif name in CODES:
            _take_code(name, value, chosen, problems)
        else:
            problems.append(Problem(name, f"De vraag ‘{_shown(name)}’ kennen we niet."))
    situation = Situation()
    for name, values in chosen.items():
        situation = situation.with_answer(name, values)
    return Parsed(situation, found, _first(problems))


def _take_code(name: str, value: str, chosen: dict[str, list[str]], problems: list) -> None:
    if value.replace(" ", "+") in CODES[name]:
        value = value.replace(" ", "+")  # `leeftijd=18+` typed as in PRODUCT.md: '+' is a space
    if value not in CODES[name]:
        problems.append(
            Problem(name, f"‘{_shown(value)}’ is geen antwoord dat we kennen bij ‘{name}’.")
        )
    elif name not in MULTIPLE and name in chosen:
        problems.append(Problem(name, f"Bij ‘{name}’ past maar één antwoord."))
    elif value not in chosen.setdefault(name, []):
        chosen[name].append(value)


def _take_extra(name: str, value: str, values: frozenset[str], found: dict, problems: list) -> None:
    if value not in values:
        problems.append(
            Problem(name, f"‘{_shown(value)}’ is geen waarde die we kennen bij ‘{name}’.")
        )
    elif found.setdefault(name, value) != value:
        problems.append(Problem(name, f"Bij ‘{name}’ past maar één waarde."))


def _first(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS problems, the rest counted in a last one."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS + 1
    return [*problems[: MAX_PROBLEMS - 1], Problem("", f"En nog {rest} andere fouten.")]


def _shown(text: str) -> str:
    """Visitor input as it may be echoed: short and on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"
