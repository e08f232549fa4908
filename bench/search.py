"""Server time of a search over the full content (target: median under 10 ms)."""

from django.test import Client

from bench.timing import measure, report
from steunwijzer.search.results import results_for

QUERIES = ["pesten", "rouw", "bezoek gevangenis", "wat vertel ik de klas", "papa in de bajes"]


def run() -> None:
    timings = []
    for query in QUERIES:
        timings += measure(lambda query=query: results_for(query), repeat=40)
    report("results_for() over the full content", timings, target_ms=10)
    client = Client()
    page = []
    for query in QUERIES:
        page += measure(lambda query=query: client.get("/zoeken/", {"q": query}), repeat=20)
    report("page /zoeken/?q=… (search + render)", page)
