"""The design tokens: every text colour on every background it is used on meets WCAG AA,
the vendored NL Design System CSS and the font come with their licences, and a page
stays light (docs/design.md)."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

STATIC = Path(settings.BASE_DIR) / "steunwijzer" / "core" / "static" / "core"
SITE_CSS = (STATIC / "site.css").read_text(encoding="utf-8")
TOKENS = dict(re.findall(r"--sw-color-([a-z-]+):\s*(#[0-9a-f]{6});", SITE_CSS))

# (text, background, least contrast): 4.5 for text, 3 for large text and borders of controls.
PAIRS = [
    (text, background, 4.5)
    for text in ["ink", "muted", "primary", "primary-dark", "warm", "advice"]
    for background in ["paper", "sand", "white", "primary-tint", "help"]
] + [
    ("white", "primary", 4.5),
    ("white", "primary-dark", 4.5),
    ("paper", "primary", 4.5),
    ("ink", "focus", 4.5),
    ("primary", "paper", 3),
]


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted([luminance(one), luminance(other)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


@pytest.mark.parametrize("text,background,least", PAIRS)
def test_every_text_colour_meets_aa_on_its_backgrounds(text, background, least):
    assert contrast(TOKENS[text], TOKENS[background]) >= least, (text, background)


def test_the_vendored_css_and_font_carry_their_licences():
    vendor = STATIC / "vendor"
    assert "EUPL" in (vendor / "utrecht" / "LICENSE.md").read_text(encoding="utf-8")
    assert "SIL Open Font License" in (vendor / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in (vendor / "fonts").glob("*.woff2")) == [
        "atkinson-hyperlegible-latin-400-normal.woff2",
        "atkinson-hyperlegible-latin-700-normal.woff2",
    ]


@pytest.mark.django_db
def test_a_content_page_weighs_less_than_60_kb_compressed_fonts_apart(client, site_content):
    for path in ["/", "/thema/negatieve-gevolgen/", "/cijfers/"]:
        html = client.get(path).content
        total = len(gzip.compress(html))
        assets = re.findall(rb'<(?:link rel="stylesheet"|script)[^>]* (?:href|src)="([^"]+)"', html)
        assert len(assets) >= 2, assets  # the NL Design System components and site.css
        for href in assets:
            name = href.decode().removeprefix(settings.STATIC_URL)
            found = finders.find(re.sub(r"\.[0-9a-f]{12}(\.\w+)$", r"\1", name))
            total += len(gzip.compress(Path(found).read_bytes()))
        assert total < 60_000, (path, total)
