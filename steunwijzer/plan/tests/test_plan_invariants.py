"""Properties of every plan, over the whole space of answers, on the real rule files
(issue 10, sections 1-3). Hypothesis draws situations from every code of the contract;
small sub-spaces that matter most are also run exhaustively. Pure: files, no database."""

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.plan.rules import BEGIN, FULL, Plan, layout, recommend, sentences
from steunwijzer.plan.situation import CODES, MULTIPLE, Situation

PROFESSIONALS = {"school", "jeugdprofessional", "justitie"}
CONTACT_RESOURCES = {
    "rutgers-tips-bezoek-aan-ouder",
    "exodus-ouders-kinderen-en-detentie",
    "project-ouder-in-detentie",
    "gezinsbenadering",
    "betere-start",
}
EXODUS = {"exodus-ouders-kinderen-en-detentie", "project-ouder-in-detentie", "gezinsbenadering"}

# A sentence about this child's one parent ("je vader", "de moeder"), not "de vader of moeder".
ONE_PARENT = re.compile(
    r"\b(je|jouw|zijn|haar|de)\s+(vader|moeder|papa|mama)\b(?!\s+(of|en)\b)", re.I
)
YOUNG_PERSON = {"jongere-eigen-stem", "jongere-privacy-online"}
# Words that only fit a child who knows its parent is detained: agreeing with it who may
# know, telling it that many children have a parent in prison.
ASSUMES_KNOWING = re.compile(
    r"wie (het|wat) mag weten|wat hij er zelf over deelt|kinderen van wie de vader of moeder"
    r" in de gevangenis zit|niet de enige is|met het kind en de ouder af",
    re.I,
)
# A promise to keep something to oneself, and the exception it must carry.
CONFIDENTIAL = re.compile(r"niet verder|zonder overleg|geheim|vertrouwelijk", re.I)
SAFETY_FIRST = re.compile(r"veiligheid gaat voor|gaat veiligheid voor", re.I)

single = {n: st.sampled_from(["", *CODES[n]]) for n in CODES if n not in MULTIPLE}
multiple = {n: st.frozensets(st.sampled_from(list(CODES[n]))) for n in MULTIPLE}
situations = st.builds(Situation, **single, **multiple)
MANY = settings(max_examples=500, deadline=None)


def texts(plan: Plan) -> list[str]:
    return [entry.text for entry in plan.entries()]


def tags(plan: Plan) -> set[str]:
    return {tag for entry in plan.entries() for tag in entry.advice.tags}


def check_safety(s: Situation, plan: Plan) -> None:
    slugs = set(plan.slugs())
    violence = s.has("thuis", "huiselijk-geweld")
    if s.safeguarding:
        assert "contact" not in tags(plan)
        assert CONTACT_RESOURCES.isdisjoint(plan.resources())
    if s.safeguarding or s.has("thuis", "onrust-voor-detentie") or s.rol in PROFESSIONALS:
        assert plan.sections[0].key == "veiligheid"  # the safety block comes first
    meldcode_lines = [t for t in texts(plan) if "Meldcode" in t]
    if s.rol in PROFESSIONALS:
        assert len(meldcode_lines) == 1 and "aandachtsfunctionaris" in meldcode_lines[0]
        if s.rol == "school":
            assert "intern begeleider" in meldcode_lines[0]
    else:
        assert meldcode_lines == []
    assert not any("Volg de Meldcode" in t for t in texts(plan))
    if s.contact == "niet-in-belang" and not violence:
        asks = [t for t in texts(plan) if "zorgen over de veiligheid" in t]
        assert asks, "contact not in the interest asks about safety first"
        if s.has("gebeurtenis", "bezoek"):
            assert "bezoek-niet-in-belang" in slugs
    if violence:
        assert "veilig-thuis" in slugs
        assert any("0800-2000" in t and "112" in t for t in texts(plan))
    if s.has("thuis", "onrust-voor-detentie"):
        assert "niet-meteen-onveilig" not in slugs
        assert {"onrust-veiligheid", "veilig-thuis"} & slugs
    if s.fase == "vrijlating" and violence:
        plan_text = next(
            e.text for e in plan.entries() if e.advice.slug == "veiligheidsplan-vrijlating"
        )
        assert "veiligheidsplan" in plan_text and "reclassering" in plan_text
    for entry in plan.entries():
        if entry.advice.slug == "recht-op-contact":
            assert "geen plicht" in entry.text and "belang van het kind" in entry.text


