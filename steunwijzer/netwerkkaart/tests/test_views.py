"""The map page with plain forms: add, change, move and remove people; errors never lose
the map; the page keeps the site's promises (one h1, Dutch, no cookie, strict CSP)."""

import re
from dataclasses import replace

import pytest

from steunwijzer.content.models import Item
from steunwijzer.netwerkkaart.guidance import ITEM_SLUGS
from steunwijzer.netwerkkaart.model import MAX_PEOPLE, NetworkMap, Person, map_to_json

from .helpers import MAP_URL, add, build, errors_of, map_of, press, state_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, site_content):
    return client.get(MAP_URL)


def test_the_empty_page_shows_the_child_rings_sectors_and_guidance(page):
    assert page.status_code == 200
    text = page.content.decode()
    assert '<h2 id="vragen-titel">Vragen om samen te stellen</h2>' in text
    for sector in [
        "Gezin",
        "Familie",
        "Vrienden",
        "School",
        "Buurt",
        "Hulpverlening",
        "Vrije tijd",
    ]:
        assert f">{sector}</text>" in text
    assert '<title id="nk-svg-titel">Netwerkkaart</title>' in text
    assert "Er staat nog niemand op de kaart." in text


def test_the_page_has_one_h1_is_dutch_and_has_no_inline_code_or_style(client, site_content):
    response = build(client, ["Mama", "Oma"])
    text = response.content.decode()
    assert text.count("<h1") == 1 and '<html lang="nl">' in text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)
    assert not re.search(r"\sstyle=", text)
    assert not re.search(r"\son[a-z]+=", text)
    ids = re.findall(r'\sid="([^"]+)"', text)
    assert len(ids) == len(set(ids))


def test_no_map_response_sets_a_cookie_or_may_be_cached(client, site_content):
    response = build(client, ["Mama"])
    for reply in [client.get(MAP_URL), response, press(client, response, "onbekend")]:
        assert not reply.cookies and "Set-Cookie" not in reply.headers
        assert "no-store" in reply.headers["Cache-Control"]
        assert "script-src 'self'" in reply.headers["Content-Security-Policy"]


def test_adding_a_person_puts_them_on_the_map_in_the_table_and_in_the_page_state(client, page):
    response = add(client, page, "Oma Truus", sector="familie", ring=1, relatie="positief")
    assert response.status_code == 200
    (person,) = map_of(response).personen
    assert (person.id, person.naam, person.sector, person.ring) == ("p1", "Oma Truus", "familie", 1)
    text = response.content.decode()
    assert 'id="nk-node-p1"' in text and '<th scope="row"><bdi>Oma Truus' in text
    assert "Oma Truus staat op de kaart: familie, heel dichtbij." in text


def test_a_person_without_a_name_gets_a_linked_error_and_the_map_is_kept(client, site_content):
    before = build(client, ["Mama"])
    response = add(client, before, "   ")
    assert response.status_code == 400
    assert errors_of(response) == ["Vul een naam of rol in."]
    assert 'href="#id_persoon-naam"' in response.content.decode()
    assert state_of(response) == state_of(before)


def test_a_name_longer_than_40_characters_is_refused_with_a_message(client, page):
    response = add(client, page, "x" * 41)
    assert response.status_code == 400
    assert "40" in errors_of(response)[0]


def test_the_prompts_ask_the_child_and_never_tell_to_put_the_detained_parent_on_the_map(page):
    text = page.content.decode()
    for question in [
        "Aan wie kun je alles vertellen?",
        "Wie weet van je papa of mama?",
        "Wie is jouw vaste persoon om mee te praten",
        "Wie kan je helpen als papa of mama uit de gevangenis komt?",
    ]:
        assert question in text, question
    assert "thuiskomt?" not in text
    assert "Zet de ouder in de gevangenis ook op de kaart" not in text
    assert "Zet die er ook op" not in text
    assert '<a href="/voor-kinderen/met-wie-kun-je-praten/">' in text


def test_a_role_is_kept_with_the_person_and_shown_beside_the_name(client, page):
    response = add(client, page, "Oma Truus", sector="familie", rol="  oma ")
    assert response.status_code == 200
    (person,) = map_of(response).personen
    assert person.rol == "oma"
    assert '<bdi>Oma Truus</bdi> <span class="nk-role">(<bdi>oma</bdi>)</span>' in (
        response.content.decode()
    )


def test_a_role_longer_than_30_characters_gets_a_message_naming_the_field(client, page):
    response = add(client, page, "Oma", rol="r" * 31)
    assert response.status_code == 400
    assert errors_of(response) == ["De rol is 31 tekens lang. Dat mag hoogstens 30 zijn."]
    assert 'href="#id_persoon-rol"' in response.content.decode()


