"""The wizard's questions and the way through them (pure: no Django).

The answers travel in the query string; nothing is kept on the server. A submitted step
carries `vraag` (the question answered) and `ga` (verder, terug or overslaan); the view
then redirects to the step named by `stap`. `wijzig=ja` marks a change made from the
summary, which returns there.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from .questions import WizardTexts
from .situation import CODES, MULTIPLE, Situation

SUMMARY = "overzicht"
ACTIONS = frozenset({"verder", "terug", "overslaan"})


def _always(situation: Situation) -> bool:
    return True


@dataclass(frozen=True)
class Step:
    """One question: the parameter it sets, whether it must be answered, when it is asked.

    How it is asked, why, and the answers' texts are copy: content/steunplan/vragen.yaml
    (`questions.WizardTexts`).
    """

    name: str
    required: bool = False
    applies: Callable[[Situation], bool] = _always

    @property
    def multiple(self) -> bool:
        return self.name in MULTIPLE


STEPS = (
    Step("rol", required=True),
    Step("leeftijd"),
    Step("ouder"),
    Step("fase"),
    Step("weet"),
    Step("gebeurtenis"),
    Step("contact"),
    Step("thuis"),
    Step("signaal"),
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


def options(name: str, situation: Situation, *, texts: WizardTexts) -> list[tuple[str, str, bool]]:
    """The answers to a question: value, label and whether it is chosen."""
    chosen = situation.values(name)
    answers = texts.questions[name].answers
    return [(str(value), answers[str(value)], value in chosen) for value in CODES[name]]
