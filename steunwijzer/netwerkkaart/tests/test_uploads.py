"""Uploads never touch the disk (issue 8 item 6, issue 9 item 6): a file part over Django's
2.5 MB memory limit is neither written to a temporary file by any view of the site, nor
loses the map that was posted with it."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.test import RequestFactory

from steunwijzer.netwerkkaart.saving import TOO_BIG

from .helpers import MAP_URL, build, errors_of, file_of, map_of, state_of

pytestmark = pytest.mark.django_db
BIG = b"x" * (settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 500_000)  # 3 MB


def test_a_large_file_part_is_not_written_to_disk(tmp_path, settings):
    # Every view parses a body with the handlers of FILE_UPLOAD_HANDLERS (the map's open
    # view sets its own, also in memory); Django's default writes this file to disk.
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    data = {"kaart": "", "bestand": file_of(BIG, "groot.json")}
    request = RequestFactory().post(MAP_URL, data)
    files = request.FILES  # parsed now, with the site's upload handlers
    assert not any(isinstance(f, TemporaryUploadedFile) for f in files.values())
    assert list(tmp_path.iterdir()) == []


def test_a_large_file_to_open_is_refused_in_dutch_and_the_map_stays(client, site_content):
    built = build(client, ["Mama", "Oma"])
    response = client.post(
        "/netwerkkaart/openen/", {"kaart": state_of(built), "open-bestand": file_of(BIG)}
    )
    assert response.status_code == 400
    assert errors_of(response) == [TOO_BIG]
    assert map_of(response) == map_of(built)


@pytest.mark.parametrize("url", [MAP_URL, "/netwerkkaart/netwerkkaart.json"])
def test_a_large_file_posted_with_the_map_elsewhere_is_ignored(client, site_content, url):
    built = build(client, ["Mama"])
    data = {"kaart": state_of(built), "actie": "annuleren", "extra": file_of(BIG)}
    response = client.post(url, data)
    assert response.status_code == 200
    if url == MAP_URL:
        assert map_of(response) == map_of(built)
