"""The load function: every tool's problems reported in one run, nothing written before."""

import pytest

from steunwijzer.content.loading import ContentInvalid
from steunwijzer.content.models import Theme
from steunwijzer.load import load

from .factories import minimal_content, write_content


def write(tmp_path, files):
    (tmp_path / "zoeken").mkdir(parents=True)
    return write_content(tmp_path, files)


def test_problems_of_the_content_and_of_a_file_that_stands_alone_are_reported_together(
    tmp_path,
):
    files = minimal_content()
    del files["resources.yaml"]["resources"][0]["url"]
    files["zoeken/synoniemen.yaml"] = {"groups": [{"words": ["alleen"]}]}
    with pytest.raises(ContentInvalid) as raised:
        load(path=write(tmp_path, files))
    assert [str(error) for error in raised.value.errors] == [
        "resources.yaml: item 'gouden-gids': field 'url': is required",
        "zoeken/synoniemen.yaml: item 'group 1': field 'words': needs at least two words",
    ]


@pytest.mark.django_db
def test_check_reads_everything_and_writes_nothing(tmp_path):
    files = minimal_content() | {"zoeken/synoniemen.yaml": {"groups": [{"words": ["a", "b"]}]}}
    before = sorted(Theme.objects.values_list("slug", "title"))
    loaded = load(path=write(tmp_path, files), check=True)
    assert [theme.slug for theme in loaded.content.themes] == ["praten", "schaamte-en-stigma"]
    assert loaded.synonyms == [["a", "b"]]
    assert loaded.report is None
    assert sorted(Theme.objects.values_list("slug", "title")) == before
