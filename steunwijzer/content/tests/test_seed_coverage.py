"""Everything of the seed (the infographic's text) can be found on the site."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.html import escape

from steunwijzer.content.models import Theme

pytestmark = pytest.mark.django_db

# A copy of the brief's seed inside the repository (seed/README.md says where it comes from).
SEED = Path(settings.BASE_DIR) / "seed" / "infographic-ouder-in-de-gevangenis.txt"

THEMES = [
    "hoeveel-kinderen",
    "wat-het-betekent",
    "rouw-en-ambigu-verlies",
    "schaamte-en-stigma",
    "ouderschap",
    "vader-in-de-gevangenis",
    "moeder-in-de-gevangenis",
    "gebeurtenissen",
    "negatieve-gevolgen",
    "positieve-gevolgen",
    "steunen",
    "praten-over-detentie",
    "school",
    "na-vrijlating",
    "preventie",
    "recht-op-contact",
]


@pytest.fixture(autouse=True)
def content(site_content):
    pass


@pytest.fixture(scope="module")
def pages_read() -> dict[str, str]:
    """The site's text, fetched once for all tests of this module (the content never changes)."""
    return {}


@pytest.fixture
def site_text(client, pages_read):
    def read() -> str:
        if "all" not in pages_read:
            urls = ["/", "/cijfers/", "/hulpbronnen/", "/bronnen/"]
            urls += [theme.get_absolute_url() for theme in Theme.objects.all()]
            pages_read["all"] = "\n".join(client.get(url).content.decode() for url in urls)
        return pages_read["all"]

    return read


def test_every_section_of_the_seed_has_its_theme_page(client):
    for slug in THEMES:
        assert client.get(f"/thema/{slug}/").status_code == 200, slug


def test_every_link_of_the_seed_is_a_resource_on_the_site(client):
    links = set(re.findall(r"https://\S+", SEED.read_text(encoding="utf-8")))
    assert len(links) == 13
    html = client.get("/hulpbronnen/").content.decode()
    for link in links:
        assert escape(link) in html, link


@pytest.mark.parametrize(
    "figure",
    ["22.000–26.000", "12.000", "169–201", "9–10", "75%", "40%", "ruim 1/3"],
)
def test_every_verified_figure_of_the_seed_is_shown(client, figure):
    assert figure in client.get("/cijfers/").content.decode()


def test_the_four_footnotes_are_shown(client):
    html = client.get("/cijfers/").content.decode()
    for number in range(1, 5):
        assert f'id="voetnoot-{number}"' in html
    assert "juridische ouder" in html
    assert "vreemdelingendetentie" in html


def test_the_uncertain_18000_is_never_shown(site_text):
    assert "18.000" not in site_text()


@pytest.mark.parametrize(
    "phrase",
    [
        "ingrijpende jeugdervaring",
        "loyaal",
        "ambigu",
        "pleeggezin",
        "parentificatie",
        "vertrouwenspersoon",
        "netwerkkaart",
        "Gouden Gids",
        "Betere Start",
        "Exodus",
        "Gezinsbenadering",
        "verkeersdelict",
        "grootouders",
        "recht op contact",
        "verhuizen",
        "gepest",
    ],
)
def test_key_terms_of_the_seed_appear_on_the_site(site_text, phrase):
    assert phrase.lower() in site_text().lower()
