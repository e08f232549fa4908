"""The child pages, the help lines and the visit booklet as search documents.

`steunwijzer/load.py` adds `voorkind_entries()` to the index it rebuilds. A child page is
of the kind "kinderen" (shown as "Voor kinderen"), a help line "hulplijn" (found also by
the word "hulplijn"), the booklet a "hulpbron".
"""

from collections.abc import Iterator

from django.urls import reverse

from steunwijzer.search.index import IndexEntry

from .models import ChildPage, HelpLine


def voorkind_entries() -> Iterator[IndexEntry]:
    for page in ChildPage.objects.all():
        body = f"{page.summary}\n\n{page.body}"
        yield IndexEntry(
            "kinderen",
            f"voor-kinderen:{page.slug}",
            page.title,
            body,
            page.get_absolute_url(),
        )
    for line in HelpLine.objects.all():
        number = f"Bel {line.number}. " if line.number else ""
        body = f"{number}{line.description} Voor wie: {line.audience}. Hulplijn: {line.hours}."
        yield IndexEntry(
            "hulplijn",
            f"hulp:{line.slug}",
            line.name,
            body,
            line.get_absolute_url(),
            "Hulp nodig?",
        )
    yield IndexEntry(
        "hulpbron",
        "bezoek:boekje",
        "Bezoek voorbereiden: een boekje voor het kind",
        "Maak een boekje om een kind voor te bereiden op een bezoek aan zijn vader of moeder "
        "in de gevangenis: de reis, de balie, het kluisje, de poort, de bezoekzaal, afscheid "
        "nemen. Ook voor beeldbellen en gezinsbezoek. Met een lijstje voor de verzorger.",
        reverse("voorkind:visit"),
    )
