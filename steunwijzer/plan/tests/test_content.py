"""The plan's content reader: the plan files are read, validated and loaded like all content;
a broken file is refused with its file, item and field, and the database keeps its content."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from steunwijzer.content.loading import ContentInvalid
from steunwijzer.content.models import Source
from steunwijzer.content.tests.factories import minimal_content, write_content
from steunwijzer.load import load
from steunwijzer.plan.content import PlanContent
from steunwijzer.plan.models import Advice, Rule

from .factories import content_with_plan, write_plan_content


def read(tmp_path, files):
    return load(path=write_plan_content(tmp_path, files), check=True)


def errors_for(tmp_path, files) -> list[str]:
    with pytest.raises(ContentInvalid) as raised:
        read(tmp_path, files)
    return [str(error) for error in raised.value.errors]


def test_a_valid_plan_is_read_into_the_content(tmp_path):
    plan = read(tmp_path, content_with_plan()).plan
    assert [a.slug for a in plan.advice] == ["open-zijn", "veilig", "band"]
    assert plan.advice[0].roles == {"school": "Wees open in de klas."}
    assert plan.rules[0].priority == 2 and plan.rules[0].when is None


def test_a_content_folder_without_a_plan_has_an_empty_plan(tmp_path):
    loaded = load(path=write_content(tmp_path, minimal_content()), check=True)
    assert loaded.plan == PlanContent()


def test_a_missing_plan_file_is_named(tmp_path):
    files = content_with_plan()
    del files["steunplan/rules.yaml"]
    assert errors_for(tmp_path, files) == [
        "steunplan/rules.yaml: item '-': field '-': file not found"
    ]


def test_a_file_that_is_not_yaml_is_named(tmp_path):
    files = content_with_plan() | {"steunplan/advice.yaml": "advice: [: onzin"}
    [error] = errors_for(tmp_path, files)
    assert error.startswith("steunplan/advice.yaml: item '-': field '-': not valid YAML")


def test_a_file_without_its_list_is_named(tmp_path):
    files = content_with_plan() | {"steunplan/rules.yaml": {"regels": []}}
    assert errors_for(tmp_path, files) == [
        "steunplan/rules.yaml: item '-': field 'rules': expected a list under 'rules'"
    ]


def test_an_unknown_field_names_file_item_and_field(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["tekst"] = "Oeps"
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'tekst': unknown field"
    ]


def test_advice_must_rest_on_an_existing_published_knowledge_item(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["basis"] = "bestaat-niet"
    files["steunplan/advice.yaml"]["advice"][1]["basis"] = "nog-niet-bevestigd"
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'basis': unknown knowledge item 'bestaat-niet'",
        "steunplan/advice.yaml: item 'veilig': field 'basis': knowledge item 'nog-niet-bevestigd' is not verified",
    ]


def test_resources_and_sources_of_advice_must_exist(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["resources"] = ["gouden-gids", "zilveren-gids"]
    files["steunplan/advice.yaml"]["advice"][1]["sources"] = [
        "veilig-thuis",
        "infographic",
        "krant",
    ]
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'resources': unknown resource 'zilveren-gids'",
        "steunplan/advice.yaml: item 'veilig': field 'sources': unknown source 'krant'",
    ]


def test_a_role_text_needs_a_known_role_and_a_text(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["roles"] = {"leraar": "Tekst", "school": ""}
    errors = errors_for(tmp_path, files)
    assert (
        "steunplan/advice.yaml: item 'open-zijn': field 'roles': 'leraar' is not one of: jeugdprofessional, justitie, school, verzorger, vrijwilliger"
        in errors
    )
    assert (
        "steunplan/advice.yaml: item 'open-zijn': field 'roles': the text for 'school' is missing"
        in errors
    )


def test_a_section_and_a_tag_must_be_known(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["section"] = "overig"
    files["steunplan/advice.yaml"]["advice"][2]["tags"] = ["onbekend"]
    errors = errors_for(tmp_path, files)
    assert errors[0].startswith(
        "steunplan/advice.yaml: item 'open-zijn': field 'section': 'overig' is not one of:"
    )
    assert (
        errors[1] == "steunplan/advice.yaml: item 'band': field 'tags': 'onbekend' is not one of: "
        "bezoek, contact, opvoeding, vanaf-4, weet-het"
    )


def test_an_advice_links_only_known_tools_and_child_pages(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["tools"] = ["steunplan"]
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'tools': 'steunplan' is not one of: "
        "bezoek, netwerkkaart, voor-kinderen"
    ]
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["child_pages"] = ["bestaat-niet"]
    assert errors_for(tmp_path / "b", files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'child_pages': 'bestaat-niet' is not a child page"
    ]


def test_rules_may_only_use_situation_codes_of_the_contract(tmp_path):
    files = content_with_plan()
    files["steunplan/rules.yaml"]["rules"][0]["when"] = {"kleur": ["rood"], "leeftijd": ["9"]}
    files["steunplan/rules.yaml"]["rules"][0]["unless"] = {"rol": "school"}
    assert errors_for(tmp_path, files) == [
        "steunplan/rules.yaml: item 'elk-kind': field 'when': unknown situation parameter 'kleur'",
        "steunplan/rules.yaml: item 'elk-kind': field 'when': leeftijd: unknown value '9'",
        "steunplan/rules.yaml: item 'elk-kind': field 'unless': rol: expected a list of values, got 'school'",
    ]


def test_a_rule_must_name_existing_advice_a_priority_and_a_reason(tmp_path):
    files = content_with_plan()
    rule = files["steunplan/rules.yaml"]["rules"][0]
    rule.update(advice=["open-zijn", "band", "weg"], priority=5, reason="")
    assert errors_for(tmp_path, files) == [
        "steunplan/rules.yaml: item 'elk-kind': field 'advice': unknown advice 'weg'",
        "steunplan/rules.yaml: item 'elk-kind': field 'priority': 5 is not one of: 1, 2, 3",
        "steunplan/rules.yaml: item 'elk-kind': field 'reason': is required when the rule selects advice",
    ]


def test_advice_that_no_rule_selects_is_refused(tmp_path):
    files = content_with_plan()
    files["steunplan/rules.yaml"]["rules"][0]["advice"] = ["open-zijn"]
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'band': field 'slug': no rule selects this advice"
    ]


def test_advice_slugs_are_unique(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][2]["slug"] = "veilig"
    errors = errors_for(tmp_path, files)
    assert (
        "steunplan/advice.yaml: item 'veilig': field 'slug': 'veilig' is used more than once"
        in errors
    )


def test_advice_cites_only_sources_of_the_core_sources_file(tmp_path):
    files = content_with_plan()
    files["sources.yaml"]["sources"].pop()  # Veilig Thuis
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'veilig': field 'sources': unknown source 'veilig-thuis'"
    ]


@pytest.mark.parametrize(
    ("rule", "trigger"), [(1, "contact=niet-in-belang"), (2, "thuis=huiselijk-geweld")]
)
def test_a_plan_without_a_safeguarding_rule_is_refused(tmp_path, rule, trigger):
    files = content_with_plan()
    files["steunplan/rules.yaml"]["rules"][rule]["unless"] = {"rol": ["school"]}
    assert errors_for(tmp_path, files) == [
        f"steunplan/rules.yaml: item '-': field 'exclude_tags': no rule keeps 'contact' advice out when {trigger}"
    ]


@pytest.mark.django_db
def test_loading_writes_the_plan_tables_and_a_reload_keeps_row_ids(tmp_path):
    folder = write_plan_content(tmp_path, content_with_plan())
    call_command("load_content", path=folder, verbosity=0)
    assert list(Advice.objects.values_list("slug", "order")) == [
        ("open-zijn", 1),
        ("veilig", 2),
        ("band", 3),
    ]
    assert Rule.objects.get(slug="elk-kind").when == {}
    assert Source.objects.get(slug="veilig-thuis").organisation == "Veilig Thuis"
    ids = sorted(Advice.objects.values_list("id", flat=True))
    call_command("load_content", path=folder, verbosity=0)
    assert sorted(Advice.objects.values_list("id", flat=True)) == ids


@pytest.mark.django_db
def test_advice_removed_from_the_files_leaves_the_database(tmp_path):
    files = content_with_plan()
    call_command("load_content", path=write_plan_content(tmp_path / "a", files), verbosity=0)
    files["steunplan/advice.yaml"]["advice"].pop(0)
    files["steunplan/rules.yaml"]["rules"][0]["advice"] = ["band"]
    call_command("load_content", path=write_plan_content(tmp_path / "b", files), verbosity=0)
    assert sorted(Advice.objects.values_list("slug", flat=True)) == ["band", "veilig"]


@pytest.mark.django_db
def test_a_broken_plan_file_is_refused_and_the_database_keeps_the_previous_plan(tmp_path, capsys):
    call_command(
        "load_content", path=write_plan_content(tmp_path / "good", content_with_plan()), verbosity=0
    )
    before = list(Advice.objects.values_list("slug", "body"))
    broken = content_with_plan()
    broken["steunplan/advice.yaml"]["advice"][0]["body"] = "Nieuwe tekst."
    broken["steunplan/rules.yaml"]["rules"][0]["when"] = {"rol": ["leraar"]}
    with pytest.raises(CommandError, match="1 problem"):
        call_command("load_content", path=write_plan_content(tmp_path / "broken", broken))
    assert (
        "steunplan/rules.yaml: item 'elk-kind': field 'when': rol: unknown value 'leraar'"
        in capsys.readouterr().err
    )
    assert list(Advice.objects.values_list("slug", "body")) == before


@pytest.mark.django_db
def test_a_failure_while_writing_the_plan_rolls_back_the_whole_load(tmp_path, monkeypatch):
    call_command(
        "load_content", path=write_plan_content(tmp_path / "a", content_with_plan()), verbosity=0
    )
    from steunwijzer import load as load_module
    from steunwijzer.content.models import Item
    from steunwijzer.plan.sync import write_plan

    changed = content_with_plan()
    changed["themes/praten.yaml"]["items"][0]["body"] = "Andere tekst."
    changed["steunplan/advice.yaml"]["advice"][0]["body"] = "Ander advies."

    def fail(plan):
        write_plan(plan)
        assert Advice.objects.get(slug="open-zijn").body == "Ander advies."
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(load_module, "write_plan", fail)
    with pytest.raises(RuntimeError, match="schijf vol"):
        call_command("load_content", path=write_plan_content(tmp_path / "b", changed), verbosity=0)
    assert Item.objects.get(slug="openheid").body != "Andere tekst."
    assert Advice.objects.get(slug="open-zijn").body != "Ander advies."


def test_a_rule_that_keeps_advice_out_must_say_in_which_situation(tmp_path):
    files = content_with_plan()
    del files["steunplan/rules.yaml"]["rules"][1]["reason"]
    files["steunplan/rules.yaml"]["rules"][1]["advice"] = []
    assert errors_for(tmp_path, files) == [
        "steunplan/rules.yaml: item 'veilig-contact': field 'reason': is required when the rule keeps advice out"
    ]


def test_a_source_section_must_belong_to_one_of_the_advices_sources(tmp_path):
    files = content_with_plan()
    files["steunplan/advice.yaml"]["advice"][0]["source_sections"] = {"elders": "Hoofdstuk 2"}
    assert errors_for(tmp_path, files) == [
        "steunplan/advice.yaml: item 'open-zijn': field 'source_sections': 'elders' is not one of the advice's sources"
    ]
