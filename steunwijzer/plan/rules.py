"""Turn a situation into a support plan: which advice, in which section, in what priority, why.

Pure: no Django. The advice and the rules come from the content files (docs/steunplan.md);
`build_rules` makes them from plain records, `recommend` applies them to one situation.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from steunwijzer import vocabulary

from .situation import Situation

# The sections of a plan, in the order of PRODUCT.md, with their Dutch headings, and the
# priorities with their labels: spelled in steunwijzer/vocabulary.py.
SECTIONS: Mapping[str, str] = {str(c): title for c, title in vocabulary.PLAN_SECTIONS.choices()}
PRIORITIES: Mapping[int, str] = {int(c): label for c, label in vocabulary.PRIORITIES.choices()}
# Tags an advice item can carry, and what they mean for the rules.
TAGS: Mapping[str, str] = {
    "contact": "encourages contact with or visits to the detained parent",
    "bezoek": "prepares a prison visit (never after the release)",
    "vanaf-4": "fits a child of 4 or older (network map, 'not the only one', letting it lead)",
    "opvoeding": "upbringing advice, which does not fit an adult child",
    "weet-het": "assumes the child knows what happened (kept out when it does not, or may not)",
}
# The tools an advice can lead to: every tool of the site but the plan itself.
ADVICE_TOOLS = frozenset(code for code in vocabulary.TOOLS.codes if code != "steunplan")
# The rules that hold for every child: what only they select folds away on the page.
EVERY_CHILD = frozenset({"elk-kind", "elk-kind-aanvullend"})


@dataclass(frozen=True)
class Advice:
    """One piece of advice, resting on a knowledge item (`basis`)."""

    slug: str
    section: str
    title: str
    body: str
    basis: str
    role_bodies: Mapping[str, str] = field(default_factory=dict)
    resources: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    source_sections: Mapping[str, str] = field(default_factory=dict)  # source -> its section
    tags: frozenset[str] = frozenset()
    child_pages: tuple[str, ...] = ()  # pages for the child (/voor-kinderen/<slug>/) it links
    tools: tuple[str, ...] = ()  # the site's tools it leads to (vocabulary.TOOLS)

    def text_for(self, role: str) -> str:
        """The advice as the given role reads it."""
        return self.role_bodies.get(role, self.body)


@dataclass(frozen=True)
class Rule:
    """When a situation matches, select advice (with priority and reason) or exclude tags."""

    slug: str
    reason: str = ""
    when: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unless: Mapping[str, frozenset[str]] = field(default_factory=dict)
    advice: tuple[str, ...] = ()
    priority: int = 2
    exclude_tags: frozenset[str] = frozenset()

    def matches(self, situation: Situation) -> bool:
        """Every `when` condition holds and no `unless` condition does."""
        return all(
            _holds(situation, name, values) for name, values in self.when.items()
        ) and not any(_holds(situation, name, values) for name, values in self.unless.items())


@dataclass(frozen=True)
class Rules:
    """All advice (in file order) and all rules: what `recommend` needs."""

    advice: Mapping[str, Advice]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class PlannedAdvice:
    """An advice item in one plan: its text for the role, its priority and why it is there."""

    advice: Advice
    text: str
    priority: int
    reasons: tuple[str, ...]
    rules: tuple[str, ...] = ()

    @property
    def for_every_child(self) -> bool:
        """Selected only by the rules that hold for every child (folded on the page)."""
        return bool(self.rules) and all(slug in EVERY_CHILD for slug in self.rules)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    entries: tuple[PlannedAdvice, ...]


@dataclass(frozen=True)
class Plan:
    """The support plan for one situation: the non-empty sections, in order."""

    situation: Situation
    sections: tuple[Section, ...]

    def entries(self) -> list[PlannedAdvice]:
        return [entry for section in self.sections for entry in section.entries]

    def slugs(self) -> list[str]:
        return [entry.advice.slug for entry in self.entries()]

    def bases(self) -> list[str]:
        return _unique(entry.advice.basis for entry in self.entries())

    def resources(self) -> list[str]:
        """The resources of the plan's advice, first mention first."""
        return _unique(slug for entry in self.entries() for slug in entry.advice.resources)

    def sources(self) -> list[str]:
        """The plan's own sources (beyond those of the knowledge items), first mention first."""
        return _unique(slug for entry in self.entries() for slug in entry.advice.sources)


def recommend(*, situation: Situation, rules: Rules) -> Plan:
    """The plan for `situation`: every advice a matching rule selects, unless a matching
    rule excludes one of its tags; sorted by priority, then by file order."""
    matching = [rule for rule in rules.rules if rule.matches(situation)]
    excluded = frozenset().union(*(rule.exclude_tags for rule in matching))
    chosen: dict[str, list[Rule]] = {}
    for rule in matching:
        for slug in rule.advice:
            advice = rules.advice.get(slug)
            if advice is not None and not advice.tags & excluded:
                chosen.setdefault(slug, []).append(rule)
    order = {slug: position for position, slug in enumerate(rules.advice)}
    entries = sorted(
        (_planned(rules.advice[slug], selected, situation) for slug, selected in chosen.items()),
        key=lambda entry: (entry.priority, order[entry.advice.slug]),
    )
    sections = (
        Section(key, title, tuple(e for e in entries if e.advice.section == key))
        for key, title in SECTIONS.items()
    )
    return Plan(situation, tuple(section for section in sections if section.entries))


