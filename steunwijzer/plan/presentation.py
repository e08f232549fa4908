"""What the plan page and the PDF show: the plan joined with the rows it refers to.

The plan itself comes from the pure `recommend`; this module joins it with the knowledge
items, resources and sources its advice refers to (by slug, from `cache.plan_library`, which
reads them once per content version) and shapes them for the templates.
"""

from dataclasses import dataclass, replace
from typing import Any

from django.template.loader import render_to_string

from steunwijzer.content.models import Item, Resource

from .cache import plan_library
from .questions import WizardTexts
from .rules import PRIORITIES, PlannedAdvice, layout, recommend
from .situation import Situation
from .wizard import SUMMARY, step_url


@dataclass(frozen=True)
class PresentedAdvice:
    """One advice on the page, with the knowledge item it rests on and its sources."""

    planned: PlannedAdvice
    basis: Item
    sources: list[Any]
    resources: list[Resource]
    html: str = ""  # the item as the plan page shows it (plan/_item.html), when asked for

    @property
    def priority_label(self) -> str:
        return PRIORITIES[self.planned.priority]

    @property
    def extra_sources(self) -> list[Any]:
        """The sources beyond the knowledge item's own (the first of `sources`)."""
        return self.sources[1:]


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
            _entry(planned, bases, library.sources, resources)
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
        "answers": library.texts.answered(situation),
        "sections": [section for section in sections if section["entries"]],
        "resources": list(resources.values()),
        "sources": _unique(source for entry in entries for source in entry.sources),
        "change_url": step_url(situation, SUMMARY),
        "query": situation.query(),
    }


def wizard_texts() -> WizardTexts:
    """The wizard's questions and answers as the last content load stored them."""
    return plan_library().texts


def _with_html(entry: PresentedAdvice, situation: Situation, kept: dict) -> PresentedAdvice:
    planned = entry.planned
    # Everything plan/_item.html reads: the advice (by slug, within one content version),
    # its text, priority and reasons, and the answers its visit link carries.
    key = (planned.advice.slug, planned.text, planned.priority, planned.reasons)
    key += (situation.leeftijd, situation.ouder)
    if key not in kept:
        if len(kept) >= MAX_FRAGMENTS:
            kept.clear()
        kept[key] = render_to_string("plan/_item.html", {"entry": entry, "situation": situation})
    return replace(entry, html=kept[key])


MAX_FRAGMENTS = 20_000


def _entry(planned: PlannedAdvice, bases: dict, own: dict, resources: dict) -> PresentedAdvice:
    basis = bases[planned.advice.basis]
    return PresentedAdvice(
        planned=planned,
        basis=basis,
        sources=[basis.source, *(own[slug] for slug in planned.advice.sources if slug in own)],
        resources=[resources[slug] for slug in planned.advice.resources if slug in resources],
    )


def _unique(sources: Any) -> list[Any]:
    return list({source.slug: source for source in sources}.values())
