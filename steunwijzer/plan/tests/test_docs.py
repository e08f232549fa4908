"""Documentation as code: every field of the plan's files, every section, tag and code is in
docs/steunplan.md."""

import re
from pathlib import Path

import pytest

from steunwijzer.plan.content import ADVICE_FIELDS, RULE_FIELDS
from steunwijzer.plan.rules import SECTIONS, TAGS
from steunwijzer.plan.situation import CODES

DOC = (Path(__file__).resolve().parents[3] / "docs" / "steunplan.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fields", [ADVICE_FIELDS, RULE_FIELDS], ids=["advice", "rules"])
def test_every_field_of_the_plan_files_is_documented(fields):
    for field in fields:
        assert re.search(rf"^\s*-? ?{field.name}:", DOC, re.M), field.name


def test_every_section_and_tag_is_documented():
    for name in [*SECTIONS, *TAGS]:
        assert f"`{name}`" in DOC, name


def test_every_situation_code_is_documented():
    for parameter, values in CODES.items():
        assert f"`{parameter}`" in DOC, parameter
        for value in values:
            assert f"`{value}`" in DOC, (parameter, value)
