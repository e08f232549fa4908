"""Shared page components: one template each, used by every tool (see docs/components.md).

Load them with `{% load components %}`. Each tag renders a template in
`core/templates/core/components/`; change the look there, once, for every page.
"""

from dataclasses import dataclass
from typing import Any

from django import template
from django.urls import reverse

register = template.Library()


@dataclass(frozen=True)
class SummaryLine:
    """One line of an error summary: what is wrong, and the id of the field to fix (if any)."""

    message: str
    target: str = ""


@register.inclusion_tag("core/components/error_summary.html")
def error_summary(
    title: str,
    *,
    errors: Any = None,
    form: Any = None,
    message: str = "",
    target: str = "",
    note: str = "",
    id: str = "",
    classes: str = "",
) -> dict[str, Any]:
    """
    Error summary at the top of a page or form: what went wrong, each line linked to its field.

    Renders nothing when there is nothing wrong. The summary is an alert (read out when it
    appears) with a heading; it takes focus with a script (`tabindex="-1"`), and each line
    with a target links to the id of the field to fix.

    Usage:
        {% load components %}
        {% error_summary "Dit filter kennen we niet:" form=form %}
        {% error_summary "Dit konden we niet gebruiken:" errors=problems %}
        {% error_summary "Er ontbreekt een antwoord" message="Kies een antwoord." target="rol-1" %}
        {% error_summary "Dat lukte niet" errors=page.errors note=unchanged id="nk-fouten" %}

    Variables:
        + title: str | the heading of the summary, in Dutch.
        - errors: list | objects (or dicts) with `message` and an optional `target`: the id
          of the field to fix, without `#`. A line without target is shown without a link.
        - form: Form | a bound Django form: each field error links to its field
          (`id_for_label`), errors of the whole form are shown without a link.
        - message: str | one more line, for a page with a single error.
        - target: str | the field id that `message` links to.
        - note: str | a sentence under the list (for example what was kept).
        - id: str | the id of the summary, for a script that moves focus to it.
        - classes: str | extra CSS classes, for a tool's own spacing.
    """
    lines = [_line(error) for error in errors or []]
    if form is not None:
        for field in form:
            lines += [SummaryLine(str(error), field.id_for_label or "") for error in field.errors]
        lines += [SummaryLine(str(error)) for error in form.non_field_errors()]
    if message:
        lines.append(SummaryLine(message, target))
    return {"title": title, "lines": lines, "note": note, "id": id, "classes": classes}


def _line(error: Any) -> SummaryLine:
    if isinstance(error, dict):
        return SummaryLine(str(error["message"]), error.get("target") or "")
    return SummaryLine(str(error.message), getattr(error, "target", "") or "")


@register.inclusion_tag("core/components/resource_card.html")
def resource_card(
    resource: Any,
    *,
    level: int = 2,
    id_prefix: str = "",
    details: bool = True,
    filterable: bool = False,
) -> dict[str, Any]:
    """
    Resource card: one help resource in a list, with a link to it, its kind, what it is and
    for whom.

    Renders one `<li class="resource">`: put it in a `<ul class="resource-list">`. The title
    links to the resource's own (external) site.

    Usage:
        {% load components %}
        <ul class="resource-list">
          {% for resource in resources %}{% resource_card resource %}{% endfor %}
        </ul>
        {% resource_card resource level=3 id_prefix="hulpbron-" details=False %}

    Variables:
        + resource: Resource | the resource (`steunwijzer.content.models.Resource`).
        - level: int | the heading level of the title, 2 to 6 (default 2).
        - id_prefix: str | put before the resource's slug to make the card's id, for a page
          that links to the card (default: the slug itself).
        - details: bool | also show why the source names it, when, the themes and the source
          (default True).
        - filterable: bool | carry the card's folded words in `data-filter-text`, for the
          resources page's script that filters while typing (default False).
    """
    if not 2 <= int(level) <= 6:
        raise template.TemplateSyntaxError(f"resource_card: level {level} is not 2 to 6")
    return {
        "resource": resource,
        "level": int(level),
        "id": f"{id_prefix}{resource.slug}",
        "details": details,
        "filterable": filterable,
    }


@register.inclusion_tag("core/components/source_citation.html")
def source_citation(record: Any = None, *, source: Any = None, sources: Any = ()) -> dict[str, Any]:
    """
    Source citation: says which source, and which section of it, a statement comes from.

    Shown under every knowledge item, figure and resource. The source links to its entry
    on the sources page (/bronnen/).

    Usage:
        {% load components %}
        {% source_citation item %}
        {% source_citation source=line.source_record %}
        {% source_citation sources=page_sources %}

    Variables:
        - record: Item, Figure or Resource | any content record with `source` (a Source)
          and `section` (the section of the source, in Dutch).
        - source: Source | one source cited without a section (a help line).
        - sources: list of Source | several sources of one page, cited without a section
          (for a page that rests on more than one source, such as a child page).
    """
    if record is not None:
        return {"sources": [record.source], "section": record.section}
    return {"sources": [source] if source is not None else list(sources), "section": ""}


@register.inclusion_tag("core/components/breadcrumbs.html")
def breadcrumbs(*trail: str, current: str) -> dict[str, Any]:
    """
    Breadcrumbs: where this page sits in the site, from the home page to the page itself.

    A `<nav>` named "Kruimelpad" with a list: first Home, then the pages in between
    (links), last the current page (not a link, `aria-current="page"`). Hidden in print.

    Usage:
        {% load components %}
        {% breadcrumbs current="Voor leerkrachten" %}
        {% url 'content:themes' as themes %}
        {% breadcrumbs "Thema's" themes current=theme.title %}

    Variables:
        + current: str | the title of this page.
        - trail: str pairs | for each page between Home and this one: its label, then its
          URL, in order.
    """
    if len(trail) % 2:
        raise template.TemplateSyntaxError(
            "breadcrumbs: give each page between Home and this one as a label and a URL"
        )
    pairs = [(str(trail[i]), str(trail[i + 1])) for i in range(0, len(trail), 2)]
    return {"home": reverse("content:home"), "trail": pairs, "current": current}
