"""The booklet, the child pages and the help page, through Django's test client."""

import io
import logging
import re

import pytest
from django.apps import apps
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

BASE = "leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja"


def text_of(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def booklet(client, query: str) -> str:
    response = client.get(f"/bezoek/boekje/?{query}")
    assert response.status_code == 200, query
    return text_of(response)


def pdf_text(client, query: str) -> str:
    response = client.get(f"/bezoek/boekje.pdf?{query}")
    assert response.status_code == 200, query
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_form_asks_every_question_with_labels_and_fieldsets(client, site_content):
    html = client.get("/bezoek/").content.decode()
    for name in ["leeftijd", "ouder", "vorm", "eerste", "contact"]:
        assert f'name="{name}"' in html
    assert html.count("<fieldset") == 5 and html.count("<legend") == 5
    form = html.split('class="visit-form"')[1].split("</form>")[0]
    assert form.count('type="radio"') == form.count("<label for=") == 17
    assert 'method="get"' in html


def test_the_plan_can_open_the_form_with_age_and_parent_ticked(client, site_content):
    html = client.get("/bezoek/?leeftijd=4-7&ouder=moeder").content.decode()
    assert re.search(r'value="4-7" checked', html)
    assert re.search(r'value="moeder" checked', html)


def test_a_missing_answer_shows_the_form_with_an_error_summary(client, site_content):
    response = client.get("/bezoek/boekje/?leeftijd=8-11&ouder=vader")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'href="#vorm-1"' in html and 'href="#eerste-1"' in html
    assert 'href="#leeftijd-1"' not in html
    assert 'value="8-11" checked' in html


@pytest.mark.parametrize(
    "query",
    [
        "leeftijd=18%2B&ouder=vader&vorm=bezoek&eerste=ja",
        "leeftijd=8-11&ouder=oom&vorm=bezoek&eerste=ja",
        "leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja&naam=Sam",
        "leeftijd=8-11&leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja",
        "leeftijd=8-11&leeftijd=4-7&ouder=vader&vorm=bezoek&eerste=ja",
        "vorm=%FF%FE&eerste=ja",
        "leeftijd=" + "x" * 600,
        "%00=%00",
    ],
)
@pytest.mark.parametrize("path", ["/bezoek/", "/bezoek/boekje/", "/bezoek/boekje.pdf"])
def test_unknown_or_repeated_codes_get_a_dutch_400(client, site_content, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    text = text_of(response)
    assert "Er klopt iets niet in het adres" in text
    assert "Sam" not in text or "naam" in text


def test_each_age_gets_its_own_words(client, site_content):
    texts = {
        age: booklet(client, BASE.replace("8-11", age)) for age in ["0-3", "4-7", "8-11", "12-17"]
    }
    assert len(set(texts.values())) == 4
    assert "Voor jou: een peuter voorbereiden op bezoek" in texts["0-3"]
    assert "Bezoekboekje voor de verzorger" in texts["0-3"]
    assert "Dit boekje is van mij" not in texts["0-3"]
    assert "Mijn bezoekboekje" in texts["4-7"]
    assert "Dat heet een kluisje" in texts["4-7"]
    assert "Vanaf 14 jaar moet dat" in texts["12-17"]
    assert "Dat heet een kluisje" not in texts["12-17"]


def test_each_form_of_contact_gets_its_own_pages(client, site_content):
    visit = booklet(client, BASE)
    family = booklet(client, BASE.replace("vorm=bezoek", "vorm=gezinsbezoek"))
    video = booklet(client, BASE.replace("vorm=bezoek", "vorm=beeldbellen"))
    assert "De bezoekzaal" in visit and "De gezinsruimte" not in visit
    assert "De gezinsruimte" in family and "De bezoekzaal" not in family
    for page in ["De uitnodiging", "Een rustige plek", "Wie kijkt er mee?"]:
        assert page in video and page not in visit
    assert "link per e-mail" in video
    assert "De eerste keer beeldbellen" in video and "De eerste keer beeldbellen" not in visit
    # The video-call pages come before talking and saying goodbye, as in a real call.
    assert video.index("Wie kijkt er mee?") < video.index("Waar praat je over?")
    for page in ["De balie", "Door de poort", "Het kluisje voor je spullen"]:
        assert page in visit and page not in video
    # Every booklet has the pages to fill in, the what-if page and the carer's checklist.
    for text in (visit, family, video):
        for page in [
            "Wat ik wil vertellen",
            "Hoe voel ik me?",
            "Wat als...?",
            "Lijstje voor de volwassene",
        ]:
            assert page in text


def test_the_parent_changes_the_words(client, site_content):
    father = booklet(client, BASE)
    mother = booklet(client, BASE.replace("vader", "moeder"))
    both = booklet(client, BASE.replace("vader", "beide"))
    other = booklet(client, BASE.replace("vader", "anders"))
    assert "Een tekening of brief voor papa" in father
    assert "Een tekening of brief voor mama" in mother
    assert "Een tekening of brief voor papa en mama" in both
    assert "Een tekening of brief voor je ouder" in other
    assert "Hoe papa en mama eruit kunnen zien" in both
    assert "Hoe mama eruit kan zien" in mother
    assert "{" not in father + mother + both + other


def test_first_visit_and_contact_change_the_booklet(client, site_content):
    first = booklet(client, BASE)
    again = booklet(client, BASE.replace("eerste=ja", "eerste=nee"))
    assert "De eerste keer" in first and "Weer op bezoek" not in first
    assert "Weer op bezoek" in again and "De eerste keer" not in again
    assert "Het is een tijd geleden" in booklet(client, BASE + "&contact=geen")
    assert "Het is een tijd geleden" not in booklet(client, BASE + "&contact=regelmatig")


def test_every_page_has_a_carer_note_and_the_checklist_names_sources_and_checks(
    client, site_content
):
    html = client.get(f"/bezoek/boekje/?{BASE}").content.decode()
    pages = html.count('class="booklet-page ')
    assert html.count('class="carer-note"') == pages - 1  # all but the checklist itself
    checklist = text_of(client.get(f"/bezoek/boekje/?{BASE}")).split("Lijstje voor de volwassene")[
        1
    ]
    for rule in [
        "Vanaf 14 jaar",
        "onder de 12 jaar",
        "mogen niet mee naar binnen",
        "Kom ruim op tijd",
        "De regels verschillen per gevangenis",
    ]:
        assert rule in checklist
    assert checklist.count("Bron: Dienst Justitiële Inrichtingen") >= 5
    assert "gecontroleerd door een redacteur" in checklist


def test_the_booklet_asks_for_no_name_but_has_a_line_to_write_it(client, site_content):
    html = client.get(f"/bezoek/boekje/?{BASE}").content.decode()
    assert "<input" not in html.split('id="inhoud"')[1]
    assert 'class="write-line"' in html


def test_not_in_the_childs_interest_gives_no_booklet_but_who_to_talk_to(client, site_content):
    for path in ["/bezoek/boekje/", "/bezoek/boekje.pdf"]:
        response = client.get(f"{path}?{BASE}&contact=niet-in-belang")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        text = text_of(response)
        assert "We maken nu geen bezoekboekje" in text
        assert "De bezoekzaal" not in text and "Lijstje voor de volwassene" not in text
        assert "professional" in text
        assert 'href="tel:08002000"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "leeftijd=4-7&ouder=moeder&vorm=bezoek&eerste=ja",
        "leeftijd=12-17&ouder=beide&vorm=gezinsbezoek&eerste=nee&contact=weinig",
        "leeftijd=8-11&ouder=anders&vorm=beeldbellen&eerste=ja",
    ],
)
def test_every_page_of_the_booklet_is_in_the_pdf(client, site_content, query):
    html = client.get(f"/bezoek/boekje/?{query}").content.decode()
    titles = re.findall(r'<h2 id="blz-[^"]+">([^<]+)</h2>', html)
    assert len(titles) > 10
    text = pdf_text(client, query)
    for title in titles:
        assert " ".join(title.replace("&#x27;", "'").split()) in text, title


