"""The visit form's questions: content/bezoek/vragen.yaml, read and checked. Pure: no Django.

The file holds one question per parameter of the booklet (`leeftijd`, `ouder`, `vorm`,
`eerste`, `contact`); a missing, unknown or empty one is an error naming file and field. The
questions travel to the database as flat keys (`bezoek.<parameter>.question`) and come back
through `question`. The answers' labels are the vocabulary's (steunwijzer/vocabulary.py).
The format is documented in docs/content-format.md, "Texts".
"""

from collections.abc import Mapping
from pathlib import Path

from steunwijzer.content.loading import keyed_texts, read_optional_mapping
from steunwijzer.content.schema import Checker, ContentError

from .choice import PARAMETERS

FILE = "bezoek/vragen.yaml"
PREFIX = "bezoek."


def read_visit_questions(*, path: Path) -> tuple[dict[str, str], list[ContentError]]:
    """The form's questions as flat keys, and every problem (none without the file)."""
    errors: list[ContentError] = []
    data = read_optional_mapping(path, FILE, errors)
    if data is None:
        return {}, errors
    checker = Checker(FILE)
    for name in data:
        if name != "questions":
            checker.error("-", str(name), "unknown field")
    found = keyed_texts(
        checker, data.get("questions"), PARAMETERS, item="-", field_name="questions"
    )
    texts = {f"{PREFIX}{name}.question": text for name, text in found.items()}
    return (texts if not checker.errors else {}), errors + checker.errors


def question(texts: Mapping[str, str], parameter: str) -> str:
    """The question for `parameter`; its code name for content without the file (a test
    folder), never an error."""
    return texts.get(f"{PREFIX}{parameter}.question", parameter)
