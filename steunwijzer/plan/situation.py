"""The situation codes of the support plan (a public contract, PRODUCT.md) and their parsing.

Pure: no Django. A plan URL such as `?rol=school&leeftijd=8-11&gebeurtenis=pesten` becomes a
`Situation`; everything that is wrong with the query string becomes a `QueryProblem` in Dutch,
while the valid answers are kept.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode

from steunwijzer import vocabulary
from steunwijzer.vocabulary import CodeList

# Every parameter with its code list (steunwijzer/vocabulary.py), in the order of the wizard.
# The wizard's questions and answer texts are copy: content/steunplan/vragen.yaml.
CODES: Mapping[str, CodeList[str]] = {
    "rol": vocabulary.ROLES,
    "leeftijd": vocabulary.AGES,
    "ouder": vocabulary.PARENTS,
    "fase": vocabulary.PHASES,
    "gebeurtenis": vocabulary.EVENTS,
    "contact": vocabulary.CONTACT,
    "thuis": vocabulary.HOME,
    "signaal": vocabulary.SIGNALS,
    "weet": vocabulary.KNOWS,
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
    weet: str = ""

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
        """The answers as query pairs, in contract order (values in vocabulary order)."""
        return [
            (parameter, str(value))
            for parameter in PARAMETERS
            for value in CODES[parameter]
            if self.has(parameter, str(value))
        ]

    def query(self) -> str:
        return urlencode(self.pairs())

    def answered(self) -> list[tuple[str, list[str]]]:
        """Each answered parameter with its chosen codes, in code order."""
        return [
            (parameter, [str(value) for value in CODES[parameter] if value in chosen])
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
class QueryProblem:
    """Something wrong in a query string, said in Dutch for the visitor."""

    parameter: str
    message: str


@dataclass(frozen=True)
class Parsed:
    """The valid answers of a query string, what else it carried, and what was wrong."""

    situation: Situation
    extra: dict[str, str] = field(default_factory=dict)
    problems: list[QueryProblem] = field(default_factory=list)


def parse_query(query: str, *, extra: Mapping[str, frozenset[str]] | None = None) -> Parsed:
    """Parse a raw query string; `extra` names further parameters allowed, with their values."""
    allowed = extra or {}
    problems: list[QueryProblem] = []
    if len(query) > MAX_QUERY_LENGTH:
        problems.append(QueryProblem("", "Het adres is veel te lang. Het kan geen steunplan zijn."))
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
            problems.append(QueryProblem(name, f"De vraag ‘{_shown(name)}’ kennen we niet."))
    situation = Situation()
    for name, values in chosen.items():
        situation = situation.with_answer(name, values)
    return Parsed(situation, found, _first(problems))


def _take_code(name: str, value: str, chosen: dict[str, list[str]], problems: list) -> None:
    if value.replace(" ", "+") in CODES[name]:
        value = value.replace(" ", "+")  # `leeftijd=18+` typed as in PRODUCT.md: '+' is a space
    if value not in CODES[name]:
        problems.append(
            QueryProblem(name, f"‘{_shown(value)}’ is geen antwoord dat we kennen bij ‘{name}’.")
        )
    elif name not in MULTIPLE and name in chosen:
        problems.append(QueryProblem(name, f"Bij ‘{name}’ past maar één antwoord."))
    elif value not in chosen.setdefault(name, []):
        chosen[name].append(value)


def _take_extra(name: str, value: str, values: frozenset[str], found: dict, problems: list) -> None:
    if value not in values:
        problems.append(
            QueryProblem(name, f"‘{_shown(value)}’ is geen waarde die we kennen bij ‘{name}’.")
        )
    elif found.setdefault(name, value) != value:
        problems.append(QueryProblem(name, f"Bij ‘{name}’ past maar één waarde."))


def _first(problems: list[QueryProblem]) -> list[QueryProblem]:
    """At most MAX_PROBLEMS problems, the rest counted in a last one."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS + 1
    return [*problems[: MAX_PROBLEMS - 1], QueryProblem("", f"En nog {rest} andere fouten.")]


def _shown(text: str) -> str:
    """Visitor input as it may be echoed: short and on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"
