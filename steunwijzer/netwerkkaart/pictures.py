"""The small pictures of the support a person gives, beside their token on the map and in
the legend: our own simple SVG (no third-party artwork), drawn on a 16 x 16 grid.

Pure: no Django. Each kind of support of `model.SUPPORT` has one picture and a word for
it that the legend says in brackets, as it does for the other signs ("(zigzaglijn)"). The
drawing defines each picture once (`symbols`) and places it with `<use>`, so a full map
costs the PDF little; the PDF's legend draws them inline (`inline`), because WeasyPrint
draws every SVG of a page on its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import SUPPORT

INK = "#1b1f24"
_LINE = f'stroke="{INK}" stroke-width="1.2" stroke-linejoin="round"'

# Per kind of support, in the order of model.SUPPORT: what the picture shows (the
# legend says it in brackets) and the SVG inside a 16 x 16 view box.
_DRAWN = (
    # praktisch, a hammer: someone who does or fixes things.
    (
        "hamer",
        f'<g transform="translate(-0.9 0.9) rotate(45 8 8)"><rect x="6.3" y="5.6" width="3.4" '
        f'height="9.9" rx="1.3" fill="#b7793f" {_LINE}/><rect x="2.6" y="1.2" width="10.8" '
        f'height="5" rx="1" fill="#8a96a3" {_LINE}/></g>',
    ),
    # gezelschap, two people side by side: someone to be with.
    (
        "twee poppetjes",
        f'<path d="M7.8 15.2v-3.4a3.6 3.6 0 0 1 7.2 0v3.4z" fill="#6b9ac4" {_LINE}/>'
        f'<circle cx="11.4" cy="4.6" r="2.5" fill="#f2c9a0" {_LINE}/>'
        f'<path d="M1 15.2v-3.4a3.6 3.6 0 0 1 7.2 0v3.4z" fill="#5b8e5d" {_LINE}/>'
        f'<circle cx="4.6" cy="4.6" r="2.5" fill="#f2c9a0" {_LINE}/>',
    ),
    # advies, a light bulb: someone with a good idea or advice.
    (
        "lampje",
        f'<path d="M5.6 11.2C3.6 9.8 3 8.4 3 6.6a5 5 0 0 1 10 0c0 1.8-.6 3.2-2.6 4.6z" '
        f'fill="#f6d55c" {_LINE}/>'
        f'<rect x="5.6" y="11.2" width="4.8" height="3.8" rx="1" fill="#c9c5c0" {_LINE}/>'
        f'<path d="M5.8 13.1h4.4" {_LINE}/>'
        f'<path d="M6.4 8.2l1.6 1.6 1.6-1.6" fill="none" {_LINE}/>',
    ),
    # emotioneel, a heart: someone who cares how the child feels.
    (
        "hartje",
        f'<path d="M8 14.8C3.4 11.6 1 9 1 5.9 1 3.6 2.7 2 4.7 2 6.2 2 7.4 2.9 8 4.2 '
        f'8.6 2.9 9.8 2 11.3 2 13.3 2 15 3.6 15 5.9c0 3.1-2.4 5.7-7 8.9z" '
        f'fill="#d9676c" {_LINE}/>',
    ),
)
PICTURES: Mapping[str, tuple[str, str]] = dict(zip(SUPPORT, _DRAWN, strict=True))

VIEW_BOX = "0 0 16 16"


def symbol_id(code: str) -> str:
    return f"nk-steun-{code}"


def title(code: str) -> str:
    """The picture's text alternative on the map: "Steun: praktisch"."""
    return f"Steun: {SUPPORT[code]}"


def symbols() -> str:
    """Every picture as an SVG `<symbol>`, for the drawing's `<defs>`."""
    return "".join(
        f'<symbol id="{symbol_id(code)}" viewBox="{VIEW_BOX}">{body}</symbol>'
        for code, (_, body) in PICTURES.items()
    )


def inline(code: str) -> str:
    """A picture's shapes as they are, for an SVG that cannot use the drawing's symbols."""
    return PICTURES[code][1]


def legend_words(code: str) -> str:
    """What the legend says beside a picture: "Praktisch (hamer)"."""
    return f"{SUPPORT[code].capitalize()} ({PICTURES[code][0]})"