def test_an_unknown_sector_or_ring_is_refused_and_linked_to_its_field(client, page):
    response = add(client, page, "Oma", sector="werk", ring=7)
    assert response.status_code == 400
    text = response.content.decode()
    assert 'href="#id_persoon-sector"' in text and 'href="#id_persoon-ring_0"' in text


def test_changing_a_person_opens_a_filled_form_and_saves_the_change(client, site_content):
    response = build(client, ["Mama"])
    editing = press(client, response, "bewerken:p1")
    text = editing.content.decode()
    assert "Mama wijzigen" in text and 'value="Mama"' in text
    changed = press(
        client,
        editing,
        "wijzigen:p1",
        persoon__naam="Mam",
        persoon__sector="familie",
        persoon__ring=3,
        persoon__relatie="gespannen",
    )
    person = map_of(changed).personen[0]
    assert (person.naam, person.sector, person.ring, person.relatie) == (
        "Mam",
        "familie",
        3,
        "gespannen",
    )


def test_a_change_with_an_error_keeps_the_form_open_and_the_map_as_it_was(client, site_content):
    response = build(client, ["Mama"])
    failed = press(client, response, "wijzigen:p1", persoon__naam="", persoon__sector="gezin")
    assert failed.status_code == 400
    assert "Mama wijzigen" in failed.content.decode()
    assert map_of(failed) == map_of(response)


def test_moving_a_person_changes_only_their_ring_and_sector(client, site_content):
    response = build(client, ["Mama", "Oma"])
    moved = press(
        client,
        response,
        "verplaatsen",
        verplaats__id="p2",
        verplaats__sector="buurt",
        verplaats__ring=3,
    )
    before, after = map_of(response).personen, map_of(moved).personen
    assert after[1] == replace(before[1], sector="buurt", ring=3)
    assert after[0] == before[0]
    assert "Oma staat nu bij buurt, verder weg." in moved.content.decode()


def test_removing_a_person_takes_them_off_the_map(client, site_content):
    response = build(client, ["Mama", "Oma"])
    removed = press(client, response, "verwijderen:p1")
    assert [p.naam for p in map_of(removed).personen] == ["Oma"]
    assert "Mama is van de kaart gehaald." in removed.content.decode()


@pytest.mark.parametrize("actie", ["verwijderen:p9", "bewerken:p9", "wijzigen:p9"])
def test_an_action_on_someone_no_longer_on_the_map_changes_nothing(client, site_content, actie):
    response = build(client, ["Mama"])
    reply = press(
        client, response, actie, persoon__naam="X", persoon__sector="gezin", persoon__ring=1
    )
    assert reply.status_code == 400
    assert map_of(reply) == map_of(response)


def test_an_unknown_button_changes_nothing(client, site_content):
    response = build(client, ["Mama"])
    reply = press(client, response, "formatteer")
    assert reply.status_code == 400 and map_of(reply) == map_of(response)


def test_a_damaged_page_state_gets_400_and_an_explanation_not_an_error(client, site_content):
    reply = client.post(MAP_URL, {"kaart": '{"format": "x"', "actie": "toevoegen"})
    assert reply.status_code == 400
    assert "kon niet worden gelezen" in errors_of(reply)[0]


def test_the_child_gets_a_name_and_age_shown_in_the_centre(client, page):
    reply = press(client, page, "kind", kind__naam="Sam", kind__leeftijd="8-11")
    text = reply.content.decode()
    assert map_of(reply).kind.naam == "Sam"
    assert ">Sam</text>" in text and ">8 tot 12 jaar</text>" in text
    assert '<title id="nk-svg-titel">Netwerkkaart van Sam</title>' in text


def test_a_full_map_offers_no_add_form_and_refuses_one_more(client, site_content):
    people = tuple(
        Person(id=f"p{i}", naam=f"P{i}", sector="buurt", ring=3) for i in range(MAX_PEOPLE)
    )
    state = map_to_json(NetworkMap(personen=people))
    page = press(client, state, "annuleren")
    assert "De kaart is vol" in page.content.decode()
    reply = add(client, state, "Nog een")
    assert reply.status_code == 400 and "De kaart is vol" in errors_of(reply)[0]
    html = reply.content.decode()
    assert 'href="#persoon-formulier"' in html and 'id="persoon-formulier"' in html
    assert 'id="id_persoon-naam"' not in html  # the error links to what is on the page


