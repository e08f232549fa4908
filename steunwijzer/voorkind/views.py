"""The visit booklet (/bezoek/), the child pages (/voor-kinderen/) and the help page (/hulp/).

The booklet views parse the raw query string themselves (never `request.GET`, so no input
makes Django raise): nothing is stored, no cookie is set, no database row is written.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from steunwijzer.content.models import Source
from steunwijzer.content.textstore import stored_texts
from steunwijzer.core.pdf import render_pdf
from steunwijzer.core.snapshot import content_snapshot

from .booklet import Booklet, compose, paragraphs
from .choice import CODES, REQUIRED, Choice, Parsed, parse_query
from .models import BookletPage, ChildPage, HelpLine, VisitRule
from .questions import PREFIX, question


@content_snapshot
def visit_form(request: HttpRequest) -> HttpResponse:
    """The form; answers in the query string (from the plan, or going back) are ticked."""
    parsed = parse_query(_query(request))
    if parsed.problems:
        return _bad_request(request, parsed)
    return render(request, "voorkind/visit_form.html", _form_context(parsed.choice))


@content_snapshot
def booklet(request: HttpRequest) -> HttpResponse:
    parsed = parse_query(_query(request))
    if parsed.problems:
        return _bad_request(request, parsed)
    choice = parsed.choice
    if choice.no_booklet:
        context = _helplines_context(only=("veilig-thuis", "alarmnummer-112"))
        return render(request, "voorkind/no_booklet.html", context)
    if choice.missing:
        return render(request, "voorkind/visit_form.html", _form_context(choice, errors=True))
    return render(request, "voorkind/booklet.html", _booklet_context(choice))


@content_snapshot
def booklet_pdf(request: HttpRequest) -> HttpResponse:
    parsed = parse_query(_query(request))
    if parsed.problems:
        return _bad_request(request, parsed)
    choice = parsed.choice
    if choice.no_booklet or choice.missing:
        return booklet(request)
    context = _booklet_context(choice)
    context["today"] = timezone.localdate()
    html = render_to_string("voorkind/booklet_pdf.html", context)
    response = HttpResponse(
        render_pdf(html=html, title=context["title"]), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'inline; filename="bezoekboekje.pdf"'
    return response


@content_snapshot
def child_index(request: HttpRequest) -> HttpResponse:
    return render(request, "voorkind/child_index.html", {"pages": ChildPage.objects.all()})


@content_snapshot
def child_page(request: HttpRequest, slug: str) -> HttpResponse:
    pages = list(ChildPage.objects.all())
    page = next((p for p in pages if p.slug == slug), None)
    if page is None:
        raise Http404
    position = pages.index(page)
    context = {
        "page": page,
        "paragraphs": paragraphs(page.body),
        "helplines": _helplines_context(only=page.helplines)["helplines"],
        "sources": _sources(page.sources),
        "previous": pages[position - 1] if position > 0 else None,
        "next": pages[position + 1] if position + 1 < len(pages) else None,
    }
    return render(request, "voorkind/child_page.html", context)


@content_snapshot
def help_page(request: HttpRequest) -> HttpResponse:
    return render(request, "voorkind/help.html", _helplines_context())


def _form_context(choice: Choice, *, errors: bool = False) -> dict:
    texts = stored_texts(PREFIX)
    questions = [
        {
            "name": name,
            "question": question(texts, name),
            "required": name in REQUIRED,
            "missing": errors and name in choice.missing,
            "options": [
                (value, label, choice.get(name) == value) for value, label in CODES[name].items()
            ],
        }
        for name in CODES
    ]
    problems = [
        {"message": f"{q['question']} Kies een antwoord.", "target": f"{q['name']}-1"}
        for q in questions
        if q["missing"]
    ]
    return {"questions": questions, "errors": problems}


def _booklet_context(choice: Choice) -> dict:
    made: Booklet = compose(
        pages=BookletPage.objects.values(), rules=VisitRule.objects.values(), choice=choice
    )
    slugs = {slug for page in made.pages for slug in page.sources} | {
        rule["source"] for rule in made.rules
    }
    sources = {source.slug: source for source in Source.objects.filter(slug__in=slugs)}
    pages = [
        {"page": page, "sources": [sources[s] for s in page.sources if s in sources]}
        for page in made.pages
    ]
    rules = [{**rule, "source": sources.get(rule["source"])} for rule in made.rules]
    query = choice.query()
    texts = stored_texts(PREFIX)
    return {
        "choice": choice,
        "labels": [(question(texts, name), CODES[name][value]) for name, value in choice.pairs()],
        "pages": pages,
        "rules": rules,
        "title": "Bezoekboekje voor de verzorger" if choice.for_carer else "Mijn bezoekboekje",
        "pdf_url": reverse("voorkind:booklet_pdf") + f"?{query}",
        "change_url": reverse("voorkind:visit") + f"?{query}",
        "video": choice.vorm == "beeldbellen",
    }


def _helplines_context(*, only=None) -> dict:
    """The help lines (those named in `only`, when given), each with its source record."""
    lines = [line for line in HelpLine.objects.all() if only is None or line.slug in only]
    sources = {source.slug: source for source in _sources([line.source for line in lines])}
    for line in lines:
        line.source_record = sources.get(line.source)  # type: ignore[attr-defined]
    return {"helplines": lines}


def _sources(slugs: list[str]) -> list[Source]:
    found = {source.slug: source for source in Source.objects.filter(slug__in=slugs)}
    return [found[slug] for slug in dict.fromkeys(slugs) if slug in found]


def _bad_request(request: HttpRequest, parsed: Parsed) -> HttpResponse:
    return render(request, "voorkind/bad_request.html", {"problems": parsed.problems}, status=400)


def _query(request: HttpRequest) -> str:
    return request.META.get("QUERY_STRING", "")
