"""The support plan's content reader: advice and rules from content/steunplan/.

Pure: no Django. `read_plan` checks the two files against their fields and against the
core content (knowledge items, resources, sources) and returns a `PlanContent` of typed
records; every problem names file, item and field. `steunwijzer/load.py` calls it after
the core content is valid. The format is documented in docs/steunplan.md.
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from steunwijzer.content.loading import Content, read_records
from steunwijzer.content.records import build
from steunwijzer.content.schema import SLUG, ContentError, Field, slug_field

from .rules import ADVICE_TOOLS, SECTIONS, TAGS, Rules, build_rules
from .validation import validate_plan

FOLDER = "steunplan"
ADVICE_FIELDS = [
    slug_field(),
    Field("section", str, choices=frozenset(SECTIONS)),
    Field("title", str, max_length=120),
    Field("body", str),
    Field("roles", dict, required=False, default=None),
    Field("basis", str, pattern=SLUG),
    Field("resources", list, required=False, pattern=SLUG),
    Field("sources", list, required=False, pattern=SLUG),
    Field("source_sections", dict, required=False, default=None),
    Field("tags", list, required=False, choices=frozenset(TAGS)),
    Field("child_pages", list, required=False, pattern=SLUG),
    Field("tools", list, required=False, choices=ADVICE_TOOLS),
]
RULE_FIELDS = [
    slug_field(),
    Field("reason", str, required=False, default="", max_length=200),
    Field("when", dict, required=False, default=None),
    Field("unless", dict, required=False, default=None),
    Field("advice", list, required=False, pattern=SLUG),
    Field("priority", int, required=False, default=2),
    Field("exclude_tags", list, required=False, choices=frozenset(TAGS)),
]
FILES = {"advice": ADVICE_FIELDS, "rules": RULE_FIELDS}
ADVICE_FILE = f"{FOLDER}/advice.yaml"


@dataclass(frozen=True)
class AdviceRecord:
    """One advice as the file has it; `roles` is None when the file gives no role texts."""

    slug: str
    section: str
    title: str
    body: str
    roles: Mapping[str, Any] | None
    basis: str
    resources: tuple[str, ...]
    sources: tuple[str, ...]
    source_sections: Mapping[str, Any] | None  # the section of a source in `sources`
    tags: tuple[str, ...]
    child_pages: tuple[str, ...]
    tools: tuple[str, ...]


@dataclass(frozen=True)
class RuleRecord:
    """One rule as the file has it; `when` and `unless` are None when not given."""

    slug: str
    reason: str
    when: Mapping[str, Any] | None
    unless: Mapping[str, Any] | None
    advice: tuple[str, ...]
    priority: int
    exclude_tags: tuple[str, ...]


@dataclass(frozen=True)
class PlanContent:
    """The validated records of content/steunplan/, in file order."""

    advice: tuple[AdviceRecord, ...] = ()
    rules: tuple[RuleRecord, ...] = ()

    def as_rules(self) -> Rules:
        """The records as the pure domain objects `recommend` takes."""
        return build_rules(
            advice=[asdict(advice) for advice in self.advice],
            rules=[asdict(rule) for rule in self.rules],
        )


RECORDS = {"advice": AdviceRecord, "rules": RuleRecord}


def read_plan(*, path: Path, content: Content, errors: list[ContentError]) -> PlanContent:
    """The plan content below `path`; every problem in it goes to `errors`.

    `content` must be valid: advice rests on its knowledge items. A content folder without
    `steunplan/` has no support plan: that is not an error (the test folders of the
    knowledge base are such folders).
    """
    folder = path / FOLDER
    if not folder.is_dir():
        return PlanContent()
    found: list[ContentError] = []
    names = _names()
    plan = PlanContent(
        **{
            key: tuple(
                build(RECORDS[key], values)
                for values in read_records(
                    folder / f"{key}.yaml", key, fields, found, name=names[key]
                )
            )
            for key, fields in FILES.items()
        }
    )
    if not found:
        found += validate_plan(plan=plan, content=content, files=names)
    errors += found
    return plan


def _names() -> dict[str, str]:
    return {key: f"{FOLDER}/{key}.yaml" for key in FILES}
