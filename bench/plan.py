"""Server time of the support plan: a wizard step, the plan page and its PDF (warm)."""

from django.test import Client

from bench.timing import measure, report
from steunwijzer.plan.situation import CODES, MULTIPLE

# The common teacher case of issue 10 first: its page and its PDF have targets of their own.
TEACHER = "rol=school&leeftijd=8-11&ouder=vader&fase=detentie&contact=regelmatig"
SITUATIONS = {
    "teacher": TEACHER,
    "small": "rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten",
    "large": (
        "rol=verzorger&leeftijd=4-7&ouder=beide&fase=detentie&gebeurtenis=verhuizing"
        "&gebeurtenis=gemis&gebeurtenis=bezoek&contact=weinig&thuis=financien&thuis=pleeggezin"
        "&signaal=stil&signaal=angst&signaal=alleen&signaal=schaamte"
    ),
}


def every_answer() -> str:
    """A plan query with every answer a question allows: all of each multiple choice."""
    pairs = [
        (name, code)
        for name, codes in CODES.items()
        for code in (list(codes) if name in MULTIPLE else list(codes)[:1])
    ]
    return "&".join(f"{name}={code}" for name, code in pairs)


def run() -> None:
    client = Client()
    report(
        "wizard step /steunplan/?stap=fase",
        measure(lambda: client.get("/steunplan/?rol=school&stap=fase")),
    )
    for name, query in SITUATIONS.items():
        url = f"/steunplan/advies/?{query}"
        target = 10 if name == "teacher" else 20
        timings = measure(lambda url=url: client.get(url))
        report(f"plan page ({name} situation)", timings, target_ms=target)
    for name, query in SITUATIONS.items():
        url = f"/steunplan/advies.pdf?{query}"
        timings = measure(lambda url=url: client.get(url), repeat=10, warmup=2)
        report(f"plan PDF ({name} situation)", timings, target_ms=1000)
    url = f"/steunplan/advies.pdf?{every_answer()}"
    assert client.get(url).status_code == 200, "the all-answers plan must be valid"
    timings = measure(lambda: client.get(url), repeat=5, warmup=1)
    report("plan PDF (every answer)", timings, target_ms=2000)
