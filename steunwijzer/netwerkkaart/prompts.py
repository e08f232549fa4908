"""The map's guidance prompts: content/netwerkkaart/teksten.yaml, read and checked. Pure.

Two lists: `prompts` (questions to ask the child while drawing) and `tips` (for the adult);
each has a question, a hint and the knowledge items (slugs) it links to, which must exist
in the knowledge base. And `findings`: the texts of what the map shows, one per key of
`guidance.FINDINGS`, each with exactly the placeholders that key fills in; and
`description`: the words of the drawing's text alternative (`wording.DESCRIPTION`). The texts
travel to the database as flat keys and come back as `Prompt`s (`from_texts`), finding texts
(`findings_from_texts`) and description words (`description_from_texts`). The format is documented in docs/content-format.md, "Texts".
"""

from collections.abc import Mapping
from pathlib import Path
from string import Formatter
from typing import Any

from steunwijzer.content.loading import Content, read_optional_mapping
from steunwijzer.content.schema import SLUG, Checker, ContentError, Field

from .guidance import FINDINGS, Prompt
from .wording import DESCRIPTION

FILE = "netwerkkaart/teksten.yaml"
PREFIX = "netwerkkaart."
KINDS = ("prompts", "tips")
FIELDS = (*KINDS, "findings", "description")
PROMPT_FIELDS = [
    Field("question", str, max_length=200),
    Field("hint", str, max_length=300),
    Field("items", list, required=False, pattern=SLUG),
    Field("kinderpagina", str, required=False, pattern=SLUG),
]
CHILD_PAGES = "voor-kinderen/paginas.yaml"  # the child pages a prompt may link to


def read_prompts(*, path: Path, content: Content) -> tuple[dict[str, str], list[ContentError]]:
    """The prompts and tips as flat keys, and every problem (none without the file)."""
    errors: list[ContentError] = []
    data = read_optional_mapping(path, FILE, errors)
    if data is None:
        return {}, errors
    checker = Checker(FILE)
    texts: dict[str, str] = {}
    for name in data:
        if name not in FIELDS:
            checker.error("-", str(name), "unknown field")
    texts.update(_keyed(checker, data.get("findings"), FINDINGS, "findings"))
    texts.update(_keyed(checker, data.get("description"), DESCRIPTION, "description"))
    items = {item.slug for item in content.items()}
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
            page = record.get("kinderpagina") or ""  # checked by `child_page_errors`
            key = f"{PREFIX}{kind}.{number:02d}."
            texts |= {key + "question": record["question"], key + "hint": record["hint"]}
            texts[key + "kinderpagina"] = page
            texts[key + "items"] = " ".join(record["items"])
    return (texts if not checker.errors else {}), errors + checker.errors


def child_page_errors(*, texts: Mapping[str, str], child_pages: set[str]) -> list[ContentError]:
    """A problem for every prompt or tip that links a child page (`kinderpagina`) that is
    not among `child_pages` (the slugs of content/voor-kinderen/paginas.yaml, as the load
    read them)."""
    checker = Checker(FILE)
    for kind in KINDS:
        for number, prompt in enumerate(from_texts(texts, kind), 1):
            if prompt.child_page and prompt.child_page not in child_pages:
                problem = f"{prompt.child_page!r} is not a page in {CHILD_PAGES}"
                checker.error(f"{kind} {number}", "kinderpagina", problem)
    return checker.errors


def _keyed(
    checker: Checker, raw: Any, spec: Mapping[str, frozenset[str]], field_name: str
) -> dict[str, str]:
    """Texts by key: one per key of `spec`, each using exactly the placeholders it names."""
    if not isinstance(raw, dict):
        checker.error("-", field_name, f"expected a mapping of texts under '{field_name}'")
        return {}
    for key in raw:
        if key not in spec:
            checker.error(field_name, str(key), "unknown key")
    texts = {}
    for key, wanted in spec.items():
        text = raw.get(key)
        if not isinstance(text, str) or not text.strip():
            checker.error(field_name, key, "needs a text")
            continue
        try:
            used = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
        except ValueError as problem:
            checker.error(field_name, key, f"has a stray brace: {problem}")
            continue
        if used != wanted:
            shown = ", ".join(f"{{{name}}}" for name in sorted(wanted)) or "no {...}"
            checker.error(field_name, key, f"must use {shown}, not {sorted(used)}")
        texts[f"{PREFIX}{field_name}.{key}"] = " ".join(text.split())
    return texts


def findings_from_texts(texts: Mapping[str, str]) -> dict[str, str]:
    """The findings' texts by key (as `guidance.what_the_map_shows` wants them)."""
    return _under(texts, "findings")


def description_from_texts(texts: Mapping[str, str]) -> dict[str, str]:
    """The words of the map's text alternative by key (as `wording.describe_map` wants them)."""
    return _under(texts, "description")


def _under(texts: Mapping[str, str], field_name: str) -> dict[str, str]:
    start = f"{PREFIX}{field_name}."
    return {key[len(start) :]: text for key, text in texts.items() if key.startswith(start)}


def from_texts(texts: Mapping[str, str], kind: str) -> tuple[Prompt, ...]:
    """The prompts (or tips) of `kind` from their flat keys, in file order."""
    start = f"{PREFIX}{kind}."
    numbers = sorted({key[len(start) :].split(".")[0] for key in texts if key.startswith(start)})
    return tuple(
        Prompt(
            texts[f"{start}{number}.question"],
            texts[f"{start}{number}.hint"],
            tuple(texts[f"{start}{number}.items"].split()),
            texts.get(f"{start}{number}.kinderpagina", ""),
        )
        for number in numbers
    )
