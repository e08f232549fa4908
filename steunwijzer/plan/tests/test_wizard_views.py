"""The wizard through the test client: one question per step, answers in the address only."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

WIZARD = "/steunplan/"


@pytest.fixture(autouse=True)
def content(site_content):
    pass


def title_and_h1(html: str) -> tuple[str, str]:
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    h1 = re.sub(r"<[^>]+>", " ", re.search(r"<h1>(.*?)</h1>", html, re.S).group(1))
    return unescape(" ".join(title.split())), unescape(" ".join(h1.split()))


def hidden_fields(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html)


def test_the_first_step_asks_the_role_with_the_step_count_in_title_and_heading(client):
    html = client.get(WIZARD).content.decode()
    assert title_and_h1(html) == (
        "Stap 1 van 10: Wat is jouw rol? · Steunplan · Steunwijzer",
        "Stap 1 van 10 Wat is jouw rol?",
    )
    assert "<legend><h1>" in html and "Waarom we dit vragen:" in html
    assert '<label for="rol-1">Ik werk op school of in de kinderopvang</label>' in html
    assert "Vorige vraag" not in html


def test_a_submitted_step_redirects_to_the_next_question_with_every_answer(client):
    response = client.get(f"{WIZARD}?rol=school&vraag=leeftijd&ga=verder&leeftijd=8-11")
    assert response.status_code == 303
    assert response["Location"] == f"{WIZARD}?rol=school&leeftijd=8-11&stap=ouder"


def test_each_step_carries_the_other_answers_in_hidden_fields(client):
    html = client.get(f"{WIZARD}?rol=school&signaal=stil&signaal=boos&stap=fase").content.decode()
    assert hidden_fields(html) == [
        ("rol", "school"),
        ("signaal", "stil"),
        ("signaal", "boos"),
        ("vraag", "fase"),
    ]
    assert 'method="get"' in html and "csrfmiddlewaretoken" not in html


def test_an_earlier_answer_is_shown_chosen_when_going_back_to_its_step(client):
    response = client.get(f"{WIZARD}?rol=school&leeftijd=8-11&vraag=ouder&ga=terug&ouder=moeder")
    assert response["Location"] == f"{WIZARD}?rol=school&leeftijd=8-11&ouder=moeder&stap=leeftijd"
    html = client.get(response["Location"]).content.decode()
    assert 'value="8-11" checked' in html
    assert ("ouder", "moeder") in hidden_fields(html)


def test_leaving_the_role_open_shows_an_error_summary_linked_to_the_first_answer(client):
    response = client.get(f"{WIZARD}?vraag=rol&ga=verder")
    html = response.content.decode()
    assert response.status_code == 200
    assert title_and_h1(html)[0].startswith("Fout: Stap 1 van 10")
    assert '<div class="error-summary" role="alert" tabindex="-1">' in html
    assert '<h2 class="error-title">Er ontbreekt een antwoord</h2>' in html
    assert '<a href="#rol-1">Kies een antwoord om verder te gaan.</a>' in html
    assert 'aria-describedby="waarom hint fout"' in html


def test_an_optional_question_can_be_skipped(client):
    html = client.get(f"{WIZARD}?rol=school&stap=contact").content.decode()
    assert (
        'name="ga" value="overslaan" class="button-secondary">Sla deze vraag over</button>' in html
    )
    response = client.get(f"{WIZARD}?rol=school&contact=geen&vraag=contact&ga=overslaan")
    assert response["Location"] == f"{WIZARD}?rol=school&stap=thuis"


def test_questions_with_several_answers_use_checkboxes(client):
    html = client.get(f"{WIZARD}?rol=school&stap=signaal").content.decode()
    assert html.count('type="checkbox" id="signaal-') == 8
    assert "Kies alles wat past." in html


# Issue 10: the contact question is no longer passed over after the arrest, so the count
# "van 10" never changes halfway.
def test_the_contact_question_is_asked_just_after_the_arrest_too(client):
    response = client.get(f"{WIZARD}?rol=justitie&fase=aanhouding&vraag=gebeurtenis&ga=verder")
    assert response["Location"] == f"{WIZARD}?rol=justitie&fase=aanhouding&stap=contact"
    html = client.get(response["Location"]).content.decode()
    assert title_and_h1(html)[1].startswith("Stap 7 van 10 Hoe is het contact")


def test_the_first_step_says_how_many_questions_how_long_and_that_nothing_is_stored(client):
    html = client.get(WIZARD).content.decode()
    assert "9 vragen" in html and "minuten" in html and "Steunwijzer bewaart niets" in html
    assert "9 vragen" not in client.get(f"{WIZARD}?rol=school&stap=leeftijd").content.decode()


def test_the_summary_lists_every_answer_with_a_change_link_and_leads_to_the_plan(client):
    query = "rol=school&leeftijd=8-11&gebeurtenis=pesten&gebeurtenis=bezoek"
    html = client.get(f"{WIZARD}?{query}&stap=overzicht").content.decode()
    assert title_and_h1(html)[1] == "Stap 10 van 10 Controleer je antwoorden"
    assert (
        "<li>Het kind wordt gepest</li>" in html
        and "<li>Het kind gaat of ging op bezoek in de gevangenis</li>" in html
    )
    assert html.count(">Wijzig<span") == 9
    assert f'href="?{query.replace("&", "&amp;")}&amp;stap=leeftijd&amp;wijzig=ja"' in html
    assert f'href="/steunplan/advies/?{query.replace("&", "&amp;")}">Bekijk het steunplan' in html


def test_a_change_from_the_summary_goes_back_to_the_summary(client):
    html = client.get(f"{WIZARD}?rol=school&leeftijd=8-11&stap=leeftijd&wijzig=ja").content.decode()
    assert ("wijzig", "ja") in re.findall(r'name="(wijzig)" value="(ja)"', html)
    assert ">Opslaan</button>" in html and "Terug naar het overzicht" in html
    response = client.get(f"{WIZARD}?rol=school&vraag=leeftijd&ga=verder&wijzig=ja&leeftijd=4-7")
    assert response["Location"] == f"{WIZARD}?rol=school&leeftijd=4-7&stap=overzicht"


def test_the_wizard_with_a_bad_address_is_a_400_that_keeps_the_valid_answers(client):
    response = client.get(f"{WIZARD}?rol=school&stap=einde")
    assert response.status_code == 400
    assert 'href="/steunplan/?rol=school&amp;stap=overzicht"' in response.content.decode()


def test_a_kept_answer_to_a_question_that_no_longer_applies_stays_in_the_summary(client):
    query = "rol=school&fase=aanhouding&contact=niet-in-belang"
    html = client.get(f"{WIZARD}?{query}&stap=overzicht").content.decode()
    assert title_and_h1(html)[1] == "Stap 10 van 10 Controleer je antwoorden"
    assert "Contact is niet in het belang van het kind" in html
    assert "stap=contact&amp;wijzig=ja" in html
