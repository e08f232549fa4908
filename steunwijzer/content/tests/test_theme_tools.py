"""Theme pages end with the tools that fit them, chosen in the theme's file (`tools`)."""

import pytest
from django.utils.html import escape

from steunwijzer import vocabulary
from steunwijzer.content.models import Theme
from steunwijzer.core.tools import tool_links

pytestmark = pytest.mark.django_db

LINKS = {
    "steunplan": 'href="/steunplan/">Maak een steunplan</a>',
    "netwerkkaart": 'href="/netwerkkaart/">Maak een netwerkkaart</a>',
    "bezoek": 'href="/bezoek/">Maak een bezoekboekje</a>',
    "voor-kinderen": 'href="/voor-kinderen/">Pagina&#x27;s voor kinderen</a>',
}


def test_every_tool_of_the_vocabulary_has_a_link():
    assert set(LINKS) == set(vocabulary.TOOLS.codes)
    shown = {link.code: link for link in tool_links(vocabulary.TOOLS.codes)}
    for code, link in LINKS.items():
        assert f'href="{shown[code].url}">{escape(shown[code].text)}</a>' == link


def test_the_booklet_link_fills_in_the_age_and_parent_it_knows():
    def visit(**known):
        return tool_links(["bezoek"], **known)[0].url

    assert visit(leeftijd="8-11", ouder="moeder") == "/bezoek/?leeftijd=8-11&ouder=moeder"
    assert visit(leeftijd="18+", ouder="vader") == "/bezoek/?ouder=vader"
    assert visit() == "/bezoek/"
    assert tool_links(["onbekend", "netwerkkaart"])[0].code == "netwerkkaart"


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
