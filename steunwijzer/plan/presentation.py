"""What the plan page and the PDF show: the plan joined with the rows it refers to.

The plan itself comes from the pure `recommend`; this module fetches the knowledge items,
resources and sources its advice refers to (by slug, a fixed number of queries) and shapes
them for the templates.
"""

from dataclasses import dataclass
from typing import Any

from steunwijzer.content.models import Item, Resource, Source
from steunwijzer.content.textstore import stored_texts
from steunwijzer.voorkind.models import HelpLine

from .models import Rule
from .questions import PREFIX, WizardTexts, from_texts
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

    @property
    def priority_label(self) -> str:
        return PRIORITIES[self.planned.priority]

    @property
    def extra_sources(self) -> list[Any]:
        """The sources beyond the knowledge item's own (the first of `sources`)."""
        return self.sources[1:]


def plan_page(*, situation: Situation) -> dict[str, Any]:
    """The template context of a plan: sections with entries, resources, sources, answers."""
    plan = recommend(situation=situation, rules=Rule.objects.as_rules())
    items = Item.objects.published().filter(slug__in=plan.bases()).select_related("theme", "source")
    bases = {item.slug: item for item in items}
    resources = _by_slug(Resource.objects.filter(slug__in=plan.resources()), plan.resources())
    own = {source.slug: source for source in Source.objects.filter(slug__in=plan.sources())}
    sections = []
    for section in plan.sections:
        entries = [
            _entry(planned, bases, own, resources)
            for planned in section.entries
            if planned.advice.basis in bases
        ]
        sections.append({"key": section.key, "title": section.title, "entries": entries})
    entries = [entry for section in sections for entry in section["entries"]]
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
        "helplines": list(
            _by_slug(HelpLine.objects.filter(slug__in=HELPLINES), list(HELPLINES)).values()
        ),
        "situation": situation,
        "answers": wizard_texts().answered(situation),
        "sections": [section for section in sections if section["entries"]],
        "resources": list(resources.values()),
        "sources": _unique(source for entry in entries for source in entry.sources),
        "change_url": step_url(situation, SUMMARY),
        "query": situation.query(),
    }


# Where help is, on every plan (issue 10): for the child, for safety, in danger, expertise.
HELPLINES = ("kindertelefoon", "veilig-thuis", "alarmnummer-112", "expertisecentrum-kind")


def wizard_texts() -> WizardTexts:
    """The wizard's questions and answers as the last content load stored them."""
    return from_texts(stored_texts(PREFIX))


def _entry(planned: PlannedAdvice, bases: dict, own: dict, resources: dict) -> PresentedAdvice:
    basis = bases[planned.advice.basis]
    return PresentedAdvice(
        planned=planned,
        basis=basis,
        sources=[basis.source, *(own[slug] for slug in planned.advice.sources if slug in own)],
        resources=[resources[slug] for slug in planned.advice.resources if slug in resources],
    )


def _by_slug(rows: Any, order: list[str]) -> dict[str, Any]:
    found = {row.slug: row for row in rows}
    return {slug: found[slug] for slug in order if slug in found}


def _unique(sources: Any) -> list[Any]:
    return list({source.slug: source for source in sources}.values())
