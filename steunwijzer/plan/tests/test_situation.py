"""Parsing a query string into a situation: the public codes, and every kind of bad input."""

from steunwijzer.plan.situation import (
    CODES,
    MAX_PROBLEMS,
    MAX_QUERY_LENGTH,
    Situation,
    parse_query,
)
from steunwijzer.plan.wizard import WIZARD_PARAMETERS


def test_the_example_plan_url_of_the_contract_becomes_a_situation():
    parsed = parse_query("rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten")
    assert parsed.problems == []
    assert parsed.situation == Situation(
        rol="school",
        leeftijd="8-11",
        ouder="vader",
        fase="detentie",
        gebeurtenis=frozenset({"pesten"}),
    )


def test_every_code_of_the_contract_is_understood():
    for parameter, values in CODES.items():
        for value in values:
            parsed = parse_query(f"{parameter}={value}")
            assert parsed.problems == [], (parameter, value)
            assert parsed.situation.has(parameter, value)


def test_questions_with_several_answers_keep_them_all_once():
    parsed = parse_query("signaal=stil&signaal=boos&signaal=stil&thuis=financien")
    assert parsed.problems == []
    assert parsed.situation.signaal == {"stil", "boos"}
    assert parsed.situation.thuis == {"financien"}


def test_an_unknown_parameter_is_named_and_the_valid_answers_are_kept():
    parsed = parse_query("rol=school&naam=Sam")
    assert [p.message for p in parsed.problems] == ["De vraag ‘naam’ kennen we niet."]
    assert parsed.situation == Situation(rol="school")


def test_an_unknown_value_is_named_with_its_question():
    parsed = parse_query("leeftijd=9&rol=school")
    assert [p.message for p in parsed.problems] == [
        "‘9’ is geen antwoord dat we kennen bij ‘leeftijd’."
    ]
    assert parsed.situation == Situation(rol="school")


def test_a_question_with_one_answer_given_twice_is_refused_and_the_first_is_kept():
    parsed = parse_query("rol=school&rol=verzorger&fase=detentie&fase=detentie")
    assert [p.message for p in parsed.problems] == [
        "Bij ‘rol’ past maar één antwoord.",
        "Bij ‘fase’ past maar één antwoord.",
    ]
    assert parsed.situation.rol == "school"


def test_empty_values_count_as_not_answered():
    parsed = parse_query("rol=&contact=&signaal=")
    assert parsed.problems == []
    assert parsed.situation == Situation()


def test_a_very_long_query_string_is_refused():
    parsed = parse_query("rol=school&" + "x" * MAX_QUERY_LENGTH)
    assert "Het adres is veel te lang" in parsed.problems[0].message


def test_a_flood_of_problems_is_summed_up_in_one_line():
    parsed = parse_query("&".join(f"vraag{n}=x" for n in range(50)))
    assert len(parsed.problems) == MAX_PROBLEMS
    assert parsed.problems[-1].message == "En nog 41 andere fouten."


def test_echoed_input_is_shortened_and_kept_on_one_line():
    parsed = parse_query("rol=" + "a%0Ab" * 30)
    message = parsed.problems[0].message
    assert "\n" not in message and "…" in message and len(message) < 100


def test_broken_percent_encoding_is_just_an_unknown_value():
    parsed = parse_query("rol=%ff%fe&leeftijd=%E2%82")
    assert len(parsed.problems) == 2
    assert parsed.situation == Situation()


def test_the_query_of_a_situation_is_canonical_and_parses_back():
    situation = parse_query("signaal=boos&rol=justitie&signaal=angst&thuis=pleeggezin").situation
    assert situation.query() == "rol=justitie&thuis=pleeggezin&signaal=boos&signaal=angst"
    assert parse_query(situation.query()).situation == situation


def test_either_safeguarding_answer_sets_safeguarding():
    assert Situation(contact="niet-in-belang").safeguarding
    assert Situation(thuis=frozenset({"financien", "huiselijk-geweld"})).safeguarding
    assert not Situation(contact="geen", thuis=frozenset({"onrust-voor-detentie"})).safeguarding


def test_wizard_parameters_are_accepted_only_where_allowed_and_with_known_values():
    assert parse_query("rol=school&stap=leeftijd").problems != []
    parsed = parse_query("rol=school&stap=leeftijd", extra=WIZARD_PARAMETERS)
    assert parsed.problems == [] and parsed.extra == {"stap": "leeftijd"}
    assert parse_query("stap=einde", extra=WIZARD_PARAMETERS).problems != []
    assert parse_query("stap=rol&stap=fase", extra=WIZARD_PARAMETERS).problems != []


def test_the_answers_are_listed_in_question_order():
    situation = parse_query("signaal=stil&signaal=boos&rol=school").situation
    assert situation.answered() == [("rol", ["school"]), ("signaal", ["stil", "boos"])]


def test_the_answers_are_shown_with_their_topics_and_texts_from_the_content(wizard_texts):
    situation = parse_query("signaal=stil&rol=school").situation
    assert wizard_texts.answered(situation) == [
        ("Jouw rol", ["Ik werk op school of in de kinderopvang"]),
        ("Wat je ziet aan het kind", ["Het kind is stil of trekt zich terug"]),
    ]
