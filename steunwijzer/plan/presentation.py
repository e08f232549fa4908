"""What the plan page and the PDF show: the plan joined with the rows it refers to.

The plan itself comes from the pure `recommend`; this module joins it with the knowledge
items, resources and sources its advice refers to (by slug, from `cache.plan_library`, which
reads them once per content version) and shapes them for the templates.
"""

from dataclasses import dataclass, field, replace
from typing import Any

from django.template.loader import render_to_string

from steunwijzer import vocabulary
from steunwijzer.content.models import Item, Resource
from steunwijzer.content.roles import role_heading

from .cache import PlanLibrary, plan_library
from .questions import WizardTexts
from .rules import PRIORITIES, SECTIONS, Advice, PlannedAdvice, layout, recommend
from .situation import Situation
from .wizard import SUMMARY, step_url


@dataclass(frozen=True)
class Citation:
    """A source with the section of it that is cited (for the `source_citation` component)."""

    source: Any
    section: str = ""


def citations(advice: Advice, sources: list[Any]) -> list[Citation]:
    """The advice's own sources, each with its section where the advice names one."""
    return [Citation(source, advice.source_sections.get(source.slug, "")) for source in sources]


@dataclass(frozen=True)
class PresentedAdvice:
    """One advice on the page, with the knowledge item it rests on and its sources."""

    planned: PlannedAdvice
    basis: Item
    sources: list[Any]
    resources: list[Resource]
    child_pages: list[Any] = field(default_factory=list)  # pages for the child it links
    html: str = ""  # the item as the plan page shows it (plan/_item.html), when asked for

    @property
    def priority_label(self) -> str:
        return PRIORITIES[self.planned.priority]

    @property
    def extra_sources(self) -> list[Any]:
        """The sources beyond the knowledge item's own (the first of `sources`)."""
        return self.sources[1:]

    @property
    def extra_citations(self) -> list[Citation]:
        """The extra sources with their sections."""
        return citations(self.planned.advice, self.extra_sources)


def plan_page(*, situation: Situation, html: bool = False) -> dict[str, Any]:
    """The template context of a plan: sections with entries, resources, sources, answers.

    With `html`, each entry carries its rendered item, kept per content version: the same
    item for the same role and reasons is the same HTML (most of a plan page's time).
    """
    library = plan_library()
    plan = recommend(situation=situation, rules=library.rules)
    bases = library.bases
    resources = {
        slug: library.resources[slug] for slug in plan.resources() if slug in library.resources
    }
    sections = []
    for section in plan.sections:
        entries = [
            _entry(planned, library, resources)
            for planned in section.entries
            if planned.advice.basis in bases
        ]
        sections.append({"key": section.key, "title": section.title, "entries": entries})
    entries = [entry for section in sections for entry in section["entries"]]
    if html:
        entries = [_with_html(entry, situation, library.fragments) for entry in entries]
    shown = {entry.planned.advice.slug: entry for entry in entries}
    parts = layout(plan)

    def present(group: tuple[PlannedAdvice, ...]) -> list[PresentedAdvice]:
        return [shown[p.advice.slug] for p in group if p.advice.slug in shown]

    safety = present(parts.safety)
    return {
        "safety": safety,
        "safety_alert": any(entry.planned.advice.slug != "meldcode" for entry in safety),
        "begin": present(parts.begin),
        "more": present(parts.more),
        "every_child": present(parts.every_child),
        "background": present(parts.background),
        "helplines": library.helplines,
        "situation": situation,
        "answers": wizard_texts(library).answered(situation),
        "sections": [section for section in sections if section["entries"]],
        "resources": list(resources.values()),
        "sources": _unique(source for entry in entries for source in entry.sources),
        "change_url": step_url(situation, SUMMARY),
        "query": situation.query(),
    }


def advice_item_page(*, slug: str) -> dict[str, Any] | None:
    """The template context of one advice's own page, or None for an unknown advice.

    The advice as it reads for every role, the texts some roles get instead, why it comes
    into a plan (the reasons of the rules that select it), and what it rests on.
    """
    library = plan_library()
    advice = library.rules.advice.get(slug)
    if advice is None or advice.basis not in library.bases:
        return None  # unknown, or resting on knowledge that is not (yet) published
    # One reason per rule, kept whole: a rule with two conditions needs both of them, so
    # its sentences must not be listed as alternatives.
    rules = library.rules.rules
    reasons = [_whole(rule.reason) for rule in rules if slug in rule.advice]
    # Exclusion wins over selection: say in which situations the plan leaves it out (the
    # safeguarding rules for contact advice, the release for visits, the age).
    left_out = [_whole(rule.reason) for rule in rules if rule.exclude_tags & advice.tags]
    return {
        "advice": advice,
        "basis": library.bases[advice.basis],
        "citations": citations(
            advice, [library.sources[s] for s in advice.sources if s in library.sources]
        ),
        "resources": [library.resources[s] for s in advice.resources if s in library.resources],
        "reasons": list(dict.fromkeys(reasons)),
        "left_out": list(dict.fromkeys(left_out)),
        "section": SECTIONS[advice.section],
        "child_pages": _child_pages(advice, library),
        "role_texts": [
            (role_heading(library.role_texts, str(role)), advice.role_bodies[str(role)])
            for role in vocabulary.ROLES
            if str(role) in advice.role_bodies
        ],
    }


def wizard_texts(library: PlanLibrary | None = None) -> WizardTexts:
    """The wizard's questions and answers as the last content load stored them."""
    texts = (library or plan_library()).texts
    if texts is None:
        raise LookupError("no wizard texts: load content with steunplan/vragen.yaml")
    return texts


def _with_html(entry: PresentedAdvice, situation: Situation, kept: dict) -> PresentedAdvice:
    planned = entry.planned
    # Everything plan/_item.html reads: the advice (by slug, within one content version),
    # its text, priority and reasons, and the answers its visit link carries.
    key = (planned.advice.slug, planned.text, planned.priority, planned.reasons)
    key += (situation.leeftijd, situation.ouder)
    # One read into a local: another thread may clear `kept` (at the cap) at any moment.
    html = kept.get(key)
    if html is None:
        html = render_to_string("plan/_item.html", {"entry": entry, "situation": situation})
        if len(kept) >= MAX_FRAGMENTS:
            kept.clear()
        kept[key] = html
    return replace(entry, html=html)


MAX_FRAGMENTS = 20_000


def _entry(planned: PlannedAdvice, library: PlanLibrary, resources: dict) -> PresentedAdvice:
    basis, own = library.bases[planned.advice.basis], library.sources
    return PresentedAdvice(
        planned=planned,
        basis=basis,
        sources=[basis.source, *(own[slug] for slug in planned.advice.sources if slug in own)],
        resources=[resources[slug] for slug in planned.advice.resources if slug in resources],
        child_pages=_child_pages(planned.advice, library),
    )


def _child_pages(advice: Advice, library: PlanLibrary) -> list[Any]:
    return [library.child_pages[s] for s in advice.child_pages if s in library.child_pages]


def _whole(reason: str) -> str:
    return " ".join(reason.split())


def _unique(sources: Any) -> list[Any]:
    return list({source.slug: source for source in sources}.values())
