"""Each record class has exactly the fields its schema checks, and a record cannot change."""

import dataclasses

import pytest

from steunwijzer.content import loading
from steunwijzer.content.records import (
    FigureRecord,
    FootnoteRecord,
    ItemRecord,
    ResourceRecord,
    SourceRecord,
    ThemeRecord,
)
from steunwijzer.plan import content as plan_content

from .factories import minimal_content, write_content

# The fields a record has beyond its schema: a theme's items (checked as records of their
# own) and the file it came from.
BEYOND_THE_SCHEMA = {ThemeRecord: {"file"}}


@pytest.mark.parametrize(
    "record, schema",
    [
        (SourceRecord, loading.SOURCE_FIELDS),
        (ThemeRecord, loading.THEME_FIELDS),
        (ItemRecord, loading.ITEM_FIELDS),
        (FootnoteRecord, loading.FOOTNOTE_FIELDS),
        (FigureRecord, loading.FIGURE_FIELDS),
        (ResourceRecord, loading.RESOURCE_FIELDS),
        (plan_content.AdviceRecord, plan_content.ADVICE_FIELDS),
        (plan_content.RuleRecord, plan_content.RULE_FIELDS),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_record_has_the_fields_of_its_schema(record, schema):
    names = {field.name for field in dataclasses.fields(record)}
    assert names - BEYOND_THE_SCHEMA.get(record, set()) == {field.name for field in schema}


def test_records_are_frozen_and_their_lists_are_tuples(tmp_path):
    content = loading.read_valid_content(path=write_content(tmp_path, minimal_content()))
    theme = content.themes[0]
    assert theme.file == "themes/praten.yaml"
    assert isinstance(theme.items, tuple) and isinstance(theme.roles, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        theme.title = "Anders"  # type: ignore[misc]
