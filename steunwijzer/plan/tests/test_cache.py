"""The plan's content is read once per content version, and a content reload is seen."""

import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PLAN = "/steunplan/advies/?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&contact=regelmatig"
TITLE = "Zorg voor een vaste vertrouwenspersoon"


def test_a_content_reload_is_reflected_in_the_next_plan(client, site_content, tmp_path):
    assert f"<h3>{TITLE}</h3>" in client.get(PLAN).content.decode()  # kept for this version
    folder = shutil.copytree(settings.CONTENT_DIR, tmp_path / "content")
    advice = folder / "steunplan" / "advice.yaml"
    advice.write_text(advice.read_text().replace(f"title: {TITLE}", "title: Een vast iemand"))
    call_command("load_content", path=folder, verbosity=0)
    page = client.get(PLAN).content.decode()
    assert "<h3>Een vast iemand</h3>" in page and f"<h3>{TITLE}</h3>" not in page


def test_a_plan_page_reads_only_the_content_version_once_it_was_read(
    client, site_content, django_assert_max_num_queries
):
    client.get(PLAN)
    with django_assert_max_num_queries(1):
        assert client.get(PLAN).status_code == 200


class ClearedByAnotherThread(dict):
    """Kept fragments that another thread clears (at the cap) right after a lookup."""

    def __contains__(self, key):
        found = super().__contains__(key)
        self.clear()
        return found

    def get(self, key, default=None):
        found = super().get(key, default)
        self.clear()
        return found


def test_a_plan_is_rendered_when_another_thread_clears_the_kept_items_meanwhile(
    client, site_content
):
    from steunwijzer.plan.cache import plan_library

    client.get(PLAN)  # every item of this plan is kept now
    library = plan_library()
    object.__setattr__(library, "fragments", ClearedByAnotherThread(library.fragments))
    assert f"<h3>{TITLE}</h3>" in client.get(PLAN).content.decode()