def build_rules(
    *, advice: Iterable[Mapping[str, Any]], rules: Iterable[Mapping[str, Any]]
) -> Rules:
    """Rules from plain records, as the content files and the database hold them."""
    return Rules(
        advice={
            record["slug"]: Advice(
                slug=record["slug"],
                section=record["section"],
                title=record["title"],
                body=record["body"],
                basis=record["basis"],
                role_bodies=dict(record.get("roles") or {}),
                resources=tuple(record.get("resources") or ()),
                sources=tuple(record.get("sources") or ()),
                source_sections=dict(record.get("source_sections") or {}),
                tags=frozenset(record.get("tags") or ()),
                child_pages=tuple(record.get("child_pages") or ()),
                tools=tuple(record.get("tools") or ()),
            )
            for record in advice
        },
        rules=tuple(
            Rule(
                slug=record["slug"],
                reason=record.get("reason") or "",
                when=_conditions(record.get("when")),
                unless=_conditions(record.get("unless")),
                advice=tuple(record.get("advice") or ()),
                priority=record.get("priority") or 2,
                exclude_tags=frozenset(record.get("exclude_tags") or ()),
            )
            for record in rules
        ),
    )


def _planned(advice: Advice, selected: list[Rule], situation: Situation) -> PlannedAdvice:
    return PlannedAdvice(
        advice=advice,
        text=advice.text_for(situation.rol),
        priority=min(rule.priority for rule in selected),
        reasons=tuple(_unique(s for rule in selected for s in sentences(rule.reason))),
        rules=tuple(rule.slug for rule in selected),
    )


def sentences(text: str) -> list[str]:
    """A reason split into its sentences, so that one said twice is shown once."""
    parts = " ".join(text.split()).split(". ")
    return [part.strip().rstrip(".") + "." for part in parts if part.strip(" .")]


def _holds(situation: Situation, name: str, values: frozenset[str]) -> bool:
    return bool(situation.values(name) & values)


def _conditions(raw: Mapping[str, Iterable[str]] | None) -> dict[str, frozenset[str]]:
    return {name: frozenset(values) for name, values in (raw or {}).items()}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# How a plan is laid out (issue 10, "short, ordered and leading on"): the safety items
# first, then at most three actions to begin with, then the rest of what is specific to
# this situation, up to FULL items shown in full; what holds for every child and the
# remaining background fold away.
BEGIN = 3
FULL = 10
SAFETY = "veiligheid"
BACKGROUND = ("signalen", "wat-speelt")  # signs, then background; every other section is action
ACTIONS = tuple(key for key in SECTIONS if key not in {SAFETY, *BACKGROUND})


@dataclass(frozen=True)
class Layout:
    safety: tuple[PlannedAdvice, ...]
    begin: tuple[PlannedAdvice, ...]
    more: tuple[PlannedAdvice, ...]
    every_child: tuple[PlannedAdvice, ...]
    background: tuple[PlannedAdvice, ...]

    def shown(self) -> tuple[PlannedAdvice, ...]:
        """The items shown in full before any click (besides the safety block)."""
        return self.begin + self.more


def layout(plan: Plan) -> Layout:
    """The plan's items in the order and grouping of the page and the PDF."""
    entries = plan.entries()
    position = {entry.advice.slug: index for index, entry in enumerate(entries)}
    safety = tuple(entry for entry in entries if entry.advice.section == SAFETY)
    rest = [entry for entry in entries if entry.advice.section != SAFETY]
    own_section = "school" if plan.situation.rol == "school" else ""

    def action_key(entry: PlannedAdvice) -> tuple[int, bool, bool, int]:
        return (
            entry.priority,
            entry.for_every_child,
            entry.advice.section != own_section,
            position[entry.advice.slug],
        )

    actions = sorted((e for e in rest if e.advice.section in ACTIONS), key=action_key)
    begin = tuple(actions[:BEGIN])
    kind = {section: 0 for section in ACTIONS} | {"signalen": 1, "wat-speelt": 2}
    placed = {e.advice.slug for e in begin}  # slugs: comparing whole entries is slow
    specific = sorted(
        (e for e in rest if e.advice.slug not in placed and not e.for_every_child),
        key=lambda e: (e.priority, kind[e.advice.section], position[e.advice.slug]),
    )
    more = tuple(specific[: FULL - len(begin)])
    placed |= {e.advice.slug for e in more}
    folded = [e for e in rest if e.advice.slug not in placed]
    return Layout(
        safety=safety,
        begin=begin,
        more=more,
        every_child=tuple(e for e in folded if e.for_every_child),
        background=tuple(e for e in folded if not e.for_every_child),
    )
