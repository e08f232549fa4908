"""The search page: results for `q`, or a helpful empty state."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from steunwijzer.content.models import Theme
from steunwijzer.core.snapshot import content_snapshot

from .results import results_for


@never_cache
@content_snapshot
def results(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "")
    found = results_for(text) if text.strip() else None
    context = {
        "q": found.query.text if found else text[:200],
        "results": found,
        "hits": found.hits if found else [],
        "themes": Theme.objects.all() if not (found and found.hits) else [],
    }
    return render(request, "search/results.html", context)
