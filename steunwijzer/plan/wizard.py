"""The wizard's questions and the way through them (pure: no Django).

The answers travel in the query string; nothing is kept on the server. A submitted step
carries `vraag` (the question answered) and `ga` (verder, terug or overslaan); the view
then redirects to the step named by `stap`. `wijzig=ja` marks a change made from the
summary, which returns there.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from .situation import CODES, MULTIPLE, Situation

SUMMARY = "overzicht"
ACTIONS = frozenset({"verder", "terug", "overslaan"})


def _always(situation: Situation) -> bool:
    return True


def _contact_is_known(situation: Situation) -> bool:
    # Just after the arrest there is no pattern of contact yet to describe.
    return situation.fase != "aanhouding"


@dataclass(frozen=True)
class Step:
    """One question: the parameter it sets, how it is asked and why."""

    name: str
    question: str
    why: str
    required: bool = False
    applies: Callable[[Situation], bool] = _always

    @property
    def multiple(self) -> bool:
        return self.name in MULTIPLE

    @property
    def hint(self) -> str:
        if self.multiple:
            return "Kies alles wat past. Past niets? Ga dan verder zonder iets aan te kruisen."
        return "Kies één antwoord." if self.required else "Kies één antwoord, of sla de vraag over."


STEPS = (
    Step(
        "rol",
        "Wat is jouw rol?",
        "Het plan geeft advies dat past bij wat jij kunt doen. Een leerkracht kan andere "
        "dingen doen dan een pleegouder of iemand die in de gevangenis werkt.",
        required=True,
    ),
    Step(
        "leeftijd",
        "Hoe oud is het kind?",
        "Niet elk advies past bij elke leeftijd. Zo krijg je alleen tips voor school als het "
        "kind in de schoolleeftijd is.",
    ),
    Step(
        "ouder",
        "Welke ouder zit of zat in de gevangenis?",
        "Het maakt verschil of het om de vader, de moeder of allebei gaat. Als de moeder vastzit, "
        "nemen vaak anderen de zorg voor het kind over.",
    ),
    Step(
        "fase",
        "Hoe ver is het nu?",
        "Elke fase vraagt iets anders. Vlak na de aanhouding is er veel onzekerheid. Rond de "
        "vrijlating kan er nieuwe spanning komen.",
    ),
    Step(
        "gebeurtenis",
        "Heeft het kind iets meegemaakt dat extra zwaar kan zijn?",
        "Sommige gebeurtenissen kunnen een kind extra raken, zoals erbij zijn bij de aanhouding "
        "of gepest worden. Het plan geeft daar dan extra aandacht aan.",
    ),
    Step(
        "contact",
        "Hoe is het contact tussen het kind en de ouder die vastzit?",
        "Contact met de ouder kan het kind helpen, maar niet altijd. Is contact niet in het "
        "belang van het kind? Dan raadt het plan geen contact of bezoek aan.",
        applies=_contact_is_known,
    ),
    Step(
        "thuis",
        "Wat speelt er thuis?",
        "De situatie thuis bepaalt veel. Zijn er zorgen over de veiligheid? Dan wijst het plan "
        "je de weg naar Veilig Thuis. En soms brengt de detentie juist rust.",
    ),
    Step(
        "signaal",
        "Wat zie je aan het kind?",
        "Wat je ziet, helpt om te kiezen waar je op let en wat je doet. Kinderen laten hun "
        "gevoelens op verschillende manieren zien: sommige worden stil, andere boos.",
    ),
)
BY_NAME = {step.name: step for step in STEPS}
STEP_NAMES = frozenset(BY_NAME) | {SUMMARY}
# The parameters of the wizard beside the situation codes, with their allowed values.
WIZARD_PARAMETERS = {
    "stap": STEP_NAMES,
    "vraag": frozenset(BY_NAME),
    "ga": ACTIONS,
    "wijzig": frozenset({"ja"}),
}


def steps_for(situation: Situation) -> list[Step]:
    """The questions that apply to this situation, in order."""
    return [step for step in STEPS if step.applies(situation)]


def position(name: str, situation: Situation) -> tuple[int, int]:
    """'Stap x van y' for a step name (the summary is the last step)."""
    names = [s.name for s in STEPS if s.applies(situation) or s.name == name] + [SUMMARY]
    return names.index(name) + 1, len(names)


def current(name: str, situation: Situation, *, changing: bool = False) -> str:
    """The step to show for `stap`: the step itself, or the next one if it does not apply.

    A change asked for from the summary shows the step even then: an earlier answer to it
    is kept, so it must stay changeable.
    """
    if name == SUMMARY or changing or BY_NAME[name].applies(situation):
        return name
    return following(name, situation)


def following(name: str, situation: Situation) -> str:
    later = STEPS[[step.name for step in STEPS].index(name) + 1 :]
    return next((step.name for step in later if step.applies(situation)), SUMMARY)


def preceding(name: str, situation: Situation) -> str | None:
    if name == SUMMARY:
        return steps_for(situation)[-1].name
    earlier = STEPS[: [step.name for step in STEPS].index(name)]
    return next((s.name for s in reversed(earlier) if s.applies(situation)), None)


def submit(
    *, situation: Situation, name: str, action: str, changing: bool
) -> tuple[Situation, str]:
    """The answers after a step was submitted, and the step to go to next."""
    if action == "overslaan":
        situation = situation.with_answer(name, [])
    if changing:
        return situation, SUMMARY
    if action == "terug":
        return situation, preceding(name, situation) or name
    return situation, following(name, situation)


def missing_answer(*, situation: Situation, name: str, action: str) -> bool:
    """True when a required question is left open (or skipped) while going forward."""
    skipped = action == "overslaan" or not situation.values(name)
    return BY_NAME[name].required and action != "terug" and skipped


def step_url(situation: Situation, name: str, *, changing: bool = False) -> str:
    """The query string (with '?') of a step, carrying every answer."""
    pairs = [*situation.pairs(), ("stap", name)] + ([("wijzig", "ja")] if changing else [])
    return "?" + urlencode(pairs)


def options(name: str, situation: Situation) -> list[tuple[str, str, bool]]:
    """The answers to a question: value, label and whether it is chosen."""
    chosen = situation.values(name)
    return [(value, label, value in chosen) for value, label in CODES[name].items()]
