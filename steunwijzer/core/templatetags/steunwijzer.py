"""Template filters for content text (see docs/content-format.md, "Text fields")."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def paragraphs(text: str) -> SafeString:
    """Plain content text as HTML: blank lines part paragraphs, `- ` lines form lists."""
    html = []
    for block in str(text).strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            entries = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            html.append(f"<ul>{entries}</ul>")
        else:
            html.append(f"<p>{escape(' '.join(lines))}</p>")
    return mark_safe("\n".join(html))


@register.filter
def as_list(values: list[str]) -> str:
    """Dutch enumeration: 'a, b en c'."""
    values = [str(value) for value in values]
    if len(values) < 2:
        return "".join(values)
    return f"{', '.join(values[:-1])} en {values[-1]}"
