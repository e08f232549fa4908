"""The site's tools as links (steunwijzer/core/tools.py), so templates never spell them.

Usage:
    {% load tools %}
    {% for tool in theme.tools|tool_links %}<a href="{{ tool.url }}">{{ tool.text }}</a>:
      {{ tool.sentence }}{% endfor %}
    {% tools_in_plan advice.tools as tools %}{% for tool in tools %}...{% endfor %}

Variables: a list of codes of `vocabulary.TOOLS`. `tools_in_plan` also reads `situation`
from the context when there is one (a plan's answers: anything with `leeftijd` and
`ouder`), which the visit booklet's link fills in. Each link has `code`, `url`, `text` and
`sentence`.
"""

from django import template

from steunwijzer.core.tools import ToolLink
from steunwijzer.core.tools import tool_links as links

register = template.Library()


@register.filter
def tool_links(codes: list[str]) -> list[ToolLink]:
    return links(codes or [])


@register.simple_tag(takes_context=True)
def tools_in_plan(context: template.Context, codes: list[str]) -> list[ToolLink]:
    situation = context.get("situation")
    leeftijd = str(getattr(situation, "leeftijd", "") or "")
    ouder = str(getattr(situation, "ouder", "") or "")
    return links(codes or [], leeftijd=leeftijd, ouder=ouder)
