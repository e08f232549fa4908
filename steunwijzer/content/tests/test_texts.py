"""Texts of fixed codes and steps as content: role intros, the wizard's words, the map's
prompts, the visit form's questions. Each file is checked code by code (file, item and field named), loaded into the
text table with the rest of the content, and shown by the pages from there."""

import shutil

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from steunwijzer import vocabulary
from steunwijzer.content.loading import ContentInvalid, read_valid_content
from steunwijzer.content.models import Text
from steunwijzer.content.roles import read_role_intros
from steunwijzer.load import load
from steunwijzer.netwerkkaart.prompts import read_prompts
from steunwijzer.plan.questions import from_texts, read_questions
from steunwijzer.plan.situation import CODES
from steunwijzer.voorkind.questions import read_visit_questions

QUESTIONS = "steunplan/vragen.yaml"
VISIT_QUESTIONS = "bezoek/vragen.yaml"


@pytest.fixture
def folder(tmp_path):
    """A copy of the real content to break."""
    return shutil.copytree(settings.CONTENT_DIR, tmp_path / "content")


def edit(folder, name, change):
    data = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    change(data)
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def problems(folder) -> list[str]:
    with pytest.raises(ContentInvalid) as raised:
        load(path=folder, check=True)
    return [str(error) for error in raised.value.errors]


def test_the_real_texts_cover_every_role_question_and_answer():
    texts = load(path=settings.CONTENT_DIR, check=True).texts
    assert {f"rol.{code}.intro" for code in vocabulary.ROLES} <= set(texts)
    wizard = from_texts(texts)
    for parameter, codes in CODES.items():
        assert set(wizard.questions[parameter].answers) == {str(code) for code in codes}
    assert any(key.startswith("netwerkkaart.prompts.") for key in texts)
    assert any(key.startswith("netwerkkaart.tips.") for key in texts)


def test_a_role_without_intro_and_an_unknown_role_are_named(folder):
    def change(data):
        data["roles"] = [r for r in data["roles"] if r["role"] != "justitie"]
        data["roles"].append({"role": "agent", "intro": "Tekst."})

    edit(folder, "rollen.yaml", change)
    found = problems(folder)
    assert any(
        p.startswith("rollen.yaml: item '#5': field 'role': 'agent' is not one") for p in found
    )
    edit(folder, "rollen.yaml", lambda d: d["roles"].pop())
    assert problems(folder) == [
        "rollen.yaml: item 'justitie': field 'role': this role has no intro"
    ]


def test_a_role_without_heading_is_named(folder):
    edit(folder, "rollen.yaml", lambda d: d["roles"][1].pop("heading"))
    assert [p for p in problems(folder) if "heading" in p] == [
        "rollen.yaml: item '#2': field 'heading': is required"
    ]


def test_a_missing_answer_an_unknown_code_and_a_missing_question_are_named(folder):
    def change(data):
        signals = next(q for q in data["questions"] if q["parameter"] == "signaal")
        del signals["answers"]["alleen"]
        signals["answers"]["moe"] = "Het kind is moe"
        data["questions"] = [q for q in data["questions"] if q["parameter"] != "thuis"]
        del data["hints"]["optional"]

    edit(folder, QUESTIONS, change)
    assert sorted(problems(folder)) == [
        f"{QUESTIONS}: item 'hints': field 'hints.optional': needs a text",
        f"{QUESTIONS}: item 'signaal': field 'answers.alleen': needs a text",
        f"{QUESTIONS}: item 'signaal': field 'answers.moe': unknown code",
        f"{QUESTIONS}: item 'thuis': field 'parameter': this question has no texts",
    ]


def test_an_empty_question_text_and_an_unknown_parameter_are_named(folder):
    def change(data):
        data["questions"][0]["why"] = ""
        data["questions"].append({**data["questions"][1], "parameter": "weer"})

    edit(folder, QUESTIONS, change)
    found = problems(folder)
    assert f"{QUESTIONS}: item 'rol': field 'why': is required" in found
    assert any(p.startswith(f"{QUESTIONS}: item 'weer': field 'parameter':") for p in found)


def test_a_prompt_linking_to_an_unknown_item_is_named(folder):
    edit(folder, "netwerkkaart/teksten.yaml", lambda d: d["tips"][0].update(items=["bestaat-niet"]))
    assert problems(folder) == [
        "netwerkkaart/teksten.yaml: item 'tips 1': field 'items': 'bestaat-niet' is not a "
        "knowledge item"
    ]


