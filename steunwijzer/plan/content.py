"""Content extension: the support plan's advice and rules (content/steunplan/).

Pure: no Django. `read` validates the two files against their fields and against the
core content (knowledge items, resources, sources) and returns a `PlanContent`; every
problem names file, item and field. The format is documented in docs/steunplan.md.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from steunwijzer.content.loading import Content, read_records
from steunwijzer.content.schema import SLUG, ContentError, Field, slug_field

from .checks import check_plan
from .rules import SECTIONS, TAGS

NAME = "plan"
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
    Field("tags", list, required=False, choices=frozenset(TAGS)),
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


@dataclass
class PlanContent:
    """The validated records of content/steunplan/, in file order."""

    advice: list[dict[str, Any]] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)


def read(*, path: Path, content: Content) -> tuple[PlanContent, list[ContentError]]:
    """The plan content below `path`, and every problem in it.

    A content folder without `steunplan/` has no support plan: that is not an error (the
    test folders of the knowledge base are such folders).
    """
    folder = path / FOLDER
    if not folder.is_dir():
        return PlanContent(), []
    errors: list[ContentError] = []
    names = _names()
    records = {
        key: read_records(folder / f"{key}.yaml", key, fields, errors, name=names[key])
        for key, fields in FILES.items()
    }
    plan = PlanContent(**records)
    if not errors:
        errors += check_plan(plan=plan, content=content, files=names)
    return plan, errors


def _names() -> dict[str, str]:
    return {key: f"{FOLDER}/{key}.yaml" for key in FILES}
