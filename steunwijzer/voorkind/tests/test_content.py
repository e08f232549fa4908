"""The pure reader of content/bezoek/, content/voor-kinderen/ and content/hulp/: real files
load, and each kind of mistake gets an error naming file, item and field."""

import shutil
from pathlib import Path

import pytest

from steunwijzer.content.loading import ContentInvalid, read_valid_content
from steunwijzer.load import load
from steunwijzer.voorkind.booklet import applies, compose
from steunwijzer.voorkind.choice import Choice, parse_query
from steunwijzer.voorkind.content import read_voorkind
from steunwijzer.voorkind.words import fill, placeholders

ROOT = Path(__file__).resolve().parents[3] / "content"


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(ROOT, target)
    return target


def errors_of(folder) -> list[str]:
    with pytest.raises(ContentInvalid) as invalid:
        load(path=folder, check=True)
    return [str(error) for error in invalid.value.errors]


def replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_content_is_valid_and_complete():
    data = load(path=ROOT, check=True).voorkind
    assert len(data.booklet) >= 20 and len(data.rules) >= 5
    assert len(data.child_pages) == 8
    assert [line.slug for line in data.helplines] == [
        "alarmnummer-112",
        "veilig-thuis",
        "kindertelefoon",
        "expertisecentrum-kind",
    ]


def test_a_folder_without_these_files_is_not_an_error(tmp_path):
    errors = []
    data = read_voorkind(path=tmp_path, content=read_valid_content(path=ROOT), errors=errors)
    assert errors == [] and data.booklet == () and data.helplines == ()


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            "bezoek/boekje.yaml",
            "picture: balie",
            "picture: foto",
            "bezoek/boekje.yaml: item 'de-balie': field 'picture'",
        ),
        (
            "bezoek/boekje.yaml",
            "sources: [dji-bezoek, kind-jouw-routekaart]\n\n  - slug: de-balie",
            "sources: [dji-bezoek, onbekend]\n\n  - slug: de-balie",
            "bezoek/boekje.yaml: item 'de-reis': field 'sources': unknown source 'onbekend'",
        ),
        (
            "bezoek/boekje.yaml",
            "      12-17: |\n        Bij de balie",
            "      12-18: |\n        Bij de balie",
            "item 'de-balie': field 'text': unknown age key '12-18'",
        ),
        (
            "bezoek/boekje.yaml",
            "      4-7: |\n        Binnen is een balie.",
            "      4-11: |\n        Binnen is een balie.",
            "item 'de-balie': field 'text': age 8-11 has more than one text",
        ),
        (
            "bezoek/boekje.yaml",
            "Daar zit iemand die werkt",
            "Daar {zat} iemand die werkt",
            "item 'de-balie': field 'text.4-7': unknown placeholder {zat}",
        ),
        (
            "bezoek/boekje.yaml",
            'when: {vorm: ["beeldbellen"]}\n    picture: scherm',
            'when: {vorm: ["videobellen"]}\n    picture: scherm',
            "item 'beeldbellen-de-link': field 'when': vorm: unknown answer 'videobellen'",
        ),
        (
            "bezoek/regels.yaml",
            "source: dji-bezoek\n    checked:\n\n  - slug: identiteitsbewijs",
            "source: dji-bezoek\n    checked: gisteren\n\n  - slug: identiteitsbewijs",
            "bezoek/regels.yaml: item 'regels-per-gevangenis': field 'checked'",
        ),
        (
            "voor-kinderen/paginas.yaml",
            "helplines: [kindertelefoon]",
            "helplines: [kindertelefoontje]",
            "voor-kinderen/paginas.yaml: item 'met-wie-kun-je-praten': field 'helplines'",
        ),
        (
            "hulp/hulplijnen.yaml",
            "    source: kindertelefoon",
            "    source: de-kindertelefoon",
            "hulp/hulplijnen.yaml: item 'kindertelefoon': field 'source'",
        ),
        (
            "hulp/hulplijnen.yaml",
            'number: "0800-0432"',
            'number: "gratis"',
            "hulp/hulplijnen.yaml: item 'kindertelefoon': field 'number': has no digits",
        ),
    ],
)
def test_each_mistake_names_file_item_and_field(folder, file, old, new, expected):
    replace(folder / file, old, new)
    assert any(expected in error for error in errors_of(folder)), errors_of(folder)


def test_a_page_with_facts_needs_a_source(folder):
    replace(
        folder / "bezoek/boekje.yaml",
        "    sources: [dji-bezoek]\n\n  - slug: het-kluisje",
        "\n  - slug: het-kluisje",
    )
    assert any("field 'sources': a page with facts needs a source" in e for e in errors_of(folder))


def test_placeholders_become_the_words_for_the_parent():
    text = "{Ouder} {is} blij. Ik zie {hem}. {Je ouder} {heeft} {zijn} jas."
    assert fill(text, "vader") == "Papa is blij. Ik zie hem. Je vader heeft zijn jas."
    assert fill(text, "moeder") == "Mama is blij. Ik zie haar. Je moeder heeft haar jas."
    assert fill(text, "beide") == "Papa en mama zijn blij. Ik zie ze. Je ouders hebben hun jas."
    assert fill(text, "anders").startswith("Je ouder is blij. Ik zie hem of haar.")
    assert placeholders("{ouder} {zat} {Hij}") == ["zat"]


def test_a_when_matches_only_the_chosen_answers():
    choice = Choice("8-11", "vader", "bezoek", "ja")
    assert applies(None, choice) and applies({"vorm": ["bezoek", "gezinsbezoek"]}, choice)
    assert not applies({"vorm": ["beeldbellen"]}, choice)
    assert not applies({"contact": ["geen"]}, choice)  # not answered: no contact page


def test_compose_keeps_content_order_and_fills_words():
    pages = [
        {
            "slug": "a",
            "kind": "moment",
            "title": "Naar {ouder}",
            "text": {"alle": "{Ouder} {wacht}."},
            "note": "n",
            "picture": "hart",
        },
        {
            "slug": "b",
            "kind": "moment",
            "title": "B",
            "when": {"eerste": ["nee"]},
            "text": {"alle": "x"},
            "note": "n",
            "picture": "hart",
        },
    ]
    made = compose(pages=pages, rules=[], choice=Choice("4-7", "beide", "bezoek", "ja"))
    assert [(p.title, p.text) for p in made.pages] == [
        ("Naar papa en mama", ["Papa en mama wachten."])
    ]


def test_parsing_the_codes():
    assert parse_query("leeftijd=8-11&ouder=vader&vorm=bezoek&eerste=ja").choice.missing == []
    parsed = parse_query("leeftijd=8-11&leeftijd=8-11")
    assert [p.message for p in parsed.problems] == [
        "De vraag ‘leeftijd’ staat twee keer in het adres."
    ]
    assert (
        parse_query("ouder=oom").problems[0].message
        == "‘oom’ is geen antwoord dat we kennen bij ‘ouder’."
    )
    assert parse_query("leeftijd=18%2B").problems  # the plan's 18+ has no booklet
    assert parse_query("leeftijd=&ouder=vader").choice.missing == ["leeftijd", "vorm", "eerste"]
    assert len(parse_query("&".join(f"x{n}=1" for n in range(40))).problems) == 6
