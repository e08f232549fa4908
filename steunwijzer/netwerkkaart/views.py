"""The network map at /netwerkkaart/: the editor page, download, open and PDF.

Why the POST views are exempt from CSRF protection: the public site never sets a cookie,
and Django's CSRF token needs one. Skipping it is safe here because these views are
stateless: no login, no session, no database write, no other effect on the server. A
forged cross-site POST can only make the server answer, to the forger's own page, with the
map the forger posted; nothing of a visitor is read or changed. `never_cache` keeps the
map out of browser and proxy caches.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from steunwijzer.core.pdf import TOO_SLOW, PdfTooSlow, render_pdf

from .page import Error, Page, edit, page_context, pdf_context
from .saving import MAX_FILE_BYTES, MemoryOnlyUpload, export, open_upload, pdf_request

PDF_TARGET = "id_pdf-zonder_namen"


@csrf_exempt  # stateless: see the module docstring
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def map_page(request: HttpRequest) -> HttpResponse:
    page = edit(request.POST) if request.method == "POST" else Page()
    return render_page(request, page)


@csrf_exempt  # stateless: see the module docstring
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def download(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("netwerkkaart:map")
    text, page = export(request.POST)
    if text is None:
        return render_page(request, page)
    name = f"netwerkkaart-{timezone.localdate():%Y-%m-%d}.json"
    return attachment(text.encode("utf-8"), "application/json; charset=utf-8", name)


@csrf_exempt  # stateless: see the module docstring
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def open_file(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("netwerkkaart:map")
    upload = MemoryOnlyUpload(request, limit=MAX_FILE_BYTES)
    request.upload_handlers = [upload]
    data, files = request.POST, request.FILES  # parses the body, through `upload` only
    return render_page(request, open_upload(data, files, too_large=upload.too_large))


@csrf_exempt  # stateless: see the module docstring
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def pdf(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("netwerkkaart:map")
    network, with_names, page = pdf_request(request.POST)
    if network is None:
        return render_page(request, page)
    html = render_to_string("netwerkkaart/pdf.html", pdf_context(network, with_names=with_names))
    try:
        content = render_pdf(html=html, title="Netwerkkaart")
    except PdfTooSlow:  # the map stays on the page, with what happened
        response = render_page(request, Page(network, errors=[Error(TOO_SLOW, PDF_TARGET)]))
        response.status_code = 503
        response["Retry-After"] = "60"
        return response
    return attachment(content, "application/pdf", "netwerkkaart.pdf")


def render_page(request: HttpRequest, page: Page) -> HttpResponse:
    return render(request, "netwerkkaart/map.html", page_context(page), status=page.status)


def attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
