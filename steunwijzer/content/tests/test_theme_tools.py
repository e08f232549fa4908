"""Theme pages end with the tools that fit them, chosen in the theme's file (`tools`)."""

import pytest

from steunwijzer import vocabulary
from steunwijzer.content.models import Theme

pytestmark = pytest.mark.django_db

LINKS = {
    "steunplan": 'href="/steunplan/">Maak een steunplan</a>',
    "netwerkkaart": 'href="/netwerkkaart/">Maak een netwerkkaart</a>',
    "bezoek": 'href="/bezoek/">Maak een bezoekboekje</a>',
    "voor-kinderen": 'href="/voor-kinderen/">Pagina\'s voor kinderen</a>',
}


def test_every_tool_of_the_vocabulary_has_a_link():
    assert set(LINKS) == set(vocabulary.TOOLS.codes)


def test_every_theme_ends_with_the_tools_its_file_names_and_no_other(client, site_content):
    for theme in Theme.objects.all():
        assert theme.tools, f"{theme.slug} names no tool"
        html = client.get(theme.get_absolute_url()).content.decode()
        block = html.split('id="aan-de-slag"', 1)[1].split("</section>", 1)[0]
        assert html.index('id="aan-de-slag"') > html.index("Bronnen bij dit thema")
        for code, link in LINKS.items():
            assert (link in block) == (code in theme.tools), (theme.slug, code)


def test_the_visit_theme_leads_to_the_booklet_and_the_shame_theme_to_the_child_pages(
    client, site_content
):
    assert LINKS["bezoek"] in client.get("/thema/recht-op-contact/").content.decode()
    assert LINKS["voor-kinderen"] in client.get("/thema/schaamte-en-stigma/").content.decode()
