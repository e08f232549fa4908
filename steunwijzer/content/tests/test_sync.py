"""Loading into the database: atomic, idempotent, keyed on slugs."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from steunwijzer.content.models import Figure, Item, Resource, Source, Theme

from .factories import minimal_content, write_content

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "themes": sorted(Theme.objects.values_list("slug", "title")),
        "items": sorted(Item.objects.values_list("slug", "body")),
        "figures": sorted(Figure.objects.values_list("slug", "value")),
        "resources": sorted(Resource.objects.values_list("slug", "url")),
        "sources": sorted(Source.objects.values_list("slug", flat=True)),
    }


def test_load_replaces_the_content_and_reports_counts(tmp_path, capsys):
    call_command("load_content", path=write_content(tmp_path, minimal_content()))
    assert "Loaded 2 themes, 2 items, 2 figures, 1 resources, 1 sources." in capsys.readouterr().out
    assert snapshot()["themes"] == [
        ("praten", "Praten over detentie"),
        ("schaamte-en-stigma", "Schaamte en stigma"),
    ]
    assert list(
        Theme.objects.get(slug="schaamte-en-stigma").related.values_list("slug", flat=True)
    ) == ["praten"]
    assert list(
        Item.objects.get(slug="schaamte-vaak").resources.values_list("slug", flat=True)
    ) == ["gouden-gids"]


def test_loading_twice_changes_nothing_and_keeps_row_ids(tmp_path):
    folder = write_content(tmp_path, minimal_content())
    call_command("load_content", path=folder)
    first, ids = snapshot(), sorted(Item.objects.values_list("id", flat=True))
    call_command("load_content", path=folder)
    assert snapshot() == first
    assert sorted(Item.objects.values_list("id", flat=True)) == ids


def test_an_item_removed_from_the_files_leaves_the_database(tmp_path):
    files = minimal_content()
    call_command("load_content", path=write_content(tmp_path / "a", files))
    files["themes/praten.yaml"]["items"][0]["slug"] = "openheid-nieuw"
    call_command("load_content", path=write_content(tmp_path / "b", files))
    assert sorted(Item.objects.values_list("slug", flat=True)) == [
        "openheid-nieuw",
        "schaamte-vaak",
    ]


def test_a_removed_theme_with_figures_is_replaced_cleanly(tmp_path):
    files = minimal_content()
    call_command("load_content", path=write_content(tmp_path / "a", files))
    del files["themes/schaamte.yaml"]
    for figure in files["figures.yaml"]["figures"]:
        figure["theme"] = "praten"
    files["themes/praten.yaml"].pop("related", None)
    call_command("load_content", path=write_content(tmp_path / "b", files))
    assert sorted(Theme.objects.values_list("slug", flat=True)) == ["praten"]
    assert Figure.objects.filter(theme__slug="praten").count() == 2


def test_a_broken_file_leaves_the_previous_content_in_place(tmp_path, capsys):
    good = minimal_content()
    call_command("load_content", path=write_content(tmp_path / "good", good))
    before = snapshot()
    broken = minimal_content()
    broken["themes/praten.yaml"]["items"][0]["body"] = "Nieuwe tekst."
    del broken["resources.yaml"]["resources"][0]["url"]
    with pytest.raises(CommandError, match="1 problem"):
        call_command("load_content", path=write_content(tmp_path / "broken", broken))
    assert "resources.yaml: item 'gouden-gids': field 'url': is required" in capsys.readouterr().err
    assert snapshot() == before


def test_a_failure_during_the_write_rolls_everything_back(tmp_path, monkeypatch):
    from steunwijzer import load as load_module

    call_command("load_content", path=write_content(tmp_path / "a", minimal_content()))
    before = snapshot()
    changed = minimal_content()
    changed["themes/praten.yaml"]["title"] = "Nieuwe titel"

    def fail(entries):
        assert Theme.objects.get(slug="praten").title == "Nieuwe titel"  # written, not yet kept
        raise RuntimeError("index could not be built")

    monkeypatch.setattr(load_module, "rebuild_index", fail)
    with pytest.raises(RuntimeError, match="index could not be built"):
        call_command("load_content", path=write_content(tmp_path / "b", changed))
    assert snapshot() == before


def test_check_validates_without_writing(tmp_path, capsys):
    call_command("load_content", path=write_content(tmp_path / "a", minimal_content()))
    before = snapshot()
    changed = minimal_content()
    changed["themes/praten.yaml"]["title"] = "Nieuwe titel"
    call_command("load_content", path=write_content(tmp_path / "b", changed), check=True)
    out = capsys.readouterr().out
    assert "is valid" in out
    assert "unverified (not shown on the site): figure onzeker-getal" in out
    assert snapshot() == before


def test_the_command_exits_non_zero_on_a_broken_file(tmp_path):
    import subprocess
    import sys

    files = minimal_content()
    files["themes/praten.yaml"] = "slug: [\n"
    folder = write_content(tmp_path, files)
    result = subprocess.run(
        [sys.executable, "manage.py", "load_content", "--check", "--path", str(folder)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "themes/praten.yaml: item '-': field '-': not valid YAML" in result.stderr