def check_situation_fits(s: Situation, plan: Plan) -> None:
    slugs = set(plan.slugs())
    if s.fase == "na-vrijlating":
        assert "bezoek" not in tags(plan)
        assert not any("de ouder in de gevangenis" in t for t in texts(plan))
    if s.ouder == "beide":
        assert "bang-andere-ouder" not in slugs
        assert not any("andere ouder" in t for t in texts(plan))
        if s.rol == "verzorger":
            assert not any("inkomen" in t for t in texts(plan))
    if s.ouder == "vader" and (s.has("thuis", "pleeggezin") or s.rol == "verzorger"):
        assert not any("zorgt de moeder vaak verder" in t for t in texts(plan))
    if s.leeftijd == "0-3":
        assert "jong-kind" in slugs
        assert not any(
            phrase in t.lower()
            for t in texts(plan)
            for phrase in ("netwerkkaart", "niet de enige", "volg het kind")
        )
    if s.leeftijd == "18+":
        assert "opvoeding" not in tags(plan)
    # 12-17: the young person's own say and privacy (also online); never for a younger child.
    # Agreeing who may know needs a young person who knows.
    if s.leeftijd == "12-17":
        assert "jongere-eigen-stem" in slugs
        assert ("jongere-privacy-online" in slugs) == (s.weet not in {"nee", "onbekend"})
    else:
        assert YOUNG_PERSON.isdisjoint(slugs)
    # A child that does not know (or may not know) is never told through this plan, and
    # nobody agrees with it about what it does not know (a school never tells it itself).
    if s.weet in {"nee", "onbekend"}:
        for entry in plan.entries():
            said = ASSUMES_KNOWING.search(f"{entry.advice.title} {entry.text}")
            assert said is None, (entry.advice.slug, said)
    # Keeping something to oneself never comes without "safety comes first" (Meldcode,
    # Veilig Thuis), least of all in a plan with safeguarding.
    for entry in plan.entries():
        if CONFIDENTIAL.search(entry.text):
            assert SAFETY_FIRST.search(entry.text), entry.advice.slug
    # A stepparent or other parent figure: its own item, and no item that assumes a father
    # or a mother.
    if s.ouder == "anders":
        assert "andere-ouderfiguur" in slugs
        for entry in plan.entries():
            said = ONE_PARENT.search(f"{entry.advice.title} {entry.text}")
            assert said is None, (entry.advice.slug, said)
    else:
        assert "andere-ouderfiguur" not in slugs
    if s.rol == "justitie" and s.fase == "aanhouding":
        assert "kindcheck" in slugs
        assert EXODUS.isdisjoint(plan.resources())
    if s.rol == "school" and s.weet in {"deels", "nee", "onbekend"} and s.leeftijd != "0-3":
        talk = next(e.text for e in plan.entries() if e.advice.slug == "openheid")
        assert "vertel je als school het kind niet zelf" in talk
    # Nor does a volunteer: the parent or carer at home tells the child.
    if s.rol == "vrijwilliger" and s.weet in {"deels", "nee", "onbekend"} and s.leeftijd != "0-3":
        talk = next(e.text for e in plan.entries() if e.advice.slug == "openheid")
        assert "vertel je het kind niet zelf" in talk
    if s.rol == "verzorger" and s.weet in {"deels", "nee", "onbekend"}:
        young = s.leeftijd in {"0-3", "4-7"}
        assert ("vertellen-jong" if young else "vertellen") in slugs
        assert ("vertellen" if young else "vertellen-jong") not in slugs
    if s.rol != "verzorger" or s.weet in {"", "ja"}:
        assert {"vertellen", "vertellen-jong"}.isdisjoint(slugs)


def check_reasons(plan: Plan) -> None:
    for entry in plan.entries():
        said = [sentence for reason in entry.reasons for sentence in sentences(reason)]
        assert len(said) == len(set(said)), entry.reasons
        for one, other in itertools.permutations(said, 2):
            assert one.rstrip(".").lower() not in other.lower(), entry.reasons


def check_layout(plan: Plan) -> None:
    parts = layout(plan)
    assert len(parts.begin) <= BEGIN
    assert len(parts.shown()) <= FULL
    grouped = [*parts.safety, *parts.begin, *parts.more, *parts.every_child, *parts.background]
    assert sorted(e.advice.slug for e in grouped) == sorted(plan.slugs())
    assert all(e.advice.section == "veiligheid" for e in parts.safety)
    assert all(
        e.advice.section in {"nu-doen", "praten", "school", "na-vrijlating"} for e in parts.begin
    )


@MANY
@given(situation=situations)
def test_every_plan_is_safe_fits_its_situation_and_is_short(real_rules, situation):
    plan = recommend(situation=situation, rules=real_rules)
    check_safety(situation, plan)
    check_situation_fits(situation, plan)
    check_reasons(plan)
    check_layout(plan)


HOME = [frozenset(), *(frozenset({v}) for v in CODES["thuis"]), frozenset(CODES["thuis"])]


@pytest.mark.parametrize("thuis", HOME, ids=lambda h: "+".join(sorted(h)) or "geen")
def test_every_role_age_parent_and_phase_exhaustively(real_rules, thuis):
    values = [["", *CODES[name]] for name in ("rol", "leeftijd", "ouder", "fase")]
    for rol, leeftijd, ouder, fase in itertools.product(*values):
        situation = Situation(
            rol=rol,
            leeftijd=leeftijd,
            ouder=ouder,
            fase=fase,
            thuis=thuis,
            contact="niet-in-belang" if fase == "detentie" else "regelmatig",
            gebeurtenis=frozenset({"bezoek"}),
            weet="nee",
        )
        plan = recommend(situation=situation, rules=real_rules)
        check_safety(situation, plan)
        check_situation_fits(situation, plan)
        check_reasons(plan)
        check_layout(plan)