def test_the_pdf_is_tagged_dutch_and_a5(client, site_content):
    response = client.get(f"/bezoek/boekje.pdf?{BASE}")
    reader = PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    assert root.get("/Lang") == "nl"
    assert "/StructTreeRoot" in root
    box = reader.pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 148 and round(float(box.height) / 72 * 25.4) == 210
    )


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_nothing_is_stored_no_cookie_and_nothing_logged(client, site_content, caplog):
    before = row_counts()
    caplog.set_level(logging.DEBUG)
    urls = [
        "/bezoek/",
        f"/bezoek/?{BASE}",
        f"/bezoek/boekje/?{BASE}",
        f"/bezoek/boekje.pdf?{BASE}",
        f"/bezoek/boekje/?{BASE}&contact=niet-in-belang",
        "/bezoek/boekje/?leeftijd=8-11",
        "/bezoek/boekje/?naam=Sam",
        "/voor-kinderen/",
        "/voor-kinderen/niet-jouw-schuld/",
        "/hulp/",
    ]
    for url in urls:
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url
    assert row_counts() == before
    assert not client.cookies
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "leeftijd" not in logged and "Sam" not in logged


def test_the_help_page_lists_each_line_with_a_tel_link_source_and_check(client, site_content):
    html = client.get("/hulp/").content.decode()
    for number, tel in [("112", "112"), ("0800-2000", "08002000"), ("0800-0432", "08000432")]:
        assert f'<a class="tel" href="tel:{tel}">{number}</a>' in html
    assert "Expertisecentrum K I N D" in html
    assert "https://expertisecentrumkind.nl/contact/" in html
    assert html.count('class="source"') == 4
    assert html.count("gecontroleerd door een redacteur") == 4


