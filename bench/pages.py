"""Server time and compressed weight of the content pages (target: under ~60 KB)."""

import gzip
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import Client

from bench.timing import measure, report

PAGES = ["/", "/thema/negatieve-gevolgen/", "/cijfers/", "/hulpbronnen/", "/zoeken/?q=rouw"]


def run() -> None:
    client = Client()
    for url in PAGES:
        report(f"page {url}", measure(lambda url=url: client.get(url)))
    css = len(gzip.compress(Path(finders.find("core/site.css")).read_bytes()))
    for url in PAGES:
        html = len(gzip.compress(client.get(url).content))
        print(f"weight {url:<40} html {html / 1024:5.1f} KB + css {css / 1024:4.1f} KB gzip")
