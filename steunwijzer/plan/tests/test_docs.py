"""Documentation as code: every section, tag and code of the plan is in docs/steunplan.md.
(Every field of the plan's files: tests/test_docs.py, with the other content files.)"""

from pathlib import Path

from steunwijzer.plan.rules import SECTIONS, TAGS
from steunwijzer.plan.situation import CODES

DOC = (Path(__file__).resolve().parents[3] / "docs" / "steunplan.md").read_text(encoding="utf-8")


def test_every_section_and_tag_is_documented():
    for name in [*SECTIONS, *TAGS]:
        assert f"`{name}`" in DOC, name


def test_every_situation_code_is_documented():
    for parameter, values in CODES.items():
        assert f"`{parameter}`" in DOC, parameter
        for value in values:
            assert f"`{value}`" in DOC, (parameter, value)
