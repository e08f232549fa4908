"""The guard list: an example URL for every named URL of the site, or the reason why not.

The guard tests (test_guards.py) and the browser tests (tests/e2e/test_pages.py) visit every
example. A test walks the URL resolver: a new named URL fails it until it has examples here
(`EXAMPLES`) or is excluded on purpose, with a reason (`EXCLUDED`, `EXCLUDED_NAMESPACES`).
"""

from pathlib import Path

import yaml
from django.conf import settings

from steunwijzer.content.models import ROLE_CHOICES


def _theme_slugs() -> list[str]:
    """Every theme's slug, read from the content files (no database needed to collect)."""
    files = sorted(Path(settings.CONTENT_DIR).glob("themes/*.yaml"))
    return [yaml.safe_load(file.read_text(encoding="utf-8"))["slug"] for file in files]


def _child_page_slugs() -> list[str]:
    """Every child page's slug, read from the content file."""
    file = Path(settings.CONTENT_DIR) / "voor-kinderen" / "paginas.yaml"
    return [page["slug"] for page in yaml.safe_load(file.read_text(encoding="utf-8"))["pages"]]


def _advice_slugs() -> list[str]:
    """Every advice's slug, read from the plan's content file."""
    file = Path(settings.CONTENT_DIR) / "steunplan" / "advice.yaml"
    return [advice["slug"] for advice in yaml.safe_load(file.read_text(encoding="utf-8"))["advice"]]


EXAMPLES: dict[str, list[str]] = {
    "content:home": ["/"],
    "content:themes": ["/thema/"],
    "content:theme": [f"/thema/{slug}/" for slug in _theme_slugs()],
    "content:role": [f"/voor/{code}/" for code, _ in ROLE_CHOICES],
    "content:figures": ["/cijfers/"],
    "content:resources": [
        "/hulpbronnen/",
        "/hulpbronnen/?doelgroep=school",
        "/hulpbronnen/?doelgroep=kind&soort=boek",
    ],
    "content:sources": ["/bronnen/"],
    "core:about": ["/over/"],
    "core:privacy": ["/privacy/"],
    "core:accessibility": ["/toegankelijkheid/"],
    "plan:wizard": [
        "/steunplan/",
        "/steunplan/?rol=school&stap=gebeurtenis",
        "/steunplan/?rol=school&leeftijd=8-11&stap=overzicht",
    ],
    "plan:advice": [
        "/steunplan/advies/?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten",
        "/steunplan/advies/?rol=verzorger&contact=niet-in-belang&thuis=onrust-voor-detentie",
    ],
    "plan:advice_item": [f"/steunplan/advies/{slug}/" for slug in _advice_slugs()],
    "netwerkkaart:map": ["/netwerkkaart/"],
    "search:results": [
        "/zoeken/",
        "/zoeken/?q=rouw",
        "/zoeken/?q=papa+in+de+bajes",
        "/zoeken/?q=xyzzy",
    ],
    "voorkind:visit": ["/bezoek/", "/bezoek/?leeftijd=4-7&ouder=moeder"],
    "voorkind:booklet": [
        "/bezoek/boekje/?leeftijd=8-11",
        "/bezoek/boekje/?leeftijd=0-3&ouder=beide&vorm=gezinsbezoek&eerste=ja&contact=geen",
        "/bezoek/boekje/?leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja",
        "/bezoek/boekje/?leeftijd=12-17&ouder=anders&vorm=beeldbellen&eerste=nee",
        "/bezoek/boekje/?leeftijd=4-7&ouder=moeder&vorm=bezoek&eerste=ja&contact=niet-in-belang",
    ],
    "voorkind:child_index": ["/voor-kinderen/"],
    "voorkind:child_page": [f"/voor-kinderen/{slug}/" for slug in _child_page_slugs()],
    "voorkind:help": ["/hulp/"],
}

# Named URLs without an HTML page to guard, each with the reason and where it is tested.
EXCLUDED: dict[str, str] = {
    "core:healthz": "JSON for the load balancer, no page; its headers are guarded here too",
    "netwerkkaart:export": "a JSON download from a POST (GET redirects to the map); netwerkkaart tests",
    "netwerkkaart:import": "opens an uploaded file from a POST (GET redirects); netwerkkaart tests",
    "netwerkkaart:pdf": "a PDF from a POST (GET redirects to the map); netwerkkaart/tests/test_pdf.py",
    "plan:advice_pdf": "a PDF, no HTML; plan/tests/test_pdf.py and plan/tests/test_guards.py",
    "voorkind:booklet_pdf": "a PDF, no HTML; voorkind/tests/test_views.py",
}
EXCLUDED_NAMESPACES: dict[str, str] = {
    "admin": "Django's admin: not public, behind a login, guarded by Django itself",
}

# Not named URLs, but answers every response must guard as well.
OTHER_RESPONSES = ["/healthz", "/bestaat-niet/", "/hulpbronnen/?soort=film"]


def public_pages() -> list[str]:
    """Every example URL of a public HTML page, in the order of `EXAMPLES`."""
    return [url for urls in EXAMPLES.values() for url in urls]
