"""The plan's content as one object per content version, kept in each server process.

A plan page needs the rules, the knowledge items the advice rests on, the resources,
sources, help lines and wizard texts: about ten queries and the work of turning rows into
the pure rule objects, the same for every visitor until the next content load. Every load
gives the content a new version (`prerender.models.ContentVersion`, written in the load's
transaction), so `plan_library()` reads that one row and builds the rest again only when
the version moved. Nothing is shared between processes: each keeps its own copy, keyed by
the database's version, so a reload is seen by every process on its next plan request.
Without a version (a database without a load) nothing is kept.
"""

from dataclasses import dataclass, field
from typing import Any

from steunwijzer.content.models import Item, Resource, Source
from steunwijzer.content.roles import PREFIX as ROLE_PREFIX
from steunwijzer.content.textstore import stored_texts
from steunwijzer.prerender.models import ContentVersion
from steunwijzer.voorkind.models import ChildPage, HelpLine

from .models import Rule
from .questions import PREFIX, WizardTexts, from_texts
from .rules import Rules

# Where help is, on every plan (issue 10): for the child, for safety, in danger, expertise.
HELPLINES = ("kindertelefoon", "veilig-thuis", "alarmnummer-112", "expertisecentrum-kind")


@dataclass(frozen=True)
class PlanLibrary:
    """Everything a plan page or an advice's page reads from the database, by slug."""

    rules: Rules
    bases: dict[str, Item]  # the published knowledge items advice rests on
    resources: dict[str, Resource]
    sources: dict[str, Source]
    helplines: list[HelpLine]
    texts: WizardTexts | None  # None for content without steunplan/vragen.yaml (test folders)
    role_texts: dict[str, str]  # the role headings and intros (content/rollen.yaml)
    child_pages: dict[str, ChildPage]  # the pages for the child that advice links
    fragments: dict = field(default_factory=dict)  # rendered plan items (presentation.py)


_kept: dict[str, PlanLibrary] = {}


def plan_library() -> PlanLibrary:
    """The plan content of the database's content version (built once per version)."""
    version = ContentVersion.objects.filter(pk=1).values_list("version", flat=True).first()
    kept = _kept.get(version) if version is not None else None  # one read: no race
    if kept is not None:
        return kept
    library = _build()
    if version is not None:
        _kept.clear()  # only the newest version is ever asked for again
        _kept[version] = library
    return library


def _build() -> PlanLibrary:
    rules = Rule.objects.as_rules()
    bases = {advice.basis for advice in rules.advice.values()}
    items = Item.objects.published().filter(slug__in=bases).select_related("theme", "source")
    for item in items:
        item.url = item.get_absolute_url()  # reversed once here, not on every page
    return PlanLibrary(
        rules=rules,
        bases={item.slug: item for item in items},
        resources={resource.slug: resource for resource in Resource.objects.all()},
        sources={source.slug: source for source in Source.objects.all()},
        helplines=_in_order(HelpLine.objects.filter(slug__in=HELPLINES), HELPLINES),
        texts=from_texts(wizard) if (wizard := stored_texts(PREFIX)) else None,
        role_texts=stored_texts(ROLE_PREFIX),
        child_pages={page.slug: page for page in ChildPage.objects.all()},
    )


def _in_order(rows: Any, order: tuple[str, ...]) -> list[Any]:
    found = {row.slug: row for row in rows}
    return [found[slug] for slug in order if slug in found]
