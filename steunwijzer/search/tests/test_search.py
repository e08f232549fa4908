"""Search over the real content; the same tests run on SQLite and on PostgreSQL."""

import pytest
from django.core.management import call_command
from django.db import connection

from steunwijzer.search.models import KIND_LABELS, Document
from steunwijzer.search.results import results_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content(site_content):
    pass


def top(query: str, n: int = 3) -> list[str]:
    return [hit.url for hit in results_for(query).hits[:n]]


REALISTIC = [
    ("pesten", "/thema/gebeurtenissen/#gepest-worden"),
    ("rouw", "/thema/rouw-en-ambigu-verlies/"),
    ("bezoek gevangenis", "/thema/gebeurtenissen/#gevangenisbezoek"),
    ("wat vertel ik de klas", "/thema/praten-over-detentie/#vertel-genoeg-en-luister"),
    ("vertrouwenspersoon", "/thema/steunen/#vaste-vertrouwenspersoon"),
    ("netwerkkaart", "/thema/steunen/#netwerkkaart-maken"),
    ("pleeggezin", "/cijfers/#kinderen-moeder-in-detentie-pleeggezin"),
    ("schaamte", "/thema/schaamte-en-stigma/"),
    ("trauma arrestatie", "/thema/negatieve-gevolgen/#meer-kans-op-trauma"),
    ("gouden gids", "/hulpbronnen/#gouden-gids"),
    ("boeken", "/hulpbronnen/#kind-boekenlijst"),
    ("hoeveel kinderen", "/thema/hoeveel-kinderen/"),
    ("moeder in de gevangenis", "/thema/moeder-in-de-gevangenis/"),
    ("na de vrijlating", "/thema/na-vrijlating/"),
    ("loyaal", "/thema/wat-het-betekent/#loyaal-aan-beide-ouders"),
    (
        "huiselijk geweld delict",
        "/thema/negatieve-gevolgen/#huiselijk-geweld-bij-bepaalde-delicten",
    ),
    ("parentificatie", "/thema/negatieve-gevolgen/#parentificatie"),
    ("positieve gevolgen", "/thema/positieve-gevolgen/"),
]


@pytest.mark.parametrize(("query", "expected"), REALISTIC)
def test_realistic_queries_find_the_expected_item_in_the_top_three(query, expected):
    assert expected in top(query), (connection.vendor, top(query, 5))


def test_inflected_forms_find_the_same_items():
    assert top("rouwen") == top("rouw")
    assert "/thema/gebeurtenissen/#gevangenisbezoek" in top("bezoeken gevangenis")


def test_accents_do_not_matter():
    assert top("beinvloeden") == top("beïnvloeden")
    assert "/thema/negatieve-gevolgen/#meer-kans-op-trauma" in top("beinvloeden")


def test_synonyms_find_what_users_mean():
    bajes = top("papa bajes", 10)
    assert "/thema/vader-in-de-gevangenis/" in bajes
    assert "/thema/school/" in top("klas", 10)


def test_documents_with_all_words_come_first():
    hits = results_for("schaamte school").hits
    matched = [hit.matched for hit in hits]
    assert matched == sorted(matched, reverse=True)
    assert matched[0] == 2


def test_titles_weigh_more_than_body_text():
    first = results_for("parentificatie").hits[0]
    assert "Parentificatie" in first.title_html or "parentificatie" in first.title_html


def test_every_kind_is_searched():
    kinds = {
        hit.kind for q in ["vader", "bezoek", "gids", "detentie"] for hit in results_for(q).hits
    }
    assert kinds == set(KIND_LABELS)


def test_unverified_figures_are_not_searchable():
    assert not [hit for hit in results_for("18000 onzeker").hits if "18000" in hit.url]
    assert not Document.objects.filter(key="cijfer:kinderen-18000-onderschrift-onzeker").exists()


def test_snippets_highlight_the_matched_words():
    hit = results_for("vertrouwenspersoon").hits[0]
    assert "<mark>vertrouwenspersoon</mark>" in hit.snippet_html.lower()


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "'",
        "*",
        "NEAR(a b)",
        "a AND OR NOT b",
        "rouw:*",
        "a & | ! b",
        "()",
        "^",
        "\x00",
        "😀",
        "ẞ" * 50,
    ],
)
def test_hostile_input_returns_results_or_nothing_but_no_error(hostile):
    results_for(hostile)
    results_for(f"rouw {hostile} school")


def test_the_index_follows_a_content_load(tmp_path, settings):
    import shutil

    folder = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, folder)
    theme = folder / "themes" / "school.yaml"
    theme.write_text(
        theme.read_text(encoding="utf-8").replace("Scholen kunnen veel", "Zebrapaden kunnen veel"),
        encoding="utf-8",
    )
    call_command("load_content", path=folder, verbosity=0)
    assert "/thema/school/#rol-van-scholen" in top("zebrapaden")


