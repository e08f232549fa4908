"""The wizard's texts: content/steunplan/vragen.yaml, read, checked and shaped. Pure: no Django.

`read_questions` checks the file against the situation codes: every question of the wizard
has its question, topic and why text, and every code of its list has an answer text; an
unknown question or code is an error naming file, item and field. The texts travel to the
database as flat keys and come back as `WizardTexts` (`from_texts`).
The format is documented in docs/content-format.md, "Texts".
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from steunwijzer.content.loading import keyed_texts, read_optional_mapping
from steunwijzer.content.schema import Checker, ContentError, Field

from .situation import CODES, Situation

FILE = "steunplan/vragen.yaml"
PREFIX = "steunplan."
HINTS = ("multiple", "required", "optional")
QUESTION_FIELDS = [
    Field("parameter", str, choices=frozenset(CODES)),
    Field("question", str, max_length=200),
    Field("topic", str, max_length=60),
    Field("why", str, max_length=600),
    Field("answers", dict),
]


@dataclass(frozen=True)
class Question:
    """The texts of one question: how it is asked, its topic, why, one answer per code."""

    parameter: str
    question: str
    topic: str
    why: str
    answers: Mapping[str, str]


@dataclass(frozen=True)
class WizardTexts:
    """Every text of the wizard: the questions by parameter and the three hints."""

    questions: Mapping[str, Question]
    hints: Mapping[str, str]

    def hint(self, *, multiple: bool, required: bool) -> str:
        return self.hints["multiple" if multiple else "required" if required else "optional"]

    def answered(self, situation: Situation) -> list[tuple[str, list[str]]]:
        """Each answered question's topic with the texts of the chosen answers."""
        return [
            (self.questions[name].topic, [self.questions[name].answers[code] for code in codes])
            for name, codes in situation.answered()
        ]


def read_questions(*, path: Path) -> tuple[dict[str, str], list[ContentError]]:
    """The wizard's texts below content folder `path` as flat keys, and every problem.

    A content folder without the file has no wizard texts (test folders are such folders).
    """
    errors: list[ContentError] = []
    data = read_optional_mapping(path, FILE, errors)
    if data is None:
        return {}, errors
    checker = Checker(FILE)
    texts: dict[str, str] = {}
    for name in data:
        if name not in ("hints", "questions"):
            checker.error("-", str(name), "unknown field")
    hints = keyed_texts(checker, data.get("hints"), HINTS, item="hints", field_name="hints")
    texts |= {f"{PREFIX}hint.{name}": text for name, text in hints.items()}
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list):
        checker.error("-", "questions", "expected a list under 'questions'")
        raw_questions = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_questions, 1):
        item = raw.get("parameter") if isinstance(raw, dict) else None
        record = checker.record(raw, QUESTION_FIELDS, item=str(item or f"#{number}"))
        if record is None:
            continue
        parameter = record["parameter"]
        if parameter in seen:
            checker.error(parameter, "parameter", "this question is listed twice")
        seen.add(parameter)
        codes = tuple(str(code) for code in CODES[parameter])
        answers = keyed_texts(
            checker, record["answers"], codes, item=parameter, field_name="answers"
        )
        key = f"{PREFIX}{parameter}."
        texts |= {key + name: record[name] for name in ("question", "topic", "why")}
        texts |= {f"{key}answer.{code}": text for code, text in answers.items()}
    for parameter in CODES:
        if parameter not in seen and isinstance(data.get("questions"), list):
            checker.error(parameter, "parameter", "this question has no texts")
    return (texts if not checker.errors else {}), errors + checker.errors


def from_texts(texts: Mapping[str, str]) -> WizardTexts:
    """The wizard's texts from their flat keys (as `read_questions` made them)."""
    questions = {
        parameter: Question(
            parameter=parameter,
            question=texts[f"{PREFIX}{parameter}.question"],
            topic=texts[f"{PREFIX}{parameter}.topic"],
            why=texts[f"{PREFIX}{parameter}.why"],
            answers={str(code): texts[f"{PREFIX}{parameter}.answer.{code}"] for code in codes},
        )
        for parameter, codes in CODES.items()
    }
    return WizardTexts(questions, {name: texts[f"{PREFIX}hint.{name}"] for name in HINTS})