def test_the_guidance_prompts_and_tips_of_the_content_show_with_their_links(page):
    text = page.content.decode()
    assert "Met wie woon je?" in text
    assert "Zet hen bij gezin. Meestal staan zij heel dichtbij." in text
    assert "Wie kan je helpen als papa of mama uit de gevangenis komt?" in text
    assert "Laat het kind vertellen en kiezen wie er op de kaart komt." in text
    # Links of prompts come from the content file, not only from the findings' fixed slugs.
    assert "blijf-steunen-na-vrijlating" not in ITEM_SLUGS
    assert re.search(r'href="/thema/[a-z-]+/#blijf-steunen-na-vrijlating"', text)
    assert re.search(r'href="/thema/[a-z-]+/#laat-het-kind-leiden"', text)


def test_the_page_says_what_the_map_shows_with_links_to_knowledge(client, site_content):
    response = build(client, ["Mama"])
    text = response.content.decode()
    assert "Sterk punt:" in text and "Om over te praten:" in text
    assert 'href="/thema/steunen/#vaste-vertrouwenspersoon"' in text


def test_every_knowledge_item_the_guidance_links_to_exists(site_content):
    found = set(Item.objects.published().filter(slug__in=ITEM_SLUGS).values_list("slug", flat=True))
    assert found == set(ITEM_SLUGS)


def test_a_full_length_note_with_browser_line_breaks_is_accepted(client, site_content):
    # Browsers send a textarea's line breaks as CRLF, which maxlength counts as one character.
    lines = ["x" * 9] * 50
    note = "\r\n".join(lines)[: 500 + 49]
    assert len(note.replace("\r\n", "\n")) <= 500 < len(note)
    response = add(client, "", "Oma", notitie=note)
    assert response.status_code == 200
    assert map_of(response).personen[0].notitie == note.replace("\r\n", "\n")


def test_methods_other_than_get_and_post_are_refused(client, site_content):
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(MAP_URL).status_code == 405


BIDI_CONTROLS = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069"]


@pytest.mark.parametrize("control", BIDI_CONTROLS)
def test_a_control_that_turns_text_around_is_refused_in_a_name_or_note(
    client, site_content, control
):
    before = build(client, ["Mama"])
    for fields, target in [
        ({"naam": f"{control}AMO"}, "id_persoon-naam"),
        ({"naam": "Oma", "notitie": f"Belt {control}gadnoz"}, "id_persoon-notitie"),
    ]:
        naam = fields.pop("naam")
        response = add(client, before, naam, **fields)
        assert response.status_code == 400
        (message,) = errors_of(response)
        assert "leesrichting" in message
        assert message.startswith("De naam" if target.endswith("naam") else "De notitie")
        assert f'href="#{target}"' in response.content.decode()
        assert state_of(response) == state_of(before)
    child = press(client, before, "kind", kind__naam=f"{control}maS")
    assert child.status_code == 400
    assert "leesrichting" in errors_of(child)[0]


def test_names_are_isolated_from_the_text_around_them_in_the_table(client, page):
    response = add(client, page, "فاطمة", sector="familie")
    assert '<th scope="row"><bdi>فاطمة</bdi>' in response.content.decode()


def hidden_value(response, name: str) -> str:
    import html

    match = re.search(rf'name="{name}" value="([^"]*)"', response.content.decode())
    assert match, name
    return html.unescape(match.group(1))


def test_undo_puts_the_removed_person_back_in_place_with_every_field(client, site_content):
    before = build(client, ["Mama", "Oma Truus", "Juf Anneke"])
    removed = press(client, before, "verwijderen:p2")
    assert [p.naam for p in map_of(removed).personen] == ["Mama", "Juf Anneke"]
    assert ">Ongedaan maken</button>" in removed.content.decode()
    undo = hidden_value(removed, "weggehaald")
    restored = press(client, removed, "terugzetten", weggehaald=undo)
    assert restored.status_code == 200
    assert map_of(restored) == map_of(before)
    assert "Oma Truus staat weer op de kaart" in restored.content.decode()


def test_undo_after_the_id_was_taken_again_gives_a_new_id(client, site_content):
    before = build(client, ["Mama", "Oma Truus"])
    removed = press(client, before, "verwijderen:p2")
    undo = hidden_value(removed, "weggehaald")
    again = add(client, removed, "Opa")  # takes p2
    restored = press(client, again, "terugzetten", weggehaald=undo)
    assert [(p.id, p.naam) for p in map_of(restored).personen] == [
        ("p1", "Mama"),
        ("p3", "Oma Truus"),
        ("p2", "Opa"),
    ]


@pytest.mark.parametrize("undo", ["", "1:{kapot", "0:" + map_to_json(NetworkMap()), "x"])
def test_a_damaged_undo_keeps_the_map_and_says_so(client, site_content, undo):
    before = build(client, ["Mama"])
    reply = press(client, before, "terugzetten", weggehaald=undo)
    assert reply.status_code == 400
    assert "kon niet worden teruggezet" in errors_of(reply)[0]
    assert map_of(reply) == map_of(before)


