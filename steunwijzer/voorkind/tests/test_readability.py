"""The child pages are written for children of about 8 to 12 who read alone: short
sentences, on average at most 10 words, on every page as it is served."""

import re

import pytest

from steunwijzer.voorkind.models import ChildPage

pytestmark = pytest.mark.django_db
MAX_AVERAGE = 10.0


def sentences(text: str) -> list[list[str]]:
    """Sentences (ended by . ! ? or :) as lists of words."""
    parts = re.split(r"(?<=[.!?:])\s+", " ".join(text.split()))
    return [words for part in parts if (words := re.findall(r"[\wÀ-ÿ'’-]+", part))]


def main_text(html: str) -> str:
    """The readable text of the page's article: the body and help lines, not the sources."""
    article = html.split('<article class="child">')[1].split("</article>")[0]
    article = re.sub(r'<p class="source">.*?</p>', " ", article, flags=re.S)
    article = re.sub(r'<nav class="pager".*?</nav>', " ", article, flags=re.S)
    article = re.sub(r"<svg.*?</svg>", " ", article, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", article)
    # Headings and labels end without a full stop; count them as sentences.
    return re.sub(r"\s*\n\s*\n\s*", ". ", text)


def test_sentence_counting():
    assert sentences("Dit is kort. En dit ook! Echt?") == [
        ["Dit", "is", "kort"],
        ["En", "dit", "ook"],
        ["Echt"],
    ]


def test_every_child_page_averages_at_most_ten_words_a_sentence(client, site_content):
    pages = list(ChildPage.objects.all())
    assert len(pages) == 8
    for page in pages:
        found = sentences(page.body)
        assert found, page.slug
        average = sum(map(len, found)) / len(found)
        assert average <= MAX_AVERAGE, (page.slug, round(average, 1))
        served = sentences(main_text(client.get(page.get_absolute_url()).content.decode()))
        assert sum(map(len, served)) / len(served) <= MAX_AVERAGE + 1, page.slug


def test_no_sentence_on_a_child_page_is_very_long(client, site_content):
    for page in ChildPage.objects.all():
        for words in sentences(page.body):
            assert len(words) <= 16, (page.slug, " ".join(words))


def test_the_index_introduction_is_short_too(client, site_content):
    html = client.get("/voor-kinderen/").content.decode()
    lead = re.search(r'<p class="lead">(.*?)</p>', html, flags=re.S).group(1)
    found = sentences(lead)
    assert sum(map(len, found)) / len(found) <= MAX_AVERAGE
