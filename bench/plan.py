"""Server time of the support plan: a wizard step, the plan page and its PDF (warm)."""

from django.test import Client

from bench.timing import measure, report

SITUATIONS = {
    "small": "rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten",
    "large": (
        "rol=verzorger&leeftijd=4-7&ouder=beide&fase=detentie&gebeurtenis=verhuizing"
        "&gebeurtenis=gemis&gebeurtenis=bezoek&contact=weinig&thuis=financien&thuis=pleeggezin"
        "&signaal=stil&signaal=angst&signaal=alleen&signaal=schaamte"
    ),
}


def run() -> None:
    client = Client()
    report(
        "wizard step /steunplan/?stap=fase",
        measure(lambda: client.get("/steunplan/?rol=school&stap=fase")),
    )
    for name, query in SITUATIONS.items():
        url = f"/steunplan/advies/?{query}"
        report(
            f"plan page ({name} situation)", measure(lambda url=url: client.get(url)), target_ms=20
        )
    for name, query in SITUATIONS.items():
        url = f"/steunplan/advies.pdf?{query}"
        timings = measure(lambda url=url: client.get(url), repeat=10, warmup=2)
        report(f"plan PDF ({name} situation)", timings, target_ms=1000)
