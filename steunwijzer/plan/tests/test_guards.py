"""The promises every public page keeps (steunwijzer/core/tests/test_guards.py), kept by
every kind of page of the support plan."""

import re

import pytest

from steunwijzer.core.tests.test_guards import PageFacts

pytestmark = pytest.mark.django_db

PAGES = [
    "/steunplan/",
    "/steunplan/?vraag=rol&ga=verder",
    "/steunplan/?rol=school&stap=leeftijd",
    "/steunplan/?rol=school&stap=gebeurtenis",
    "/steunplan/?rol=school&leeftijd=8-11&stap=contact&wijzig=ja",
    "/steunplan/?rol=school&leeftijd=8-11&gebeurtenis=pesten&stap=overzicht",
    "/steunplan/advies/",
    "/steunplan/advies/?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten",
    "/steunplan/advies/?rol=verzorger&fase=vrijlating&contact=niet-in-belang&thuis=huiselijk-geweld&thuis=onrust-voor-detentie&gebeurtenis=bezoek&signaal=alleen",
    "/steunplan/advies/?rol=onbekend",
]


@pytest.fixture(autouse=True)
def content(site_content):
    pass


def facts_of(client, url) -> tuple[str, PageFacts]:
    response = client.get(url)
    assert response.status_code in {200, 400}, url
    facts = PageFacts()
    facts.feed(response.content.decode())
    return response.content.decode(), facts


@pytest.mark.parametrize("url", PAGES)
def test_every_plan_page_has_one_h1_dutch_and_unique_ids(client, url):
    _, facts = facts_of(client, url)
    assert facts.h1_count == 1
    assert facts.html_lang == "nl"
    assert len(facts.ids) == len(set(facts.ids)), [i for i in facts.ids if facts.ids.count(i) > 1]


@pytest.mark.parametrize("url", PAGES)
def test_no_plan_page_loads_anything_from_another_host_or_inline(client, url):
    html, facts = facts_of(client, url)
    assert all(f.startswith("/") and not f.startswith("//") for f in facts.fetched)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


@pytest.mark.parametrize("url", [*PAGES, "/steunplan/advies.pdf?rol=school"])
def test_every_plan_page_sends_the_security_headers_and_no_cookie(client, url):
    response = client.get(url)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", PAGES)
def test_every_link_to_an_anchor_on_the_plan_page_has_its_target(client, url):
    html, facts = facts_of(client, url)
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in facts.ids, target
