"""The real advice and rules (content/steunplan/): what each answer brings into the plan,
what it keeps out, and the safeguarding and relief branches. Pure: files, no database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.plan.rules import Plan, recommend
from steunwijzer.plan.situation import CODES, MULTIPLE, Situation, parse_query

CONTACT_RESOURCES = {
    "rutgers-tips-bezoek-aan-ouder",
    "exodus-ouders-kinderen-en-detentie",
    "project-ouder-in-detentie",
    "gezinsbenadering",
    "betere-start",
}

# (query, advice that appears -> its priority or None for any, advice that never appears)
CASES = [
    ("rol=school", {"school-rol": 2, "school-inlichten-steun": 2, "meldcode": 1}, set()),
    ("rol=jeugdprofessional", {"actieve-ouderrol": 3, "niet-meteen-onveilig": 3}, {"school-rol"}),
    ("rol=vrijwilliger", {"vertrouwenspersoon": 1, "routines": 3}, {"school-rol"}),
    (
        "rol=verzorger",
        {"routines": 2, "let-op-problemen-thuis": 2},
        {"niet-meteen-onveilig", "meldcode"},
    ),
    ("rol=justitie", {"actieve-ouderrol": 2, "ouderrol": 2}, {"school-rol", "kindcheck"}),
    (
        "rol=justitie&fase=aanhouding",
        {"kindcheck": 1, "trauma-aanhouding": 1, "meldcode": 1},
        {"actieve-ouderrol"},
    ),
    ("rol=verzorger&leeftijd=0-3", {}, {"school-kan-steunen"}),
    (
        "rol=school&leeftijd=0-3",
        {"jong-kind": 1},
        {"school-rol", "begrip-in-de-klas", "betrek-ouder", "netwerkkaart", "openheid"},
    ),
    ("rol=verzorger&leeftijd=4-7", {"school-rol": 3}, {"jong-kind"}),
    ("rol=verzorger&leeftijd=8-11", {"school-rol": 3}, set()),
    ("rol=verzorger&leeftijd=12-17", {"school-rol": 3}, set()),
    ("leeftijd=12-17", {"jongere-eigen-stem": 2, "jongere-privacy-online": 2}, set()),
    ("leeftijd=4-7", {}, {"jongere-eigen-stem", "jongere-privacy-online"}),
    ("leeftijd=0-3", {}, {"jongere-eigen-stem", "jongere-privacy-online"}),
    ("ouder=anders", {"andere-ouderfiguur": 2}, {"moeder-zorgt-verder"}),
    ("ouder=vader", {}, {"andere-ouderfiguur"}),
    ("rol=verzorger&leeftijd=18+", {}, {"school-rol", "routines"}),
    ("ouder=vader", {"moeder-zorgt-verder": 3}, {"anderen-nemen-zorg-over", "onderzoek-vaders"}),
    (
        "ouder=moeder",
        {"anderen-nemen-zorg-over": 2, "onderzoek-vaders": 2},
        {"moeder-zorgt-verder"},
    ),
    ("ouder=moeder&rol=justitie", {"opvoedsteun-moeder": 2, "moeders-achtergrond": 2}, set()),
    ("ouder=beide", {"anderen-nemen-zorg-over": 2, "grootouders-broers-zussen": 2}, set()),
    (
        "ouder=anders&rol=justitie",
        {},
        {
            "moeder-zorgt-verder",
            "anderen-nemen-zorg-over",
            "onderzoek-vaders",
            "opvoedsteun-moeder",
        },
    ),
    ("fase=aanhouding", {"nare-beelden": 1, "openheid": 1}, {"vrijlating-spanning"}),
    ("fase=voorarrest", {"onzekere-rechtszaak": 1, "band-ouder-kind": 2}, {"blijf-steunen"}),
    ("fase=detentie", {"ambigu-verlies": 2, "band-ouder-kind": 2}, {"onzekere-rechtszaak"}),
    ("fase=vrijlating", {"vrijlating-spanning": 1, "blijf-steunen": 1}, {"band-ouder-kind"}),
    ("fase=na-vrijlating", {"blijf-steunen": 1, "familie-na-vrijlating": 1}, {"band-ouder-kind"}),
    ("gebeurtenis=getuige-aanhouding", {"trauma-aanhouding": 1, "nare-beelden": 1}, set()),
    ("gebeurtenis=verhuizing", {"verhuizen": 1, "routines": 1}, set()),
    ("gebeurtenis=strafproces", {"onzekere-rechtszaak": 1}, set()),
    ("gebeurtenis=pesten", {"gepest": 1, "uitsluiting": 1, "let-op-vooroordelen": 1}, set()),
    ("gebeurtenis=bezoek", {"bezoek-zwaar": 1, "bezoek-voorbereiden": 1}, set()),
    ("gebeurtenis=gemis", {"missen": 1, "reactie-als-rouw": 1}, set()),
    ("contact=regelmatig", {"band-ouder-kind": 2, "bezoek-voorbereiden": 2}, {"recht-op-contact"}),
    ("contact=weinig", {"recht-op-contact": 2, "band-ouder-kind": 2}, set()),
    ("contact=geen", {"geen-contact-wel-praten": 1, "recht-op-contact": 2}, {"band-ouder-kind"}),
    (
        "contact=niet-in-belang",
        {"contact-niet-in-belang": 1, "zorgen-veiligheid": 1, "geen-contact-wel-praten": 1},
        {"recht-op-contact", "veilig-thuis"},
    ),
    (
        "contact=niet-in-belang&rol=school&gebeurtenis=bezoek",
        {"meldcode": 1, "contact-niet-in-belang": 1, "bezoek-niet-in-belang": 1},
        {"veilig-thuis", "zorgen-veiligheid", "bezoek-voorbereiden"},
    ),
    (
        "thuis=huiselijk-geweld&rol=school",
        {"veilig-thuis": 1},
        {"niet-meteen-onveilig", "betrek-ouder"},
    ),
    ("thuis=financien", {"let-op-problemen-thuis": 1, "bron-van-stress": 1}, set()),
    ("thuis=instabiel", {"minder-stabiel": 1, "routines": 1}, set()),
    ("thuis=pleeggezin", {"loyaal": 1, "grootouders-broers-zussen": 1}, set()),
    (
        "thuis=onrust-voor-detentie",
        {"opluchting": 1, "niet-alleen-negatief": 1},
        {"positieve-ouder"},
    ),
    ("thuis=positief-betrokken", {"positieve-ouder": 1, "band-ouder-kind": 1}, {"opluchting"}),
    ("signaal=stil", {"let-op-gedrag": 1, "erover-zwijgen": 1}, set()),
    ("signaal=boos", {"let-op-gedrag": 1, "reactie-als-rouw": 1}, set()),
    ("signaal=verdriet", {"stil-verdriet": 1, "reactie-als-rouw": 1}, set()),
    ("signaal=angst", {"nare-beelden": 1, "bang-andere-ouder": 1}, set()),
    ("signaal=school", {"let-op-schoolwerk": 1, "school-rol": 2}, set()),
    ("signaal=zorgt-voor-ouder", {"let-op-zorgen-voor-ouder": 1}, set()),
    ("signaal=schaamte", {"schaamte-en-stigma": 1, "niet-de-enige": 1}, set()),
    ("signaal=alleen", {"alleen-dragen": 1, "netwerkkaart": 1}, set()),
    ("rol=verzorger&leeftijd=4-7&weet=nee", {"vertellen-jong": 1}, {"vertellen"}),
    ("rol=verzorger&leeftijd=12-17&weet=deels", {"vertellen": 1}, {"vertellen-jong"}),
    ("rol=school&weet=onbekend", {"openheid": 1}, {"vertellen", "vertellen-jong"}),
    (
        "rol=school&leeftijd=12-17&weet=nee",
        {"openheid": 1, "jongere-eigen-stem": 2},
        {"jongere-privacy-online", "niet-de-enige", "begrip-in-de-klas"},
    ),
    ("rol=verzorger&weet=ja", {"openheid": 2}, {"vertellen", "vertellen-jong"}),
    (
        "thuis=onrust-voor-detentie&rol=school",
        {"onrust-veiligheid": 1, "meldcode": 1},
        {"niet-meteen-onveilig", "zorgen-veiligheid"},
    ),
    (
        "fase=vrijlating&thuis=huiselijk-geweld&rol=verzorger",
        {"veiligheidsplan-vrijlating": 1, "veilig-thuis": 1},
        {"band-ouder-kind"},
    ),
]


def plan_for(query: str, rules) -> Plan:
    parsed = parse_query(query)
    assert parsed.problems == [], query
    return recommend(situation=parsed.situation, rules=rules)


def priorities(plan: Plan) -> dict[str, int]:
    return {entry.advice.slug: entry.priority for entry in plan.entries()}


@pytest.mark.parametrize(("query", "appears", "never"), CASES, ids=[case[0] for case in CASES])
def test_each_answer_brings_its_advice_and_keeps_out_what_does_not_fit(
    query, appears, never, real_rules
):
    found = priorities(plan_for(query, real_rules))
    assert {slug: found.get(slug) for slug in appears} == appears
    assert never.isdisjoint(found)


def test_every_answer_of_the_contract_has_a_rule_test():
    tested = {pair for query, _, _ in CASES for pair in parse_query(query).situation.pairs()}
    assert tested == {(name, value) for name, values in CODES.items() for value in values}


@pytest.mark.parametrize(
    ("role", "wording"),
    [
        ("school", "Dat kun jij zijn, of een collega."),
        ("jeugdprofessional", "Dat kun jij zijn, of een andere professional"),
        ("vrijwilliger", "Als vrijwilliger kun jij de vaste vertrouwenspersoon"),
        ("verzorger", "naast jou een vaste vertrouwenspersoon"),
        ("justitie", "Vraag na of het kind een vaste vertrouwenspersoon heeft"),
    ],
)
def test_the_advice_is_worded_for_the_chosen_role(role, wording, real_rules):
    entry = next(
        e
        for e in plan_for(f"rol={role}", real_rules).entries()
        if e.advice.slug == "vertrouwenspersoon"
    )
    assert wording in entry.text


def test_a_situation_without_answers_gets_the_advice_for_every_child(real_rules):
    found = priorities(plan_for("", real_rules))
    assert {"ingrijpende-ervaring", "vertrouwenspersoon", "openheid", "let-op-gedrag"} <= set(found)
    assert "veilig-thuis" not in found and "opluchting" not in found


@pytest.mark.parametrize("query", ["contact=niet-in-belang", "thuis=huiselijk-geweld"])
def test_plan_never_suggests_contact_or_visits_in_the_safeguarding_branch(query, real_rules):
    everything = (
        f"{query}&rol=school&fase=detentie&gebeurtenis=bezoek&thuis=positief-betrokken&ouder=moeder"
    )
    plan = plan_for(everything, real_rules)
    assert not any("contact" in entry.advice.tags for entry in plan.entries())
    assert CONTACT_RESOURCES.isdisjoint(plan.resources())
    assert {
        "bezoek-voorbereiden",
        "band-ouder-kind",
        "betrek-ouder",
        "recht-op-contact",
    }.isdisjoint(plan.slugs())


@pytest.mark.parametrize("role", ["school", "jeugdprofessional", "justitie"])
def test_violence_points_professionals_to_the_aandachtsfunctionaris_and_veilig_thuis(
    role, real_rules
):
    plan = plan_for(f"rol={role}&thuis=huiselijk-geweld", real_rules)
    safety = next(s for s in plan.sections if s.key == "veiligheid")
    assert plan.sections[0] == safety
    assert [e.advice.slug for e in safety.entries] == ["meldcode", "veilig-thuis"]
    meldcode, violence = safety.entries
    assert "Meldcode" in meldcode.text and "aandachtsfunctionaris" in meldcode.text
    assert "Meldcode" not in violence.text
    assert "0800-2000" in violence.text and "112" in violence.text


def test_a_school_names_the_intern_begeleider_too(real_rules):
    plan = plan_for("rol=school&contact=niet-in-belang", real_rules)
    meldcode = next(e for e in plan.entries() if e.advice.slug == "meldcode")
    assert meldcode.text.startswith("Heb je zorgen over de veiligheid van het kind?")
    assert "intern begeleider" in meldcode.text


@pytest.mark.parametrize("role", ["verzorger", "vrijwilliger"])
def test_safeguarding_gives_carers_and_volunteers_the_number_of_veilig_thuis(role, real_rules):
    entry = next(
        e
        for e in plan_for(f"rol={role}&contact=niet-in-belang", real_rules).entries()
        if e.advice.slug == "zorgen-veiligheid"
    )
    assert "Veilig Thuis" in entry.text and "0800-2000" in entry.text and "112" in entry.text
    assert "Meldcode" not in entry.text


def test_plan_says_detention_can_bring_relief_when_the_parent_caused_unrest(real_rules):
    plan = plan_for("rol=verzorger&thuis=onrust-voor-detentie&thuis=huiselijk-geweld", real_rules)
    relief = next(e for e in plan.entries() if e.advice.slug == "opluchting")
    assert relief.priority == 1 and relief.advice.basis == "opluchting-rust-en-regelmaat"
    assert "opluchting" in relief.text and "rust en regelmaat" in relief.text


def test_relief_is_not_mentioned_without_unrest_before_the_detention(real_rules):
    assert (
        "opluchting" not in plan_for("rol=verzorger&thuis=positief-betrokken", real_rules).slugs()
    )


def test_every_rule_matches_the_situation_its_conditions_describe(real_rules):
    for rule in real_rules.rules:
        situation = Situation()
        for name, values in rule.when.items():
            situation = situation.with_answer(name, sorted(values)[:1])
        assert rule.matches(situation), rule.slug


def test_every_advice_item_appears_in_the_plan_of_some_situation(real_rules):
    shown = set()
    for rule in real_rules.rules:
        situation = Situation()
        for name, values in rule.when.items():
            situation = situation.with_answer(name, sorted(values)[:1])
        shown |= set(recommend(situation=situation, rules=real_rules).slugs())
    assert shown == set(real_rules.advice)


def situations(*, safeguarding: bool = False):
    single = {n: st.sampled_from(["", *CODES[n]]) for n in CODES if n not in MULTIPLE}
    multiple = {n: st.frozensets(st.sampled_from(list(CODES[n]))) for n in MULTIPLE}
    built = st.builds(Situation, **single, **multiple)
    if safeguarding:
        built = built.filter(lambda s: s.safeguarding)
    return built


@given(situation=situations(safeguarding=True))
def test_no_safeguarding_situation_ever_gets_contact_advice(real_rules, situation):
    plan = recommend(situation=situation, rules=real_rules)
    assert not any("contact" in entry.advice.tags for entry in plan.entries())
    assert CONTACT_RESOURCES.isdisjoint(plan.resources())
    assert plan.sections[0].key == "veiligheid"


@given(situation=situations())
def test_every_plan_has_the_basics_and_every_entry_a_reason(real_rules, situation):
    plan = recommend(situation=situation, rules=real_rules)
    basics = {"vertrouwenspersoon", "jong-kind" if situation.leeftijd == "0-3" else "openheid"}
    assert basics <= set(plan.slugs())
    assert all(entry.reasons for entry in plan.entries())
