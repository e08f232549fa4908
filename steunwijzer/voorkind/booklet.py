"""Compose one booklet from the content and a Choice: pure, no Django.

A page or rule applies when every question in its `when` has the chosen answer among its
values (a question not answered, such as an optional `contact`, never matches a `when` on
it). Texts are chosen by age and filled in with the words for the parent.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .choice import Choice
from .content import AGE_KEYS
from .words import fill


@dataclass(frozen=True)
class Page:
    slug: str
    kind: str
    title: str
    text: list[str]  # paragraphs
    items: list[tuple[str, list[str]]]
    note: str
    picture: str
    lines: int
    drawing: bool
    sources: list[str]


@dataclass(frozen=True)
class Booklet:
    choice: Choice
    pages: list[Page]
    rules: list[Mapping[str, Any]]


def applies(when: Mapping[str, list[str]] | None, choice: Choice) -> bool:
    return all(choice.get(parameter) in values for parameter, values in (when or {}).items())


def text_for(text: Mapping[str, str], age: str) -> str:
    for key, value in text.items():
        if age in AGE_KEYS[key]:
            return value
    return ""


def paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def compose(
    *, pages: Iterable[Mapping[str, Any]], rules: Iterable[Mapping[str, Any]], choice: Choice
) -> Booklet:
    """The pages and checklist rules of this child's booklet, in content order."""
    age, ouder = choice.leeftijd, choice.ouder

    def words(text: str) -> list[str]:
        return paragraphs(fill(text, ouder))

    chosen = [
        Page(
            slug=page["slug"],
            kind=page["kind"],
            title=fill(page["title"], ouder),
            text=words(text_for(page["text"], age)),
            items=[
                (fill(item["title"], ouder), words(text_for(item["text"], age)))
                for item in page.get("items") or []
            ],
            note=fill(page["note"], ouder),
            picture=page["picture"],
            lines=page.get("lines") or 0,
            drawing=bool(page.get("drawing")),
            sources=list(page.get("sources") or []),
        )
        for page in pages
        if applies(page.get("when"), choice)
    ]
    kept = [rule for rule in rules if applies(rule.get("when"), choice)]
    return Booklet(choice=choice, pages=chosen, rules=kept)
