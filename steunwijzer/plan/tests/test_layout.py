"""The plan page and PDF are short and ordered (issue 10, section 3): the safety block first,
"Begin hiermee" with at most three actions, the rest folded; the common teacher case under
6,000 visible characters and a PDF of at most 5 pages, with no raw long URL on page one."""

import io
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

TEACHER = "rol=school&leeftijd=8-11&ouder=vader&fase=detentie&contact=regelmatig"
SAFETY = "rol=school&leeftijd=8-11&ouder=vader&fase=vrijlating&thuis=huiselijk-geweld"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class VisibleText(HTMLParser):
    """The text of <main> a reader sees before any click: a <details> shows its <summary>
    only; hidden elements, scripts and styles show nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.in_main = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main = True
        if tag in VOID:
            return
        attributes = dict(attrs)
        parent_details = bool(self.stack) and self.stack[-1][0] == "details"
        hides = (
            tag in {"script", "style", "template"}
            or "hidden" in attributes
            or (parent_details and tag != "summary")
        )
        self.stack.append((tag, hides))

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_main and not any(hides for _, hides in self.stack):
            self.parts.append(data)

    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return parser.text()


def test_the_visible_text_parser_hides_details_but_keeps_their_summary():
    html = (
        "<main><p>een</p><details><summary>twee</summary><p>drie</p>"
        "<ul><li>vier</li></ul></details><p hidden>vijf</p><p>zes</p></main><p>zeven</p>"
    )
    assert visible_text(html) == "een twee zes"


def test_the_common_teacher_plan_shows_under_6000_characters_before_any_click(client, site_content):
    html = client.get(f"/steunplan/advies/?{TEACHER}").content.decode()
    text = visible_text(html)
    print("teacher visible characters:", len(text))
    assert 1000 < len(text) < 6000, len(text)
    assert "Begin hiermee" in text


def test_begin_hiermee_comes_after_the_safety_block_and_the_answers(client, site_content):
    html = client.get(f"/steunplan/advies/?{SAFETY}").content.decode()
    order = [
        html.index(f'id="{anchor}"')
        for anchor in ("veiligheid-titel", "situatie-titel", "deel-begin")
    ]
    assert order == sorted(order)
    begin = html[
        html.index('id="deel-begin"') : html.index("</section>", html.index('id="deel-begin"'))
    ]
    assert 1 <= begin.count('class="plan-item"') <= 3


@pytest.mark.parametrize(
    "role", ["school", "jeugdprofessional", "vrijwilliger", "verzorger", "justitie", ""]
)
def test_every_plan_shows_where_help_is_and_links_the_help_page(client, site_content, role):
    html = client.get(
        f"/steunplan/advies/?rol={role}" if role else "/steunplan/advies/"
    ).content.decode()
    help_block = html[html.index('id="plan-hulp-titel"') :]
    for name in ("De Kindertelefoon", "Veilig Thuis", "112", "Expertisecentrum K I N D"):
        assert name in help_block
    assert 'href="/hulp/"' in help_block


def pdf_reader(client, query: str) -> PdfReader:
    response = client.get(f"/steunplan/advies.pdf?{query}")
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


def test_the_common_teacher_pdf_has_at_most_five_pages_and_no_long_url_on_page_one(
    client, site_content
):
    reader = pdf_reader(client, TEACHER)
    print("teacher pdf pages:", len(reader.pages))
    assert len(reader.pages) <= 5
    first = reader.pages[0].extract_text()
    assert not re.search(r"https?://\S{40,}", first)
    assert "Begin hiermee" in " ".join(page.extract_text() for page in reader.pages)
