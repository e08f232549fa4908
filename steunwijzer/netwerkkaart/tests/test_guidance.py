"""What the map shows: a trusted person who knows, the detained parent, empty sectors,
strained relations; and the words without names."""

from dataclasses import replace
from functools import cache

import pytest
from django.conf import settings

from steunwijzer.content.loading import read_valid_content
from steunwijzer.netwerkkaart.guidance import Finding, what_the_map_shows
from steunwijzer.netwerkkaart.model import NetworkMap, Person
from steunwijzer.netwerkkaart.prompts import (
    description_from_texts,
    findings_from_texts,
    from_texts,
    read_prompts,
)
from steunwijzer.netwerkkaart.wording import describe_map, name_labels, role_labels

OMA = Person(
    id="p1",
    naam="Oma Truus",
    sector="familie",
    ring=1,
    steun=("emotioneel",),
    relatie="positief",
    weet_van_detentie=True,
)
PAPA = Person(
    id="p2", naam="Papa", sector="gezin", ring=2, gedetineerd=True, relatie="geen-contact"
)
JUF = Person(id="p3", naam="Juf Anneke", sector="school", ring=2, weet_van_detentie=True)


@cache
def real_texts() -> dict[str, str]:
    """The map's texts of content/netwerkkaart/teksten.yaml, read without a database."""
    content = read_valid_content(path=settings.CONTENT_DIR)
    texts, errors = read_prompts(path=settings.CONTENT_DIR, content=content)
    assert errors == []
    return texts


def shown(network: NetworkMap, names: dict[str, str]) -> list[Finding]:
    return what_the_map_shows(network, names=names, texts=findings_from_texts(real_texts()))


def findings(*people: Person) -> list[str]:
    network = NetworkMap(personen=people)
    return [f.text for f in shown(network, name_labels(network))]


def test_an_empty_map_shows_nothing_yet():
    assert shown(NetworkMap(), {}) == []


def test_a_person_who_knows_and_gives_emotional_support_is_named_as_trusted():
    assert any(t.startswith("Oma Truus weet dat de ouder") for t in findings(OMA, PAPA))


def test_people_who_know_without_emotional_support_prompt_the_search_for_a_trusted_person():
    texts = findings(JUF, PAPA)
    assert any("Juf Anneke weet" in t and "vaste vertrouwenspersoon" in t for t in texts)


def test_nobody_who_knows_is_said_plainly():
    texts = findings(replace(OMA, weet_van_detentie=False), PAPA)
    assert any(t.startswith("Niemand op de kaart weet") for t in texts)


def test_the_detained_parent_does_not_count_as_someone_the_child_can_talk_to():
    texts = findings(replace(PAPA, weet_van_detentie=True, steun=("emotioneel",)))
    assert any(t.startswith("Niemand op de kaart weet") for t in texts)


def test_a_map_without_the_detained_parent_says_so_without_telling_to_add_them():
    (text,) = [t for t in findings(OMA) if "geen ouder in de gevangenis" in t]
    assert "het kind kiest" in text and "Zet die" not in text


def test_no_contact_with_the_detained_parent_is_mentioned_with_care():
    assert any(t.startswith("Met Papa is geen contact") for t in findings(OMA, PAPA))


def test_empty_sectors_are_listed():
    texts = findings(OMA, PAPA, JUF)
    assert "Bij vrienden, buurt, hulpverlening en vrije tijd staat nog niemand." in " ".join(texts)


def test_strained_relations_are_named():
    texts = findings(OMA, replace(PAPA, relatie="gespannen"))
    assert any(t.startswith("Het contact met Papa is gespannen") for t in texts)


def test_findings_use_role_labels_when_the_map_has_no_names():
    network = NetworkMap(personen=(OMA, PAPA, replace(JUF, relatie="gespannen")))
    texts = " ".join(f.text for f in shown(network, role_labels(network)))
    assert "Familie 1" in texts and "School 1" in texts
    assert "Oma" not in texts and "Juf" not in texts and "Papa" not in texts


def test_role_labels_number_people_per_sector_and_keep_hulpverlening_short():
    network = NetworkMap(
        personen=(OMA, replace(OMA, id="p9"), replace(JUF, sector="hulpverlening"))
    )
    assert role_labels(network) == {"p1": "Familie 1", "p9": "Familie 2", "p3": "Hulp 1"}


def test_the_text_alternative_lists_everyone_ring_by_ring():
    network = NetworkMap(personen=(OMA, PAPA))
    words = description_from_texts(real_texts())
    text = describe_map(network, name_labels(network), "Sam", texts=words)
    assert text.startswith("Sam staat in het midden. Heel dichtbij: Oma Truus (familie, weet het).")
    assert "Dichtbij: Papa (gezin, ouder in de gevangenis, geen contact)." in text


def test_every_prompt_asks_a_question():
    prompts = from_texts(real_texts(), "prompts")
    assert len(prompts) >= 5
    assert all(prompt.question.endswith("?") for prompt in prompts)


def test_without_names_a_role_stands_for_the_person_and_a_shared_role_is_numbered():
    network = NetworkMap(
        personen=(
            replace(OMA, rol="oma", relatie="gespannen"),
            replace(JUF, rol="tante"),
            replace(JUF, id="p7", rol="Tante", sector="familie"),
            replace(PAPA, rol=""),
        )
    )
    labels = role_labels(network)
    assert labels == {"p1": "oma", "p3": "tante 1", "p7": "Tante 2", PAPA.id: "Gezin 1"}
    texts = " ".join(f.text for f in shown(network, labels))
    assert "Het contact met oma is gespannen." in texts
    assert "Oma" not in texts and "Papa" not in texts


def test_a_prompt_may_link_a_child_page_and_the_load_names_an_unknown_one(tmp_path):
    import shutil

    import yaml

    from steunwijzer.content.loading import ContentInvalid
    from steunwijzer.load import load

    texts = real_texts()
    assert "met-wie-kun-je-praten" in texts.values()
    folder = shutil.copytree(settings.CONTENT_DIR, tmp_path / "content")
    file = folder / "netwerkkaart" / "teksten.yaml"
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    data["prompts"][0]["kinderpagina"] = "bestaat-niet"
    file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentInvalid) as invalid:
        load(path=folder, check=True)
    assert [str(error) for error in invalid.value.errors] == [
        "netwerkkaart/teksten.yaml: item 'prompts 1': field 'kinderpagina': 'bestaat-niet' "
        "is not a page in voor-kinderen/paginas.yaml"
    ]