def test_a_failed_load_keeps_the_previous_index(tmp_path, settings):
    import shutil

    folder = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, folder)
    (folder / "zoeken" / "synoniemen.yaml").write_text(
        "groups:\n  - words: [alleen]\n", encoding="utf-8"
    )
    before = sorted(Document.objects.values_list("key", flat=True))
    with pytest.raises(Exception, match="problem"):
        call_command("load_content", path=folder, verbosity=0)
    assert sorted(Document.objects.values_list("key", flat=True)) == before
    assert top("bajes")


# Issue 12, "Finding things".


@pytest.mark.parametrize("query", ["loyaliteit", "loyaliteitsconflict", "Loyaliteit"])
def test_the_noun_and_the_compound_find_the_item_about_loyalty(query):
    assert top(query, 1) == ["/thema/wat-het-betekent/#loyaal-aan-beide-ouders"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kindertelefoon", "/hulp/#kindertelefoon"),
        ("de kindertelefoon", "/hulp/#kindertelefoon"),
        ("veilig thuis", "/hulp/#veilig-thuis"),
        ("112", "/hulp/#alarmnummer-112"),
    ],
)
def test_a_help_line_is_the_first_result_for_its_name(query, expected):
    first = results_for(query).hits[0]
    assert (first.url, first.kind, first.kind_label) == (expected, "hulplijn", "Hulplijn")


def test_the_word_hulplijn_finds_every_help_line():
    hits = results_for("hulplijn").hits
    assert {hit.kind for hit in hits[:4]} == {"hulplijn"}


def test_a_help_line_snippet_starts_with_its_number():
    first = results_for("veilig thuis").hits[0]
    assert first.snippet_html.startswith("Bel 0800-2000.")


def test_child_pages_are_labelled_voor_kinderen():
    hits = [hit for hit in results_for("gevangenis bewaarders").hits if hit.kind == "kinderen"]
    assert hits
    assert {(hit.kind_label, hit.url.startswith("/voor-kinderen/")) for hit in hits} == {
        ("Voor kinderen", True)
    }


def test_an_item_and_the_advice_based_on_it_are_one_result():
    hits = results_for("loyaal").hits
    item = [hit for hit in hits if hit.url == "/thema/wat-het-betekent/#loyaal-aan-beide-ouders"]
    assert len(item) == 1
    assert [r.title for r in item[0].related] == ["Het kind is vaak loyaal aan allebei de ouders"]
    assert item[0].related[0].label == "Ook als advies in het steunplan"
    assert not [
        hit for hit in hits if hit.title_html.startswith("Het kind is vaak loyaal aan allebei")
    ]


def test_no_advice_appears_as_its_own_result_next_to_the_item_it_is_based_on():
    from steunwijzer.plan.models import Advice

    basis = {advice.title: f"#{advice.basis}" for advice in Advice.objects.all()}
    for query in ["kind", "veilig thuis", "school", "bezoek", "vertrouwenspersoon"]:
        hits = results_for(query).hits
        urls = " ".join(hit.url for hit in hits)
        for hit in hits:
            title = str(hit.title_html).replace("<mark>", "").replace("</mark>", "")
            if hit.context.startswith("Steunplan") and title in basis:
                assert basis[title] not in urls, (query, title)


def test_a_word_in_most_documents_is_not_highlighted_but_still_finds():
    results = results_for("kind")
    assert results.total > 30
    assert not [hit for hit in results.hits if "<mark>" in hit.title_html + hit.snippet_html]


def test_a_rare_word_next_to_a_common_one_is_still_highlighted():
    hits = results_for("kind parentificatie").hits
    assert "<mark>" in hits[0].title_html + hits[0].snippet_html
    assert "<mark>kind" not in (hits[0].title_html + hits[0].snippet_html).lower()


def test_snippets_over_the_real_content_have_no_list_debris():
    for query in ["rouw", "verdriet", "boosheid", "pesten", "school", "bezoek", "hulp"]:
        for hit in results_for(query).hits:
            text = str(hit.snippet_html)
            assert not text.startswith(("- ", "* ", "• ")), (query, text)
            assert "\n" not in text and "**" not in text and " - " not in text, (query, text)
            plain = text.replace("<mark>", "").replace("</mark>", "")
            assert plain.endswith((".", "?", "!", ":", "…", ")", "’")), (query, plain)


def test_the_result_count_counts_results_not_documents():
    results = results_for("loyaal")
    assert results.total == len(results.hits)
    assert results.summary() == f"{results.total} resultaten"
    assert sum(int(count.split()[0]) for count in results.counts()) == results.total
