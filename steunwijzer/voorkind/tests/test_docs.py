"""Every field of the booklet, child-page and help-line files, and every booklet code, is in
the docs."""

import re
from pathlib import Path

import pytest

from steunwijzer.voorkind.choice import CODES
from steunwijzer.voorkind.content import (
    BOOKLET_FIELDS,
    BOOKLET_KINDS,
    CHILD_PAGE_FIELDS,
    HELPLINE_FIELDS,
    RULE_FIELDS,
)

DOCS = Path(__file__).resolve().parents[3] / "docs"
BEZOEK = (DOCS / "bezoek.md").read_text(encoding="utf-8")
KINDEREN = (DOCS / "voor-kinderen.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "fields, doc",
    [
        (BOOKLET_FIELDS, BEZOEK),
        (RULE_FIELDS, BEZOEK),
        (CHILD_PAGE_FIELDS, KINDEREN),
        (HELPLINE_FIELDS, KINDEREN),
    ],
)
def test_every_field_is_documented(fields, doc):
    for field in fields:
        assert re.search(rf"^\s*-? ?{field.name}:", doc, re.M), field.name


def test_every_code_and_kind_is_documented():
    for parameter, values in CODES.items():
        assert f"`{parameter}`" in BEZOEK, parameter
        for value in values:
            assert f"`{value}`" in BEZOEK, (parameter, value)
    for kind in BOOKLET_KINDS:
        assert kind in BEZOEK, kind
