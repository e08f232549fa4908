"""Content pages per second: the app as `make run` serves it against nginx sending the same
bytes, measured in the same run (wrk, 2 threads, 32 connections, loopback, fixed duration).
The ratio app/nginx is the figure to quote: the machine is shared and noisy.
"""

import statistics
import time
import urllib.request
from pathlib import Path

from django.conf import settings

from bench.servers import app_server, free_port, nginx, static_nginx_config, wrk

PAGES = ["/", "/thema/negatieve-gevolgen/"]
ROUNDS = 2
SECONDS = 4
PLAN_PDF = (
    "/steunplan/advies.pdf?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten"
)


def fetch(url: str) -> tuple[bytes, float]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        body = response.read()
    return body, time.perf_counter() - start


def run() -> None:
    root = Path(settings.PRERENDER_ROOT) / "current"
    for folder in (root.parent.parent, root.parent):  # nginx's workers run as another user
        folder.chmod(0o755)
    app_port, nginx_port = free_port(), free_port()
    with (
        nginx(static_nginx_config(port=nginx_port, root=root.resolve())),
        app_server(port=app_port, env={}),
    ):
        app, baseline = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{nginx_port}"
        first_pdf = fetch(app + PLAN_PDF)[1]
        warm_pdf = statistics.median(fetch(app + PLAN_PDF)[1] for _ in range(3))
        print(
            f"plan PDF over HTTP, first after start (workers warmed up) {first_pdf * 1000:8.0f} ms"
            f"   next (median of 3) {warm_pdf * 1000:8.0f} ms"
        )
        for page in PAGES:
            same = fetch(app + page)[0] == fetch(baseline + page)[0]
            rates: dict[str, list[float]] = {"app": [], "nginx": []}
            failed = 0
            for _ in range(ROUNDS):
                for name, base in (("nginx", baseline), ("app", app)):
                    result = wrk(base + page, seconds=SECONDS)
                    rates[name].append(result["rps"])
                    failed += result["non2xx"] + result["socket_errors"]
            app_rps, nginx_rps = statistics.median(rates["app"]), statistics.median(rates["nginx"])
            print(
                f"content page {page:<28} app {app_rps:9.0f} req/s   nginx {nginx_rps:9.0f} req/s"
                f"   ratio {app_rps / nginx_rps:5.2f}   same bytes: {'yes' if same else 'NO'}"
                f"   failed: {failed}"
            )
        dynamic = wrk(app + "/hulpbronnen/?doelgroep=kind", seconds=SECONDS)
        print(
            f"Django page /hulpbronnen/?doelgroep=kind        app {dynamic['rps']:9.0f} req/s"
            "   (query string: rendered by Django every time)"
        )