def test_every_page_has_the_help_block(client, site_content):
    for url in ["/", "/cijfers/", "/steunplan/", "/bezoek/", "/voor-kinderen/"]:
        html = client.get(url).content.decode()
        assert re.search(r'<aside class="help-block".*?href="/hulp/"', html, flags=re.S), url


def test_the_child_pages_are_linked_in_order_and_call_the_kindertelefoon(client, site_content):
    index = client.get("/voor-kinderen/").content.decode()
    links = re.findall(r'href="(/voor-kinderen/[a-z-]+/)"', index)
    assert len(links) == 8
    for link in links:
        assert client.get(link).status_code == 200
    talk = client.get("/voor-kinderen/met-wie-kun-je-praten/").content.decode()
    assert '<a class="tel" href="tel:08000432">0800-0432</a>' in talk
    assert client.get("/voor-kinderen/bestaat-niet/").status_code == 404


def test_the_child_pages_are_reachable_from_home_help_and_resources(client, site_content):
    for url in ["/", "/hulp/", "/hulpbronnen/"]:
        main = client.get(url).content.decode().split('id="inhoud"')[1].split("</main>")[0]
        assert 'href="/voor-kinderen/"' in main, url


def test_the_plans_visit_advice_opens_the_form_with_age_and_parent(client, site_content):
    query = "rol=verzorger&leeftijd=4-7&ouder=moeder&fase=detentie&gebeurtenis=bezoek"
    html = client.get(f"/steunplan/advies/?{query}").content.decode()
    link = re.search(r'href="(/bezoek/[^"]*)">Maak een bezoekboekje', html)
    assert link, "the plan has no link to the visit booklet"
    url = link.group(1).replace("&amp;", "&")
    assert url == "/bezoek/?leeftijd=4-7&ouder=moeder"
    assert 'value="moeder" checked' in client.get(url).content.decode()
    adult = client.get(f"/steunplan/advies/?{query.replace('4-7', '18%2B')}").content.decode()
    link = re.search(r'href="(/bezoek/[^"]*)">Maak een bezoekboekje', adult)
    assert link is None or "18" not in link.group(1)


@pytest.mark.parametrize(
    "query, url",
    [
        ("kindertelefoon", "/hulp/#kindertelefoon"),
        ("veilig thuis", "/hulp/#veilig-thuis"),
        ("schuld", "/voor-kinderen/niet-jouw-schuld/"),
        ("huis van bewaring", "/voor-kinderen/wat-is-een-gevangenis/"),
        ("bezoekboekje", "/bezoek/"),
    ],
)
def test_search_finds_the_help_lines_and_the_child_pages(client, site_content, query, url):
    html = client.get("/zoeken/", {"q": query}).content.decode()
    assert f'href="{url}"' in html, query
