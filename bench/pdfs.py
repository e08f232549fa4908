"""PDF times: the plan's first PDF in a fresh process with and without the warm-up, the warm
plan PDF, and the network map's PDF for 6 and for 60 people."""

import json
import os
import subprocess
import sys

from django.test import Client

from bench.netwerkkaart import full_map
from bench.servers import ROOT
from bench.timing import measure, report
from steunwijzer.netwerkkaart.model import NetworkMap, map_to_json

PLAN_PDF = (
    "/steunplan/advies.pdf?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten"
)

FRESH_PROCESS = """
import json, os, sys, time
import django
django.setup()
from django.test import Client
started = time.perf_counter()
warmup = 0.0
if sys.argv[1] == "1":
    from steunwijzer.core.warmup import warm_up
    warmup = warm_up()
client = Client()
timings = []
for _ in range(2):
    start = time.perf_counter()
    response = client.get(sys.argv[2])
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    timings.append(time.perf_counter() - start)
print(json.dumps({"warmup": warmup, "first": timings[0], "second": timings[1]}))
"""


def fresh_process(*, warm: bool) -> dict:
    """Times of the first two plan PDFs in a new Python process (as in a new server worker)."""
    output = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, "1" if warm else "0", PLAN_PDF],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run() -> None:
    cold, warmed = fresh_process(warm=False), fresh_process(warm=True)
    print(
        f"plan PDF, fresh process without warm-up: first {cold['first'] * 1000:7.0f} ms"
        f"   second {cold['second'] * 1000:7.0f} ms"
    )
    print(
        f"plan PDF, fresh process with warm-up:    first {warmed['first'] * 1000:7.0f} ms"
        f"   second {warmed['second'] * 1000:7.0f} ms   (warm-up at start {warmed['warmup']:.1f} s)"
    )
    client = Client()
    report(
        "plan PDF (warm)",
        measure(lambda: client.get(PLAN_PDF), repeat=10, warmup=1),
        target_ms=1000,
    )
    spread = full_map()
    six = NetworkMap(kind=spread.kind, personen=spread.personen[:6])
    for label, network in (("6 people", six), ("60 people", spread)):
        state = map_to_json(network)
        report(
            f"netwerkkaart PDF, {label}",
            measure(
                lambda state=state: client.post("/netwerkkaart/netwerkkaart.pdf", {"kaart": state}),
                repeat=8,
                warmup=1,
            ),
        )
