"""Editors see the loaded plan content in the admin, and cannot change it there."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model, site_content):
    client.force_login(
        django_user_model.objects.create_superuser("redacteur", "r@example.invalid", "x")
    )
    return client


def test_an_editor_reads_the_advice_and_the_rules(editor):
    assert (
        "Zorg voor een vaste vertrouwenspersoon"
        in editor.get("/admin/plan/advice/").content.decode()
    )
    assert "veiligheid-huiselijk-geweld" in editor.get("/admin/plan/rule/").content.decode()


def test_the_admin_cannot_add_or_change_plan_content(editor):
    assert editor.get("/admin/plan/advice/add/").status_code == 403
    assert editor.post("/admin/plan/rule/add/", {"slug": "nieuw"}).status_code == 403
