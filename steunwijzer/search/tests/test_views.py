"""The search page as a visitor uses it."""

import logging

import pytest
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content(site_content):
    pass


def test_results_are_labelled_by_kind_and_link_to_the_exact_place(client):
    html = client.get("/zoeken/", {"q": "vertrouwenspersoon"}).content.decode()
    assert 'href="/thema/steunen/#vaste-vertrouwenspersoon"' in html
    assert '<span class="badge badge-advies">Advies</span>' in html
    assert "<mark>vertrouwenspersoon</mark>" in html.lower()


def test_an_empty_query_shows_the_form_and_the_themes(client):
    response = client.get("/zoeken/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="zoekvraag"' in html
    assert 'href="/thema/school/"' in html


def test_no_results_says_so_and_suggests_themes(client):
    html = client.get("/zoeken/", {"q": "xyzzy"}).content.decode()
    assert "Niets gevonden voor ‘xyzzy’" in html
    assert 'href="/thema/steunen/"' in html


def test_the_query_is_shown_back_escaped(client):
    html = client.get("/zoeken/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert "<script>alert" not in html
    assert escape('<script>alert("x")</script>') in html


def test_a_very_long_query_still_answers_and_says_it_was_shortened(client):
    response = client.get("/zoeken/", {"q": "rouw " * 2000})
    assert response.status_code == 200
    assert "We hebben gezocht op de eerste 200 tekens." in response.content.decode()


def test_the_header_of_every_page_has_a_search_form(client):
    html = client.get("/thema/school/").content.decode()
    assert 'action="/zoeken/"' in html and 'role="search"' in html


def test_searching_sets_no_cookie_and_stores_nothing(client, django_assert_max_num_queries):
    from steunwijzer.search.models import Document

    before = Document.objects.count()
    with django_assert_max_num_queries(4):
        response = client.get("/zoeken/", {"q": "papa bajes"})
    assert not response.cookies
    assert Document.objects.count() == before


def test_the_query_is_not_logged(client, caplog):
    with caplog.at_level(logging.DEBUG):
        client.get("/zoeken/", {"q": "geheimwoordxyz rouw"})
        client.get("/zoeken/", {"q": "geheimwoordxyz\x00"})
    assert "geheimwoordxyz" not in caplog.text


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=300))
def test_any_query_string_gets_a_page_never_a_server_error(client, q):
    response = client.get("/zoeken/", {"q": q})
    assert response.status_code == 200


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
def test_any_raw_query_bytes_get_a_page_never_a_server_error(client, raw):
    from urllib.parse import quote_from_bytes

    response = client.get(f"/zoeken/?q={quote_from_bytes(raw)}&q=rouw")
    assert response.status_code == 200


def test_the_count_is_dutch_for_one_result(client):
    html = client.get("/zoeken/", {"q": "parentificatie"}).content.decode()
    assert "1 resultaat voor ‘parentificatie’: 1 kennisitem." in html


def test_the_count_is_dutch_for_more_results_and_kinds(client):
    html = client.get("/zoeken/", {"q": "loyaliteit"}).content.decode()
    assert "2 resultaten voor ‘loyaliteit’: 1 thema, 1 kennisitem." in html
    html = client.get("/zoeken/", {"q": "kind"}).content.decode()
    assert "thema&#x27;s" in html or "thema's" in html
    assert "Hieronder staan de beste 30." in html
    assert " kennis," not in html and " advies," not in html


def test_an_advice_is_a_link_inside_the_result_of_its_item(client):
    html = client.get("/zoeken/", {"q": "loyaliteit"}).content.decode()
    item = html.index('href="/thema/wat-het-betekent/#loyaal-aan-beide-ouders"')
    related = html.index('class="hit-related"')
    next_hit = html.index('class="search-hit"', item)
    assert item < related < next_hit
    assert "Ook als advies in het steunplan: <a href=" in html
    assert html.count('<li class="search-hit">') == 2


def test_help_lines_and_child_pages_have_their_own_labels(client):
    html = client.get("/zoeken/", {"q": "kindertelefoon"}).content.decode()
    assert '<span class="badge badge-hulplijn">Hulplijn</span>' in html
    assert '<span class="badge badge-kinderen">Voor kinderen</span>' in html
    assert ">Hulpbron<" not in html and ">Kennis<" not in html
