"""Fixed pages, the health check and the error pages."""

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .snapshot import content_snapshot


def page(request: HttpRequest, *, template: str) -> HttpResponse:
    return render(request, template)


@content_snapshot
def about(request: HttpRequest) -> HttpResponse:
    """Who makes the site, where the content comes from and when an editor last checked it."""
    from django.db.models import Max

    from steunwijzer.content.models import Item, Source
    from steunwijzer.voorkind.models import HelpLine

    items = Item.objects.all()
    return render(
        request,
        "core/over.html",
        {
            "sources": Source.objects.order_by("-year", "title"),
            "items": items.count(),
            "verified": items.filter(verified=True).count(),
            "helplines_checked": HelpLine.objects.aggregate(last=Max("checked"))["last"],
            "helplines_unchecked": HelpLine.objects.filter(checked__isnull=True).count(),
        },
    )


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 with a small JSON when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": connection.vendor})


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Requests Django refuses before any view: too many fields, too large, malformed."""
    return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "403.html", status=403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its check: the public site has no such forms, so say it plainly."""
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
