"""The support plan: the wizard, the plan page and its PDF, and each advice's own page.

Every answer travels in the query string, which these views parse themselves (never
`request.GET`, so no input can make Django raise): no session, no cookie, no database
write. A query string with anything wrong in it gets a Dutch 400 page.
"""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from steunwijzer.core.pdf import PdfTooSlow, render_pdf, too_slow_page
from steunwijzer.core.snapshot import content_snapshot

from . import wizard
from .presentation import advice_item_page, plan_page, wizard_texts
from .situation import Parsed, Situation, parse_query


def wizard_step(request: HttpRequest) -> HttpResponse:
    """One question of the wizard, the summary, or the redirect after a submitted step."""
    parsed = parse_query(_query(request), extra=wizard.WIZARD_PARAMETERS)
    if parsed.problems:
        return bad_request(request, parsed)
    situation, extra = parsed.situation, parsed.extra
    changing = "wijzig" in extra
    if "vraag" in extra:
        return _submitted(request, situation, extra["vraag"], extra.get("ga", "verder"), changing)
    name = wizard.current(extra.get("stap", wizard.STEPS[0].name), situation, changing=changing)
    if name == wizard.SUMMARY:
        return _summary(request, situation)
    return _step(request, situation, name, changing=changing)


def advice(request: HttpRequest) -> HttpResponse:
    """The plan for the situation in the query string."""
    parsed = parse_query(_query(request))
    if parsed.problems:
        return bad_request(request, parsed)
    return render(request, "plan/advice.html", plan_page(situation=parsed.situation, html=True))


@content_snapshot
def advice_item(request: HttpRequest, slug: str) -> HttpResponse:
    """One advice on a page of its own: what, for which role, why, and what it rests on.

    A content page (the same for everyone until the next load), so it is pre-rendered.
    """
    context = advice_item_page(slug=slug)
    if context is None:
        raise Http404("Onbekend advies")
    return render(request, "plan/advice_item.html", context)


def advice_pdf(request: HttpRequest) -> HttpResponse:
    """The same plan as an A4 PDF, with the date and the answers on the first page."""
    parsed = parse_query(_query(request))
    if parsed.problems:
        return bad_request(request, parsed)
    if request.method == "HEAD":  # the headers only: never render a PDF nobody reads
        return _pdf_response(b"")
    context = plan_page(situation=parsed.situation)
    page_url = reverse("plan:advice") + (f"?{context['query']}" if context["query"] else "")
    context.update(today=timezone.localdate(), page_url=request.build_absolute_uri(page_url))
    html = render_to_string("plan/advice_pdf.html", context)
    try:
        pdf = render_pdf(html=html, title="Steunplan")
    except PdfTooSlow:
        return too_slow_page(request, back_url=page_url, back_label="Bekijk het steunplan")
    return _pdf_response(pdf)


def _pdf_response(pdf: bytes) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="steunplan.pdf"'
    return response


def bad_request(request: HttpRequest, parsed: Parsed) -> HttpResponse:
    """What was wrong, and a way back to the wizard with the answers that were right."""
    kept = parsed.situation.pairs()
    back = reverse("plan:wizard") + (
        wizard.step_url(parsed.situation, wizard.SUMMARY) if kept else ""
    )
    context = {"problems": parsed.problems, "back_url": back, "kept": bool(kept)}
    return render(request, "plan/bad_request.html", context, status=400)


def _submitted(request, situation: Situation, name: str, action: str, changing: bool):
    """After a step: the same step with an error, or a 303 to the next step's clean URL."""
    if wizard.missing_answer(situation=situation, name=name, action=action):
        return _step(request, situation, name, changing=changing, error=True)
    situation, target = wizard.submit(
        situation=situation, name=name, action=action, changing=changing
    )
    response = HttpResponseRedirect(reverse("plan:wizard") + wizard.step_url(situation, target))
    response.status_code = 303
    return response


def _step(request, situation: Situation, name: str, *, changing: bool, error: bool = False):
    step = wizard.BY_NAME[name]
    number, total = wizard.position(name, situation)
    texts = wizard_texts()
    context = {
        "step": step,
        "question": texts.questions[name],
        "hint": texts.hint(multiple=step.multiple, required=step.required),
        "number": number,
        "total": total,
        "options": wizard.options(name, situation, texts=texts),
        "hidden": [pair for pair in situation.pairs() if pair[0] != name],
        "changing": changing,
        "has_previous": changing or wizard.preceding(name, situation) is not None,
        "error": error,
    }
    return render(request, "plan/step.html", context)


def _summary(request: HttpRequest, situation: Situation) -> HttpResponse:
    number, total = wizard.position(wizard.SUMMARY, situation)
    texts = wizard_texts()
    rows = [
        {
            "step": step,
            "question": texts.questions[step.name],
            "labels": [
                label
                for _, label, chosen in wizard.options(step.name, situation, texts=texts)
                if chosen
            ],
            "change_url": wizard.step_url(situation, step.name, changing=True),
        }
        for step in wizard.STEPS
        if step.applies(situation) or situation.values(step.name)
    ]
    plan_url = reverse("plan:advice") + (f"?{situation.query()}" if situation.pairs() else "")
    context = {"rows": rows, "number": number, "total": total, "plan_url": plan_url}
    return render(request, "plan/summary.html", context)


def _query(request: HttpRequest) -> str:
    return request.META.get("QUERY_STRING", "")
