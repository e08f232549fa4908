"""Documentation as code: every field, setting and command a user meets is documented."""

import re
from pathlib import Path

import pytest
import yaml

from steunwijzer.content import loading
from steunwijzer.plan import content as plan_content
from steunwijzer.search import content as search_content

ROOT = Path(__file__).resolve().parent.parent
CONTENT_FORMAT = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
STEUNPLAN = (ROOT / "docs" / "steunplan.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Each kind of record: the doc, the heading of its section, where its example record sits in
# that section's YAML example, and the fields the loader accepts.
RECORD_KINDS = {
    "source": (CONTENT_FORMAT, "`content/sources.yaml`", ["sources", 0], loading.SOURCE_FIELDS),
    "theme": (CONTENT_FORMAT, "`content/themes/*.yaml`", [], loading.THEME_FIELDS),
    "item": (CONTENT_FORMAT, "`content/themes/*.yaml`", ["items", 0], loading.ITEM_FIELDS),
    "footnote": (
        CONTENT_FORMAT,
        "`content/figures.yaml`",
        ["footnotes", 0],
        loading.FOOTNOTE_FIELDS,
    ),
    "figure": (CONTENT_FORMAT, "`content/figures.yaml`", ["figures", 0], loading.FIGURE_FIELDS),
    "resource": (
        CONTENT_FORMAT,
        "`content/resources.yaml`",
        ["resources", 0],
        loading.RESOURCE_FIELDS,
    ),
    "synonym group": (
        CONTENT_FORMAT,
        "`content/zoeken/synoniemen.yaml`",
        ["groups", 0],
        search_content.GROUP_FIELDS,
    ),
    "plan advice": (
        STEUNPLAN,
        "`content/steunplan/advice.yaml`",
        ["advice", 0],
        plan_content.ADVICE_FIELDS,
    ),
    "plan rule": (
        STEUNPLAN,
        "`content/steunplan/rules.yaml`",
        ["rules", 0],
        plan_content.RULE_FIELDS,
    ),
}


def section(doc: str, heading: str) -> str:
    """The text under the one heading that contains `heading`, up to the next heading of the
    same or a higher level."""
    found = [m for m in re.finditer(r"^(#+) (.*)$", doc, re.M) if heading in m.group(2)]
    assert len(found) == 1, f"expected one heading with {heading}, found {len(found)}"
    level = len(found[0].group(1))
    rest = doc[found[0].end() :]
    following = re.search(rf"^#{{1,{level}}} ", rest, re.M)
    return rest[: following.start()] if following else rest


def documented_fields(doc: str, heading: str, path: list) -> set[str]:
    """The fields of the example record in the section's YAML example."""
    blocks = re.findall(r"^```yaml\n(.*?)^```", section(doc, heading), re.M | re.S)
    assert len(blocks) == 1, f"expected one YAML example under {heading}"
    record = yaml.safe_load(blocks[0])
    for step in path:
        record = record[step]
    return set(record)


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_content_field_is_documented_in_its_section_and_nothing_more(kind):
    doc, heading, path, fields = RECORD_KINDS[kind]
    accepted = {field.name for field in fields}
    documented = documented_fields(doc, heading, path)
    undocumented, unknown = sorted(accepted - documented), sorted(documented - accepted)
    assert not undocumented, f"{kind}: fields not documented under {heading}: {undocumented}"
    assert not unknown, f"{kind}: documented under {heading} but not accepted: {unknown}"


def test_every_environment_variable_is_documented():
    settings_code = (ROOT / "config" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'(?:environ\.get|env_bool|env_list)\(\s*"([A-Z_]+)"', settings_code))
    names.add("DATABASE_URL")
    assert names
    for name in names:
        assert f"`{name}`" in README, name


def test_every_management_command_is_documented():
    commands = ROOT.glob("steunwijzer/*/management/commands/*.py")
    for command in commands:
        if command.stem != "__init__":
            name = command.stem
            assert name in README or name in CONTENT_FORMAT, name


def test_every_make_target_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make ([a-z-]+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target
