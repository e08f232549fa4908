"""The site's tools as links: for each code of `vocabulary.TOOLS` its page, link text and
the sentence that says what it does. Theme pages ("Aan de slag") and advice (in the plan and
on its own page) show these, through the `tool_links` filter (`{% load tools %}`).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse

from steunwijzer import vocabulary
from steunwijzer.voorkind.choice import CODES as BOOKLET_CODES
from steunwijzer.voorkind.choice import Choice


@dataclass(frozen=True)
class Tool:
    url_name: str
    text: str
    sentence: str


TOOLS: dict[str, Tool] = dict(
    zip(
        vocabulary.TOOLS.codes,
        (
            Tool(
                "plan:wizard",
                "Maak een steunplan",
                "beantwoord een paar vragen en krijg advies voor één kind.",
            ),
            Tool(
                "netwerkkaart:map",
                "Maak een netwerkkaart",
                "teken samen met het kind wie er om het kind heen staan.",
            ),
            Tool(
                "voorkind:visit",
                "Maak een bezoekboekje",
                "bereid het kind voor op een bezoek aan de gevangenis.",
            ),
            Tool(
                "voorkind:child_index",
                "Pagina's voor kinderen",
                "korte teksten die een kind zelf kan lezen.",
            ),
        ),
        strict=True,
    )
)
# The tool whose link carries the child's age and parent.
VISIT = "bezoek"


@dataclass(frozen=True)
class ToolLink:
    code: str
    url: str
    text: str
    sentence: str


def tool_links(codes: Iterable[str], *, leeftijd: str = "", ouder: str = "") -> list[ToolLink]:
    """The links of the tools `codes`, in that order (unknown codes are left out).

    The visit booklet's link fills in the child's age and parent when they are known, so a
    plan opens the booklet's form with them ticked.
    """
    links = []
    for code in codes:
        tool = TOOLS.get(code)
        if tool is None:
            continue
        url = reverse(tool.url_name)
        if code == VISIT:
            # The booklet's own codes (the plan's 18+ has no booklet).
            query = Choice(
                leeftijd=leeftijd if leeftijd in BOOKLET_CODES["leeftijd"] else "",
                ouder=ouder if ouder in BOOKLET_CODES["ouder"] else "",
            ).query()
            url += f"?{query}" if query else ""
        links.append(ToolLink(code, url, tool.text, tool.sentence))
    return links
