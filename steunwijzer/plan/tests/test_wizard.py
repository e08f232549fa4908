"""The way through the wizard's questions (pure: no Django)."""

from urllib.parse import parse_qsl

from steunwijzer.plan import wizard
from steunwijzer.plan.situation import CODES, Situation

DETAINED = Situation(rol="school", fase="detentie")
ARRESTED = Situation(rol="school", fase="aanhouding")


ORDER = ["rol", "leeftijd", "ouder", "fase", "weet", "gebeurtenis", "contact", "thuis", "signaal"]


def test_there_is_one_question_per_situation_parameter():
    assert [step.name for step in wizard.STEPS] == ORDER
    assert set(ORDER) == set(CODES)


def test_every_question_says_why_it_is_asked(wizard_texts):
    questions = [wizard_texts.questions[step.name] for step in wizard.STEPS]
    assert all(q.question.endswith("?") and len(q.why) > 40 for q in questions)


def test_the_steps_are_counted_with_the_summary_as_the_last():
    assert wizard.position("rol", DETAINED) == (1, 10)
    assert wizard.position("signaal", DETAINED) == (9, 10)
    assert wizard.position(wizard.SUMMARY, DETAINED) == (10, 10)


# Issue 10: the step count never changes halfway ("van 9" then "van 8").
def test_the_step_count_is_the_same_whatever_was_answered():
    situations = [
        Situation(),
        DETAINED,
        ARRESTED,
        Situation(fase="aanhouding", contact="niet-in-belang", leeftijd="0-3"),
        Situation(rol="verzorger", fase="na-vrijlating", weet="nee"),
    ]
    for situation in situations:
        for number, name in enumerate([*ORDER, wizard.SUMMARY], start=1):
            assert wizard.position(name, situation) == (number, 10)


def test_the_contact_question_is_asked_in_every_phase():
    assert "contact" in [step.name for step in wizard.steps_for(ARRESTED)]
    assert wizard.following("gebeurtenis", ARRESTED) == "contact"
    assert wizard.current("contact", ARRESTED) == "contact"


def test_a_kept_answer_can_still_be_changed_from_the_summary():
    kept = Situation(fase="aanhouding", contact="niet-in-belang")
    assert wizard.current("contact", kept, changing=True) == "contact"
    assert wizard.position("contact", kept) == (7, 10)


def test_going_forward_and_back_moves_one_step_and_keeps_the_answers():
    situation, target = wizard.submit(
        situation=DETAINED, name="fase", action="verder", changing=False
    )
    assert (situation, target) == (DETAINED, "weet")
    situation, target = wizard.submit(
        situation=DETAINED, name="fase", action="terug", changing=False
    )
    assert (situation, target) == (DETAINED, "ouder")
    assert (
        wizard.submit(situation=DETAINED, name="signaal", action="verder", changing=False)[1]
        == wizard.SUMMARY
    )


def test_skipping_a_question_clears_its_answer_and_moves_on():
    situation, target = wizard.submit(
        situation=DETAINED, name="fase", action="overslaan", changing=False
    )
    assert situation == Situation(rol="school") and target == "weet"


def test_a_change_made_from_the_summary_returns_to_the_summary():
    for action in ["verder", "terug", "overslaan"]:
        assert (
            wizard.submit(situation=DETAINED, name="ouder", action=action, changing=True)[1]
            == wizard.SUMMARY
        )


def test_the_role_is_required_to_go_forward_but_not_to_go_back():
    assert wizard.missing_answer(situation=Situation(), name="rol", action="verder")
    assert wizard.missing_answer(situation=DETAINED, name="rol", action="overslaan")
    assert not wizard.missing_answer(situation=DETAINED, name="rol", action="verder")
    assert not wizard.missing_answer(situation=Situation(), name="leeftijd", action="verder")


def test_the_first_question_has_no_previous_one():
    assert wizard.preceding("rol", DETAINED) is None
    assert wizard.preceding(wizard.SUMMARY, DETAINED) == "signaal"


def test_a_step_url_carries_every_answer_and_the_step():
    situation = Situation(rol="verzorger", signaal=frozenset({"stil", "boos"}))
    url = wizard.step_url(situation, "thuis", changing=True)
    assert url.startswith("?")
    assert parse_qsl(url[1:]) == [
        ("rol", "verzorger"),
        ("signaal", "stil"),
        ("signaal", "boos"),
        ("stap", "thuis"),
        ("wijzig", "ja"),
    ]


def test_options_are_every_answer_with_the_chosen_ones_marked(wizard_texts):
    situation = Situation(signaal=frozenset({"boos"}))
    options = wizard.options("signaal", situation, texts=wizard_texts)
    assert [value for value, _, _ in options] == list(CODES["signaal"])
    assert [value for value, _, chosen in options if chosen] == ["boos"]
    assert ("boos", "Het kind is boos of opstandig", True) in options
