from django import template
from django.utils.safestring import mark_safe

from ..pictures import PICTURES, svg

register = template.Library()


@register.simple_tag
def picture(name: str) -> str:
    """One of our inline SVG pictures, with its text alternative."""
    return mark_safe(svg(name)) if name in PICTURES else ""
