"""Server time of the content pages, rendered through Django's test client."""

from django.test import Client

from bench.timing import measure, report


def run() -> None:
    client = Client()
    for url in ["/", "/thema/negatieve-gevolgen/", "/cijfers/", "/hulpbronnen/"]:
        report(f"page {url}", measure(lambda url=url: client.get(url)))