def test_undo_after_a_move_puts_the_person_back_where_they_were(client, site_content):
    before = build(client, ["Mama", "Oma Truus"])
    moved = press(
        client,
        before,
        "verplaatsen",
        verplaats__id="p2",
        verplaats__sector="buurt",
        verplaats__ring=3,
    )
    assert map_of(moved).person("p2").sector == "buurt"
    undone = press(client, moved, "herstellen", vorige=hidden_value(moved, "vorige"))
    assert undone.status_code == 200
    assert map_of(undone) == map_of(before)
    assert (
        "Ongedaan gemaakt: Oma Truus staat weer bij familie, dichtbij." in undone.content.decode()
    )
    assert 'name="vorige"' not in undone.content.decode()  # only the last edit


def test_undo_after_a_change_brings_back_every_field(client, site_content):
    before = build(client, ["Mama", "Oma Truus"])
    changed = press(
        client,
        before,
        "wijzigen:p1",
        persoon__naam="Mam",
        persoon__sector="buurt",
        persoon__ring=3,
        persoon__relatie="gespannen",
    )
    assert map_of(changed).person("p1").naam == "Mam"
    undone = press(client, changed, "herstellen", vorige=hidden_value(changed, "vorige"))
    assert map_of(undone) == map_of(before)


@pytest.mark.parametrize("undo", ["", "{kapot", map_to_json(NetworkMap())])
def test_a_damaged_undo_of_a_change_keeps_the_map_and_says_so(client, site_content, undo):
    before = build(client, ["Mama"])
    reply = press(client, before, "herstellen", vorige=undo)
    assert reply.status_code == 400
    assert map_of(reply) == map_of(before)


def test_clearing_the_map_asks_first_and_only_the_second_button_clears(client, site_content):
    before = build(client, ["Mama", "Oma Truus"])
    asked = press(client, before, "leegmaken")
    text = asked.content.decode()
    assert "Wil je de hele kaart leeg maken?" in text and "Alle 2 personen" in text
    assert map_of(asked) == map_of(before)
    kept = press(client, asked, "annuleren")
    assert map_of(kept) == map_of(before)
    cleared = press(client, asked, "leegmaken-zeker")
    assert map_of(cleared).personen == ()
    assert "De kaart is leeg gemaakt." in cleared.content.decode()


def _node_markup(response, person_id: str) -> str:
    text = response.content.decode()
    found = re.search(rf'<g class="nk-node" id="nk-node-{person_id}".*?</g>', text, re.S)
    assert found, person_id
    return found.group(0)


def test_the_support_a_person_gives_is_drawn_as_pictures_with_their_words(client, page):
    """No letters: a picture per kind of support beside the token, each with its words
    as text alternative, in the person's spoken name and in the table; the legend shows
    the same pictures with the word."""
    response = add(client, page, "Oma Truus", sector="familie", steun=["emotioneel", "praktisch"])
    response = add(client, response, "Buurman", sector="buurt")
    oma, buurman = _node_markup(response, "p1"), _node_markup(response, "p2")
    pictures = re.findall(r'<use href="#(nk-steun-[a-z]+)"[^>]*><title>([^<]+)</title>', oma)
    assert pictures == [
        ("nk-steun-praktisch", "Steun: praktisch"),
        ("nk-steun-emotioneel", "Steun: emotioneel"),
    ]
    assert 'data-label="Oma Truus: familie, heel dichtbij; steun: praktisch, emotioneel"' in oma
    assert "<use" not in buurman and 'data-label="Buurman: buurt, heel dichtbij"' in buurman
    text = response.content.decode()
    assert '<td data-label="Steun">praktisch, emotioneel</td>' in text
    drawing = text[text.index('<svg xmlns="http://www.w3.org/2000/svg" class="nk-svg"') :]
    drawing = drawing[: drawing.index("</svg>")]
    for code in ("praktisch", "gezelschap", "advies", "emotioneel"):
        assert drawing.count(f'<symbol id="nk-steun-{code}"') == 1  # defined once, used often
    legend = text[text.index('id="nk-legenda-steun"') :]
    legend = legend[: legend.index("</ul>")]
    assert re.findall(r'<use href="#(nk-steun-[a-z]+)"[^>]*/></svg> ([^<]+)</li>', legend) == [
        ("nk-steun-praktisch", "Praktisch (hamer)"),
        ("nk-steun-gezelschap", "Gezelschap (twee poppetjes)"),
        ("nk-steun-advies", "Advies (lampje)"),
        ("nk-steun-emotioneel", "Emotioneel (hartje)"),
    ]