def test_a_finding_with_wrong_placeholders_a_missing_and_an_unknown_one_are_named(folder):
    def change(data):
        data["findings"]["strained"] = "Het contact met {naam} is gespannen."
        data["findings"]["no-family"] = "Een {losse accolade."
        del data["findings"]["no-contact"]
        data["findings"]["lonely"] = "Het kind is alleen."

    edit(folder, "netwerkkaart/teksten.yaml", change)
    found = problems(folder)
    file = "netwerkkaart/teksten.yaml: item 'findings'"
    assert f"{file}: field 'strained': must use {{names}}, not ['naam']" in found
    assert any(p.startswith(f"{file}: field 'no-family': has a stray brace") for p in found)
    assert f"{file}: field 'no-contact': needs a text" in found
    assert f"{file}: field 'lonely': unknown key" in found
    assert len(found) == 4


def test_a_description_word_with_a_missing_placeholder_is_named(folder):
    edit(folder, "netwerkkaart/teksten.yaml", lambda d: d["description"].update(ring="{ring}."))
    assert problems(folder) == [
        "netwerkkaart/teksten.yaml: item 'description': field 'ring': must use {people}, {ring}, "
        "not ['ring']"
    ]


def test_each_reader_alone_reads_its_real_file():
    content = read_valid_content(path=settings.CONTENT_DIR)
    for texts, errors in (
        read_role_intros(path=settings.CONTENT_DIR),
        read_questions(path=settings.CONTENT_DIR),
        read_prompts(path=settings.CONTENT_DIR, content=content),
        read_visit_questions(path=settings.CONTENT_DIR),
    ):
        assert errors == [] and texts


@pytest.mark.django_db
def test_the_load_writes_the_texts_and_the_pages_show_them(client, folder):
    call_command("load_content", path=folder, verbosity=0)
    assert Text.objects.get(key="rol.school.intro").text.startswith("Je bent leerkracht")
    edit(folder, "rollen.yaml", lambda d: d["roles"][0].update(intro="Je werkt op een school."))
    edit(folder, QUESTIONS, lambda d: d["questions"][0]["answers"].update(school="Op school"))
    call_command("load_content", path=folder, verbosity=0)
    role_page = client.get("/voor/school/").content.decode()
    assert "Je werkt op een school. Hier vind je" in role_page
    wizard = client.get("/steunplan/").content.decode()
    assert '<label for="rol-1">Op school</label>' in wizard


@pytest.mark.django_db
def test_a_broken_text_file_leaves_the_stored_texts_in_place(folder):
    call_command("load_content", path=folder, verbosity=0)
    before = dict(Text.objects.values_list("key", "text"))
    edit(folder, QUESTIONS, lambda d: d["questions"][0]["answers"].pop("school"))
    with pytest.raises(CommandError):
        call_command("load_content", path=folder, verbosity=0)
    assert dict(Text.objects.values_list("key", "text")) == before


@pytest.mark.django_db
def test_the_role_page_shows_the_intro_of_the_content(client, site_content):
    page = client.get("/voor/school/").content.decode()
    assert (
        "Je bent leerkracht, intern begeleider of werkt op een andere manier op school. "
        "Hier vind je de thema's" in page
    )


def test_the_visit_form_questions_are_checked_question_by_question(folder):
    def change(data):
        del data["questions"]["vorm"]
        data["questions"]["eerste"] = "  "
        data["questions"]["broer"] = "Heeft het kind een broer?"

    edit(folder, VISIT_QUESTIONS, change)
    found = problems(folder)
    file = f"{VISIT_QUESTIONS}: item '-'"
    assert sorted(found) == sorted(
        [
            f"{file}: field 'questions.broer': unknown code",
            f"{file}: field 'questions.vorm': needs a text",
            f"{file}: field 'questions.eerste': needs a text",
        ]
    )


def test_a_visit_questions_file_that_is_not_a_mapping_is_named(folder):
    (folder / VISIT_QUESTIONS).write_text("- Hoe oud is het kind?\n", encoding="utf-8")
    assert problems(folder) == [
        f"{VISIT_QUESTIONS}: item '-': field '-': expected a mapping at the top level"
    ]


@pytest.mark.django_db
def test_the_visit_form_asks_the_questions_of_the_content(client, folder):
    edit(
        folder, VISIT_QUESTIONS, lambda d: d["questions"].update(vorm="Hoe ziet het kind de ouder?")
    )
    call_command("load_content", path=folder, verbosity=0)
    form = client.get("/bezoek/").content.decode()
    assert "Hoe ziet het kind de ouder?" in form
    assert "Wat voor bezoek is het?" not in form
