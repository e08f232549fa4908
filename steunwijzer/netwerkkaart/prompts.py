"""The map's guidance prompts: content/netwerkkaart/teksten.yaml, read and checked. Pure.

Two lists: `prompts` (questions to ask the child while drawing) and `tips` (for the adult);
each has a question, a hint and the knowledge items (slugs) it links to, which must exist
in the knowledge base. The texts travel to the database as flat keys (`flatten`) and come
back as `Prompt`s (`from_texts`). The format is documented in docs/content-format.md, "Texts".
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from steunwijzer.content.loading import Content, read_yaml
from steunwijzer.content.schema import SLUG, Checker, ContentError, Field

from .guidance import Prompt

FILE = "netwerkkaart/teksten.yaml"
PREFIX = "netwerkkaart."
KINDS = ("prompts", "tips")
PROMPT_FIELDS = [
    Field("question", str, max_length=200),
    Field("hint", str, max_length=300),
    Field("items", list, required=False, pattern=SLUG),
]


def read_prompts(*, path: Path, content: Content) -> tuple[dict[str, str], list[ContentError]]:
    """The prompts and tips as flat keys, and every problem (none without the file)."""
    errors: list[ContentError] = []
    if not (path / FILE).exists():
        return {}, errors
    data: Any = read_yaml(path / FILE, errors, name=FILE)
    if data is None:
        return {}, errors
    checker = Checker(FILE)
    if not isinstance(data, dict):
        data = {}
        checker.error("-", "-", "expected a mapping with 'prompts' and 'tips'")
    for name in data:
        if name not in KINDS:
            checker.error("-", str(name), "unknown field")
    items = {item["slug"] for item in content.items()}
    texts: dict[str, str] = {}
    for kind in KINDS:
        raw_list = data.get(kind)
        if not isinstance(raw_list, list) or not raw_list:
            checker.error("-", kind, f"expected a list under '{kind}'")
            continue
        for number, raw in enumerate(raw_list, 1):
            label = f"{kind} {number}"
            record = checker.record(raw, PROMPT_FIELDS, item=label)
            if record is None:
                continue
            for slug in record["items"]:
                if slug not in items:
                    checker.error(label, "items", f"{slug!r} is not a knowledge item")
            key = f"{PREFIX}{kind}.{number:02d}."
            texts |= {key + "question": record["question"], key + "hint": record["hint"]}
            texts[key + "items"] = " ".join(record["items"])
    return (texts if not checker.errors else {}), errors + checker.errors


def from_texts(texts: Mapping[str, str], kind: str) -> tuple[Prompt, ...]:
    """The prompts (or tips) of `kind` from their flat keys, in file order."""
    start = f"{PREFIX}{kind}."
    numbers = sorted({key[len(start) :].split(".")[0] for key in texts if key.startswith(start)})
    return tuple(
        Prompt(
            texts[f"{start}{number}.question"],
            texts[f"{start}{number}.hint"],
            tuple(texts[f"{start}{number}.items"].split()),
        )
        for number in numbers
    )
