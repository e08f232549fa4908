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
