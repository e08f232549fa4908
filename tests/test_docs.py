"""Documentation as code: every field, setting and command a user meets is documented."""

import re
from pathlib import Path

import pytest

from steunwijzer.content import loading

ROOT = Path(__file__).resolve().parent.parent
CONTENT_FORMAT = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "fields",
    [
        loading.SOURCE_FIELDS,
        loading.THEME_FIELDS,
        loading.ITEM_FIELDS,
        loading.FOOTNOTE_FIELDS,
        loading.FIGURE_FIELDS,
        loading.RESOURCE_FIELDS,
    ],
)
def test_every_content_field_is_documented(fields):
    for field in fields:
        assert re.search(rf"^\s*-? ?{field.name}:", CONTENT_FORMAT, re.M), field.name


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
