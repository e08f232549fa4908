"""Every advice has its own address: a content page with the advice, why, its sources and a
way to make a plan; search hits and plans lead there."""

import pytest

from steunwijzer.plan.models import Advice
from steunwijzer.prerender.pages import page_urls

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content(site_content):
    pass


def main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_every_advice_has_a_page_that_is_pre_rendered():
    urls = set(page_urls())
    for slug in Advice.objects.values_list("slug", flat=True):
        assert f"/steunplan/advies/{slug}/" in urls, slug


def test_an_advice_page_shows_the_advice_why_its_source_and_a_way_to_make_a_plan(client):
    html = main(client.get("/steunplan/advies/vertrouwenspersoon/").content.decode())
    assert "<h1>Zorg voor een vaste vertrouwenspersoon</h1>" in html
    assert "Waarom het in een steunplan staat" in html
    assert "Dit geldt voor elk kind met een ouder in de gevangenis." in html  # why
    assert 'href="/thema/' in html and "onderdeel ‘" in html  # basis with source citation
    assert 'href="/steunplan/">Maak een steunplan</a>' in html
    assert "<h3>Voor scholen</h3>" in html  # the school's own text, under its heading
    assert 'aria-label="Kruimelpad"' in client.get("/steunplan/advies/meldcode/").content.decode()


def test_an_advice_page_cites_the_extra_sources_with_the_citation_component(client):
    html = main(client.get("/steunplan/advies/veilig-thuis/").content.decode())
    assert html.count('class="source"') == 2 and 'href="/bronnen/#' in html


def test_an_unknown_advice_is_a_404(client):
    assert client.get("/steunplan/advies/bestaat-niet/").status_code == 404


def test_the_trusted_person_advice_links_the_childs_own_page_in_the_plan_and_on_its_page(client):
    link = 'href="/voor-kinderen/met-wie-kun-je-praten/"'
    assert link in client.get("/steunplan/advies/vertrouwenspersoon/").content.decode()
    plan = client.get("/steunplan/advies/?rol=verzorger&leeftijd=8-11").content.decode()
    item = plan.split('id="advies-vertrouwenspersoon"', 1)[1].split("</li>", 1)[0]
    assert link in item


def test_each_plan_item_links_its_own_page(client):
    plan = client.get("/steunplan/advies/?rol=school").content.decode()
    assert 'href="/steunplan/advies/vertrouwenspersoon/">Dit advies op een eigen pagina' in plan


def test_the_tools_an_advice_names_are_linked_in_the_plan_and_on_its_page(client):
    assert 'href="/netwerkkaart/"' in main(
        client.get("/steunplan/advies/netwerkkaart/").content.decode()
    )
    plan = client.get(
        "/steunplan/advies/?rol=verzorger&leeftijd=8-11&ouder=moeder&contact=regelmatig"
    )
    item = plan.content.decode().split('id="advies-bezoek-voorbereiden"', 1)[1].split("</li>", 1)[0]
    assert 'href="/bezoek/?leeftijd=8-11&amp;ouder=moeder">Maak een bezoekboekje' in item


def reasons(html: str) -> list[str]:
    why = html.split('id="waarom"', 1)[1].split("</section>", 1)[0]
    return [li.split("</li>", 1)[0] for li in why.split("<li>")[1:]]


def test_a_rule_with_two_conditions_is_one_reason_that_says_both(client):
    html = main(client.get("/steunplan/advies/veiligheidsplan-vrijlating/").content.decode())
    both = (
        "Je gaf aan dat er huiselijk geweld of kindermishandeling is of was. De ouder komt"
        " binnenkort vrij."
    )
    assert reasons(html) == [both]
    assert "een van deze redenen" not in html


def test_the_reasons_of_several_rules_are_situations_each_of_which_is_enough(client):
    html = main(client.get("/steunplan/advies/band-ouder-kind/").content.decode())
    assert "Het kind heeft regelmatig contact met de ouder." in reasons(html)
    assert "Het kind heeft weinig contact met de ouder." in reasons(html)
    assert "in elk van deze situaties" in html


NOT_IN_INTEREST = "Je gaf aan dat contact met de ouder niet in het belang van het kind is."
VIOLENCE = "Je gaf aan dat er huiselijk geweld of kindermishandeling is of was."
RELEASED = "De ouder is weer vrij."


def left_out(html: str) -> list[str]:
    """The situations in which the page says the plan leaves the advice out."""
    if 'class="advice-left-out"' not in html:
        return []
    block = html.split('class="advice-left-out"', 1)[1].split("</ul>", 1)[0]
    return [li.split("</li>", 1)[0] for li in block.split("<li>")[1:]]


def test_every_contact_and_visit_advice_page_says_when_the_plan_leaves_it_out(client):
    for advice in Advice.objects.all():
        html = main(client.get(f"/steunplan/advies/{advice.slug}/").content.decode())
        said = left_out(html)
        if "contact" in advice.tags:
            assert NOT_IN_INTEREST in said and VIOLENCE in said, advice.slug
            assert said.index(NOT_IN_INTEREST) < said.index(VIOLENCE)
        if "bezoek" in advice.tags:
            assert RELEASED in said, advice.slug
        if not advice.tags:
            assert said == [], advice.slug


def test_the_visit_advice_page_says_it_is_left_out_after_violence_and_after_release(client):
    html = main(client.get("/steunplan/advies/bezoek-voorbereiden/").content.decode())
    assert "Een steunplan laat dit advies weg in elk van deze situaties:" in html
    assert html.index("advice-left-out") < html.index('id="waarom"')  # before the reasons


def test_the_privacy_advice_cites_general_comment_25_and_the_infographic_with_their_sections(
    client,
):
    html = main(client.get("/steunplan/advies/jongere-privacy-online/").content.decode())
    assert "CRC/C/GC/25" in html and "onderdeel ‘VI.E Right to privacy, paragraaf 67’" in html
    assert "onderdeel ‘Schaamte en stigma’" in html
    plan = client.get("/steunplan/advies/?rol=school&leeftijd=12-17&weet=ja").content.decode()
    item = plan.split('id="advies-jongere-privacy-online"', 1)[1].split("</li>", 1)[0]
    assert "onderdeel ‘Schaamte en stigma’" in item
