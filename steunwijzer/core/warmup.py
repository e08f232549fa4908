"""Warm a server process up so its first PDF is as fast as the next.

The first PDF of a fresh process costs seconds: importing WeasyPrint, and Pango/fontconfig
loading the fonts the first time text is laid out. `warm_up()` pays that when the process
starts (steunwijzer/prerender/wsgi.py calls it in every server worker) by rendering one
tiny document with the site's PDF stylesheet, through the same `render_pdf` as the views.
"""

import logging
import time

from django.templatetags.static import static

from steunwijzer.core.pdf import render_pdf

logger = logging.getLogger(__name__)

WARMUP_HTML = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Opwarmen</title>
<link rel="stylesheet" href="{css}"></head>
<body><h1>Steunwijzer</h1><p>Een korte tekst om de <strong>lettertypen</strong> te laden.</p>
<svg width="20" height="20"><circle cx="10" cy="10" r="8"/></svg></body></html>"""


def warm_up() -> float:
    """Render one tiny PDF; the seconds it took."""
    start = time.perf_counter()
    render_pdf(html=WARMUP_HTML.format(css=static("core/pdf.css")), title="Opwarmen")
    seconds = time.perf_counter() - start
    logger.info("PDF renderer warmed up in %.1f s", seconds)
    return seconds
