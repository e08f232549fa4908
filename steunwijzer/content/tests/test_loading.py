"""The loader: valid content loads; each kind of broken file is refused precisely."""

import pytest

from steunwijzer.content.loading import ContentInvalid, read_valid_content

from .factories import minimal_content, write_content


def errors_for(tmp_path, files) -> list[str]:
    with pytest.raises(ContentInvalid) as raised:
        read_valid_content(path=write_content(tmp_path, files))
    return [str(error) for error in raised.value.errors]


def test_minimal_content_loads_every_kind_of_record(tmp_path):
    content = read_valid_content(path=write_content(tmp_path, minimal_content()))
    assert [t.slug for t in content.themes] == ["praten", "schaamte-en-stigma"]
    assert [i.slug for i in content.items()] == ["openheid", "schaamte-vaak"]
    assert content.figures[0].low == 22000.0
    assert content.resources[0].language == "nl"
    assert content.items()[0].verified is True


def test_unverified_items_are_listed(tmp_path):
    content = read_valid_content(path=write_content(tmp_path, minimal_content()))
    assert content.unverified() == ["figure onzeker-getal"]


def test_missing_required_field_names_file_item_and_field(tmp_path):
    files = minimal_content()
    del files["themes/praten.yaml"]["items"][0]["body"]
    assert errors_for(tmp_path, files) == [
        "themes/praten.yaml: item 'openheid': field 'body': is required"
    ]


def test_unknown_theme_of_a_figure_is_refused(tmp_path):
    files = minimal_content()
    files["figures.yaml"]["figures"][0]["theme"] = "bestaat-niet"
    assert errors_for(tmp_path, files) == [
        "figures.yaml: item 'kinderen-vader': field 'theme': unknown theme 'bestaat-niet'"
    ]


def test_unknown_related_theme_is_refused(tmp_path):
    files = minimal_content()
    files["themes/praten.yaml"]["related"] = ["nergens"]
    assert errors_for(tmp_path, files) == [
        "themes/praten.yaml: item 'praten': field 'related': unknown theme 'nergens'"
    ]


def test_duplicate_item_slug_across_theme_files_is_refused(tmp_path):
    files = minimal_content()
    files["themes/praten.yaml"]["items"][0]["slug"] = "schaamte-vaak"
    errors = errors_for(tmp_path, files)
    assert (
        "themes/praten.yaml: item 'schaamte-vaak': field 'slug': 'schaamte-vaak' is used more than once"
        in errors
    )
    assert (
        "themes/schaamte.yaml: item 'schaamte-vaak': field 'slug': 'schaamte-vaak' is used more than once"
        in errors
    )


def test_broken_yaml_names_the_file(tmp_path):
    files = minimal_content()
    files["resources.yaml"] = "resources:\n  - slug: [unclosed\n"
    (error,) = errors_for(tmp_path, files)
    assert error.startswith("resources.yaml: item '-': field '-': not valid YAML")


def test_resource_without_url_is_refused(tmp_path):
    files = minimal_content()
    del files["resources.yaml"]["resources"][0]["url"]
    assert errors_for(tmp_path, files) == [
        "resources.yaml: item 'gouden-gids': field 'url': is required"
    ]


def test_resource_with_a_url_that_is_not_http_is_refused(tmp_path):
    files = minimal_content()
    files["resources.yaml"]["resources"][0]["url"] = "javascript:alert(1)"
    assert errors_for(tmp_path, files) == [
        "resources.yaml: item 'gouden-gids': field 'url': 'javascript:alert(1)' is not valid"
    ]


def test_unknown_resource_reference_of_an_item_is_refused(tmp_path):
    files = minimal_content()
    files["themes/schaamte.yaml"]["items"][0]["resources"] = ["onbekend"]
    assert errors_for(tmp_path, files) == [
        "themes/schaamte.yaml: item 'schaamte-vaak': field 'resources': unknown resource 'onbekend'"
    ]


def test_value_outside_the_allowed_choices_is_refused(tmp_path):
    files = minimal_content()
    files["resources.yaml"]["resources"][0]["type"] = "film"
    (error,) = errors_for(tmp_path, files)
    assert error.startswith(
        "resources.yaml: item 'gouden-gids': field 'type': 'film' is not one of:"
    )


def test_misspelled_field_is_refused_as_unknown(tmp_path):
    files = minimal_content()
    files["themes/praten.yaml"]["sumary"] = files["themes/praten.yaml"].pop("summary")
    errors = errors_for(tmp_path, files)
    assert "themes/praten.yaml: item 'praten': field 'sumary': unknown field" in errors
    assert "themes/praten.yaml: item 'praten': field 'summary': is required" in errors


def test_wrong_type_is_refused(tmp_path):
    files = minimal_content()
    files["themes/praten.yaml"]["order"] = "eerste"
    assert errors_for(tmp_path, files) == [
        "themes/praten.yaml: item 'praten': field 'order': expected a whole number, got 'eerste'"
    ]


def test_invalid_slug_is_refused(tmp_path):
    files = minimal_content()
    files["themes/praten.yaml"]["items"][0]["slug"] = "Open Heid"
    (error,) = errors_for(tmp_path, files)
    assert error == "themes/praten.yaml: item 'Open Heid': field 'slug': 'Open Heid' is not valid"


def test_range_with_high_below_low_is_refused(tmp_path):
    files = minimal_content()
    files["figures.yaml"]["figures"][0]["high"] = 100
    assert errors_for(tmp_path, files) == [
        "figures.yaml: item 'kinderen-vader': field 'high': is below low"
    ]


def test_unknown_footnote_is_refused(tmp_path):
    files = minimal_content()
    files["figures.yaml"]["figures"][0]["footnotes"] = [1, 9]
    assert errors_for(tmp_path, files) == [
        "figures.yaml: item 'kinderen-vader': field 'footnotes': unknown footnote 9"
    ]


def test_missing_file_is_reported(tmp_path):
    files = minimal_content()
    del files["sources.yaml"]
    assert "sources.yaml: item '-': field '-': file not found" in errors_for(tmp_path, files)


def test_all_problems_are_reported_at_once(tmp_path):
    files = minimal_content()
    del files["themes/praten.yaml"]["title"]
    del files["resources.yaml"]["resources"][0]["url"]
    assert len(errors_for(tmp_path, files)) == 2


def test_the_real_content_is_valid():
    from django.conf import settings

    content = read_valid_content(path=settings.CONTENT_DIR)
    assert len(content.themes) >= 16
