"""Pages of the knowledge base: home, themes, roles, figures, resources, sources."""

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from steunwijzer import vocabulary
from steunwijzer.core.snapshot import content_snapshot

from .charts import bar_chart
from .filtering import filter_words, matches
from .forms import ResourceFilterForm
from .models import ROLE_CHOICES, Figure, Item, Resource, Source, Theme
from .roles import PREFIX, role_heading, role_intro
from .textstore import stored_texts

ROLES = dict(ROLE_CHOICES)


# The infographic's own heading over the reactions of a child; the home page shows its items.
REACTIONS_SECTION = "Wanneer een kind een ouder in de gevangenis heeft..."


@content_snapshot
def home(request: HttpRequest) -> HttpResponse:
    key_figures = list(
        Figure.objects.published()
        .filter(theme__slug="hoeveel-kinderen")
        .prefetch_related("footnotes")
    )
    resources = list(Resource.objects.all())
    return render(
        request,
        "content/home.html",
        {
            "key_figures": key_figures,
            "footnotes": sorted(
                {note for figure in key_figures for note in figure.footnotes.all()},
                key=lambda note: note.number,
            ),
            "reactions": Item.objects.published()
            .filter(section=REACTIONS_SECTION)
            .select_related("theme"),
            "phases": [
                {
                    "code": code,
                    "label": label,
                    "resources": [r for r in resources if code in r.phases],
                }
                for code, label in vocabulary.PHASES.entries
            ],
            "groups": grouped_themes(),
            "roles": ROLE_CHOICES,
            "infographic": Source.objects.filter(slug="infographic").first(),
        },
    )


def grouped_themes() -> list[dict]:
    """The themes in their groups (the `group` of each theme file), in the groups' order."""
    themes = list(Theme.objects.all())
    return [
        {"code": code, "label": label, "themes": [t for t in themes if t.group == code]}
        for code, label in vocabulary.THEME_GROUPS.entries
    ]


@content_snapshot
def themes(request: HttpRequest) -> HttpResponse:
    return render(request, "content/themes.html", {"groups": grouped_themes()})


@content_snapshot
def theme(request: HttpRequest, slug: str) -> HttpResponse:
    theme = get_object_or_404(Theme, slug=slug)
    items = list(theme.items.published().select_related("source").prefetch_related("resources"))
    facts = [item for item in items if item.kind == "feit"]
    advice = [item for item in items if item.kind == "advies"]
    return render(
        request,
        "content/theme.html",
        {
            "theme": theme,
            "facts": facts,
            "advice": advice,
            "notes": source_notes(facts + advice),
            "figures": theme.figures.published().prefetch_related("footnotes"),
            "resources": theme.resources.all(),
            "related": theme.related.all(),
            # Only when it tells the roles apart: a theme for every role names none.
            "roles": [ROLES[code] for code in theme.roles if code in ROLES]
            if set(ROLES) - set(theme.roles)
            else [],
            "previous": Theme.objects.filter(order__lt=theme.order).last(),
            "next": Theme.objects.filter(order__gt=theme.order).first(),
        },
    )


def source_notes(items: list[Item]) -> list[Item]:
    """One numbered source note per source and section: the first item citing each.

    Sets `note` (the number) on every item, so a theme page cites each source once, at the
    end, and every item links to its note instead of repeating the citation."""
    first: dict[tuple[int, str], Item] = {}
    for item in items:
        key = (item.source_id, item.section)
        first.setdefault(key, item)
        item.note = list(first).index(key) + 1
    return list(first.values())


@content_snapshot
def role(request: HttpRequest, role: str) -> HttpResponse:
    if role not in ROLES:
        raise Http404("Onbekende rol")
    themes = [t for t in Theme.objects.all() if role in t.roles]
    advice = Item.objects.published().filter(kind="advies", theme__in=themes)
    texts = stored_texts(PREFIX)
    return render(
        request,
        "content/role.html",
        {
            "role": role,
            "role_heading": role_heading(texts, role),
            "role_intro": role_intro(texts, role),
            "themes": themes,
            "advice": advice.select_related("theme"),
        },
    )


@content_snapshot
def figures(request: HttpRequest) -> HttpResponse:
    published = list(
        Figure.objects.published().select_related("theme", "source").prefetch_related("footnotes")
    )
    return render(
        request,
        "content/figures.html",
        {
            "figures": published,
            "counts_chart": bar_chart(figures=[f for f in published if f.chart == "aantallen"]),
            "shares_chart": bar_chart(
                figures=[f for f in published if f.chart == "percentages"], maximum=100
            ),
            "footnotes": sorted(
                {note for figure in published for note in figure.footnotes.all()},
                key=lambda note: note.number,
            ),
        },
    )


@content_snapshot
def resources(request: HttpRequest) -> HttpResponse:
    """The resources directory, filtered on the server by words, audience and type (a GET
    form; the page's script only filters the same way while typing)."""
    from steunwijzer.voorkind.models import ChildPage, HelpLine

    form = ResourceFilterForm(request.GET or None)
    chosen = form.cleaned_data if form.is_valid() else {"zoek": "", "doelgroep": "", "soort": ""}
    found = Resource.objects.matching(audience=chosen["doelgroep"], type=chosen["soort"])
    wanted = filter_words(chosen["zoek"])
    shown = [r for r in found.prefetch_related("themes") if matches(r.filter_text(), wanted)]
    return render(
        request,
        "content/resources.html",
        {
            "form": form,
            "resources": shown,
            "total": Resource.objects.count(),
            "filtered": any(chosen.values()),
            "words": chosen["zoek"],
            "child_pages": ChildPage.objects.all(),
            "kindertelefoon": HelpLine.objects.filter(slug="kindertelefoon").first(),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@content_snapshot
def sources(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "content/sources.html",
        {
            "sources": Source.objects.prefetch_related(
                Prefetch("items", queryset=Item.objects.published().select_related("theme"))
            ),
            "resources": Resource.objects.all(),
        },
    )
