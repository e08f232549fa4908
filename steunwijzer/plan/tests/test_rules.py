"""What `recommend` does with rules, on small hand-made rules (no database, no files)."""

from steunwijzer.plan.rules import build_rules, recommend
from steunwijzer.plan.situation import Situation


def advice(slug, section="nu-doen", **extra):
    return {
        "slug": slug,
        "section": section,
        "title": slug,
        "body": f"{slug} tekst",
        "basis": "x",
    } | extra


def plan_for(situation, advice_records, rules):
    return recommend(situation=situation, rules=build_rules(advice=advice_records, rules=rules))


def test_a_rule_without_conditions_applies_to_every_situation():
    plan = plan_for(
        Situation(), [advice("a")], [{"slug": "r", "advice": ["a"], "reason": "Altijd."}]
    )
    assert plan.slugs() == ["a"]
    assert plan.entries()[0].reasons == ("Altijd.",)


def test_a_rule_applies_only_when_every_condition_holds():
    rules = [{"slug": "r", "when": {"rol": ["school"], "fase": ["detentie"]}, "advice": ["a"]}]
    assert plan_for(Situation(rol="school"), [advice("a")], rules).slugs() == []
    assert plan_for(Situation(rol="school", fase="detentie"), [advice("a")], rules).slugs() == ["a"]


def test_a_condition_holds_for_any_of_its_values_also_within_several_answers():
    rules = [{"slug": "r", "when": {"signaal": ["stil", "alleen"]}, "advice": ["a"]}]
    situation = Situation(signaal=frozenset({"boos", "alleen"}))
    assert plan_for(situation, [advice("a")], rules).slugs() == ["a"]
    assert plan_for(Situation(signaal=frozenset({"boos"})), [advice("a")], rules).slugs() == []


def test_unless_switches_a_rule_off_when_any_of_its_conditions_holds():
    rules = [{"slug": "r", "unless": {"leeftijd": ["0-3"], "rol": ["justitie"]}, "advice": ["a"]}]
    assert plan_for(Situation(rol="school"), [advice("a")], rules).slugs() == ["a"]
    assert plan_for(Situation(rol="justitie"), [advice("a")], rules).slugs() == []
    assert plan_for(Situation(leeftijd="0-3"), [advice("a")], rules).slugs() == []


def test_an_excluded_tag_removes_advice_whichever_rule_selected_it():
    records = [advice("bezoek", tags=["contact"]), advice("veilig")]
    rules = [
        {"slug": "altijd", "advice": ["bezoek"], "priority": 1},
        {
            "slug": "veiligheid",
            "when": {"contact": ["niet-in-belang"]},
            "advice": ["veilig"],
            "exclude_tags": ["contact"],
        },
    ]
    assert plan_for(Situation(), records, rules).slugs() == ["bezoek"]
    assert plan_for(Situation(contact="niet-in-belang"), records, rules).slugs() == ["veilig"]


def test_advice_chosen_by_two_rules_gets_the_highest_priority_and_both_reasons():
    rules = [
        {"slug": "r1", "advice": ["a"], "priority": 3, "reason": "Voor elk kind."},
        {
            "slug": "r2",
            "when": {"signaal": ["alleen"]},
            "advice": ["a"],
            "priority": 1,
            "reason": "Het kind voelt zich alleen.",
        },
    ]
    entry = plan_for(Situation(signaal=frozenset({"alleen"})), [advice("a")], rules).entries()[0]
    assert entry.priority == 1
    assert entry.reasons == ("Voor elk kind.", "Het kind voelt zich alleen.")


def test_entries_are_ordered_by_priority_then_by_their_order_in_the_file():
    records = [advice("a"), advice("b"), advice("c")]
    rules = [
        {"slug": "laag", "advice": ["a", "b"], "priority": 3},
        {"slug": "hoog", "advice": ["c"], "priority": 1},
    ]
    assert plan_for(Situation(), records, rules).slugs() == ["c", "a", "b"]


def test_sections_follow_the_fixed_order_and_empty_ones_are_left_out():
    records = [advice("praat", section="praten"), advice("speelt", section="wat-speelt")]
    plan = plan_for(Situation(), records, [{"slug": "r", "advice": ["praat", "speelt"]}])
    assert [section.key for section in plan.sections] == ["wat-speelt", "praten"]


def test_the_role_text_replaces_the_general_text_for_that_role_only():
    records = [advice("a", roles={"school": "Tekst voor school"})]
    rules = [{"slug": "r", "advice": ["a"]}]
    assert (
        plan_for(Situation(rol="school"), records, rules).entries()[0].text == "Tekst voor school"
    )
    assert plan_for(Situation(rol="justitie"), records, rules).entries()[0].text == "a tekst"
    assert plan_for(Situation(), records, rules).entries()[0].text == "a tekst"


def test_resources_bases_and_sources_are_listed_once_in_order_of_first_mention():
    records = [
        advice("a", basis="k1", resources=["r2", "r1"], sources=["s1"]),
        advice("b", basis="k1", resources=["r1", "r3"], sources=["s1", "s2"]),
    ]
    plan = plan_for(Situation(), records, [{"slug": "r", "advice": ["a", "b"]}])
    assert plan.resources() == ["r2", "r1", "r3"]
    assert plan.bases() == ["k1"]
    assert plan.sources() == ["s1", "s2"]


def test_a_rule_naming_advice_that_is_not_there_is_ignored():
    plan = plan_for(Situation(), [advice("a")], [{"slug": "r", "advice": ["weg", "a"]}])
    assert plan.slugs() == ["a"]
