"""Our own simple pictures for the booklet and the child pages: inline SVG, no photographs.

Pure: no Django. Each picture has a Dutch text alternative; `svg(name)` gives the markup,
the same in the HTML page and in the PDF. Drawn for Steunwijzer (no third-party artwork).
"""

from collections.abc import Mapping
from html import escape

INK = "#33302e"
SKIN = "#e8b88f"
WARM = "#f2a65a"
CALM = "#5b8e7d"
SKY = "#9cc3d5"
SUN = "#f6d55c"
ROSE = "#d9676c"
GREY = "#c9c5c0"
PAPER = "#fffaf2"


def _person(x: int, y: int, colour: str, scale: float = 1.0) -> str:
    r = 8 * scale
    return (
        f'<circle cx="{x}" cy="{y}" r="{r:g}" fill="{SKIN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M{x - 12 * scale:g} {y + 34 * scale:g} q0 -22 {12 * scale:g} -24 '
        f'q{12 * scale:g} 2 {12 * scale:g} 24 z" fill="{colour}" stroke="{INK}" '
        f'stroke-width="1.5"/>'
    )


PICTURES: Mapping[str, tuple[str, str]] = {
    "weg": (
        "Een auto op een weg naar een groot gebouw",
        f'<rect x="0" y="62" width="120" height="18" fill="{GREY}"/>'
        f'<path d="M8 71h12M32 71h12M56 71h12M80 71h12" stroke="{PAPER}" stroke-width="2"/>'
        f'<rect x="70" y="20" width="44" height="42" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M76 28h8M90 28h8M76 40h8M90 40h8" stroke="{INK}" stroke-width="2"/>'
        f'<rect x="86" y="48" width="12" height="14" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="10" y="48" width="38" height="14" rx="4" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M16 48l6 -9h14l6 9z" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<circle cx="19" cy="63" r="4" fill="{INK}"/><circle cx="40" cy="63" r="4" fill="{INK}"/>'
        f'<circle cx="20" cy="14" r="8" fill="{SUN}"/>',
    ),
    "balie": (
        "Een medewerker achter een balie",
        _person(60, 16, CALM)
        + f'<rect x="18" y="44" width="84" height="30" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="14" y="40" width="92" height="6" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="30" y="30" width="16" height="10" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "kluisje": (
        "Een rij kluisjes met een sleutel",
        "".join(
            f'<rect x="{x}" y="{y}" width="24" height="24" fill="{CALM if (x + y) % 3 else SKY}" '
            f'stroke="{INK}" stroke-width="1.5"/><circle cx="{x + 18}" cy="{y + 12}" r="2" fill="{INK}"/>'
            for x in (24, 48, 72)
            for y in (16, 40)
        )
        + f'<circle cx="104" cy="62" r="6" fill="none" stroke="{INK}" stroke-width="2"/>'
        f'<path d="M104 68v10M104 74h4" stroke="{INK}" stroke-width="2"/>',
    ),
    "poort": (
        "Een poortje waar je doorheen loopt, met een bak voor je spullen",
        f'<path d="M38 76V14h44v62" fill="none" stroke="{INK}" stroke-width="6"/>'
        f'<path d="M38 14h44" stroke="{CALM}" stroke-width="6"/>'
        + _person(60, 36, WARM, 0.9)
        + f'<rect x="88" y="60" width="28" height="10" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="4" y="70" width="112" height="4" fill="{GREY}"/>',
    ),
    "hond": (
        "Een rustige hond die snuffelt",
        f'<ellipse cx="58" cy="50" rx="28" ry="14" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<circle cx="90" cy="36" r="12" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M84 28q-4 10 2 14" fill="{INK}"/><circle cx="94" cy="34" r="2" fill="{INK}"/>'
        f'<circle cx="102" cy="40" r="2.5" fill="{INK}"/>'
        f'<path d="M38 60v14M48 62v12M68 62v12M78 60v14M30 46q-10 -8 -14 -2" stroke="{INK}" '
        f'stroke-width="4" fill="none" stroke-linecap="round"/>',
    ),
    "wachten": (
        "Stoelen in een wachtruimte en een klok",
        "".join(
            f'<rect x="{x}" y="44" width="22" height="8" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
            f'<rect x="{x}" y="28" width="22" height="16" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
            f'<path d="M{x + 3} 52v18M{x + 19} 52v18" stroke="{INK}" stroke-width="2"/>'
            for x in (10, 38, 66)
        )
        + f'<circle cx="104" cy="20" r="12" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M104 12v8l6 4" stroke="{INK}" stroke-width="2" fill="none"/>',
    ),
    "deuren": (
        "Een zware deur met een slot",
        f'<rect x="36" y="8" width="48" height="68" fill="{GREY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="44" y="16" width="32" height="12" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<circle cx="74" cy="46" r="4" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="70" y="50" width="8" height="8" fill="{INK}"/>'
        f'<path d="M36 40h-8M36 60h-8" stroke="{INK}" stroke-width="3"/>',
    ),
    "kamer": (
        "Een tafel met stoelen in een bezoekzaal",
        f'<rect x="20" y="40" width="80" height="8" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M28 48v26M92 48v26" stroke="{INK}" stroke-width="3"/>'
        f'<rect x="4" y="44" width="12" height="10" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="104" y="44" width="12" height="10" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M6 54v20M14 54v20M106 54v20M114 54v20" stroke="{INK}" stroke-width="2"/>'
        f'<rect x="40" y="8" width="40" height="22" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "gezinskamer": (
        "Een kamer met een bank, een tafel en speelgoed",
        f'<rect x="8" y="36" width="50" height="22" rx="6" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="8" y="56" width="50" height="8" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="70" y="50" width="40" height="6" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M74 56v18M106 56v18" stroke="{INK}" stroke-width="3"/>'
        f'<circle cx="90" cy="42" r="8" fill="{ROSE}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="20" y="68" width="10" height="10" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="32" y="68" width="10" height="10" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "glas": (
        "Twee mensen aan weerskanten van een glazen wand, met een telefoon",
        _person(28, 22, WARM)
        + _person(92, 22, CALM)
        + f'<rect x="56" y="6" width="8" height="70" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M40 40q6 -4 8 2" stroke="{INK}" stroke-width="2" fill="none"/>'
        f'<rect x="0" y="62" width="120" height="8" fill="{GREY}"/>',
    ),
    "ouder": (
        "Een ouder die rustig aan tafel zit te wachten",
        _person(60, 18, CALM)
        + f'<rect x="24" y="50" width="72" height="8" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M32 58v18M88 58v18" stroke="{INK}" stroke-width="3"/>'
        f'<path d="M56 20q4 3 8 0" stroke="{INK}" stroke-width="1.5" fill="none"/>',
    ),
    "knuffel": (
        "Een groot en een klein mens die elkaar een knuffel geven",
        _person(50, 16, CALM, 1.1)
        + _person(74, 38, WARM, 0.8)
        + f'<path d="M58 74c-10 -6 -14 -14 -8 -18c4 -3 8 0 8 3c0 -3 4 -6 8 -3c6 4 2 12 -8 18z" '
        f'fill="{ROSE}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "praten": (
        "Twee tekstballonnen: samen praten",
        f'<path d="M8 10h60v30h-40l-10 10v-10h-10z" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M52 38h60v30h-10v10l-10 -10h-40z" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M18 22h40M18 30h26M62 50h40M62 58h30" stroke="{INK}" stroke-width="2"/>',
    ),
    "afscheid": (
        "Een hand die zwaait",
        f'<path d="M46 76v-30l-10 -14c-3 -4 3 -8 6 -4l8 10v-26c0 -5 7 -5 7 0v22v-28c0 -5 7 -5 7 0v28'
        f'v-24c0 -5 7 -5 7 0v26v-18c0 -5 7 -5 7 0v30c0 14 -8 28 -20 28z" fill="{SKIN}" stroke="{INK}" '
        f'stroke-width="1.5"/><path d="M90 20q8 6 4 16M98 12q12 10 6 26" stroke="{CALM}" '
        f'stroke-width="3" fill="none"/>',
    ),
    "thuis": (
        "Een huis met een dak en een deur",
        f'<path d="M20 40l40 -30l40 30" fill="{ROSE}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="28" y="40" width="64" height="36" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="54" y="52" width="14" height="24" fill="{CALM}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="34" y="48" width="14" height="12" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>'
        f'<rect x="74" y="48" width="14" height="12" fill="{SKY}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "scherm": (
        "Een scherm waarop je elkaar ziet: beeldbellen",
        f'<rect x="18" y="6" width="84" height="56" rx="4" fill="{INK}"/>'
        f'<rect x="22" y="10" width="76" height="48" fill="{SKY}"/>'
        + _person(60, 26, CALM)
        + f'<path d="M50 62h20l4 12h-28z" fill="{GREY}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "gevoel": (
        "Drie gezichtjes: blij, gewoon en verdrietig",
        "".join(
            f'<circle cx="{x}" cy="40" r="16" fill="{colour}" stroke="{INK}" stroke-width="1.5"/>'
            f'<circle cx="{x - 6}" cy="35" r="2" fill="{INK}"/><circle cx="{x + 6}" cy="35" r="2" fill="{INK}"/>'
            f'<path d="{mouth}" stroke="{INK}" stroke-width="2" fill="none"/>'
            for x, colour, mouth in (
                (20, SUN, "M12 44q8 8 16 0"),
                (60, SKY, "M52 47h16"),
                (100, CALM, "M92 50q8 -8 16 0"),
            )
        ),
    ),
    "tekenen": (
        "Een potlood en een vel papier",
        f'<rect x="14" y="8" width="60" height="68" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M22 24h40M22 34h40M22 44h28" stroke="{GREY}" stroke-width="2"/>'
        f'<path d="M80 70l6 -20l24 -40l8 5l-24 40z" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M80 70l6 -20l8 5z" fill="{SKIN}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "vraag": (
        "Een groot vraagteken",
        f'<circle cx="60" cy="40" r="34" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<path d="M48 30q0 -12 12 -12q12 0 12 11q0 8 -12 12v8" stroke="{INK}" stroke-width="6" '
        f'fill="none" stroke-linecap="round"/><circle cx="60" cy="62" r="4" fill="{INK}"/>',
    ),
    "lijst": (
        "Een lijstje met vinkjes",
        f'<rect x="24" y="4" width="72" height="74" fill="{PAPER}" stroke="{INK}" stroke-width="1.5"/>'
        + "".join(
            f'<path d="M32 {y}l4 4l8 -8" stroke="{CALM}" stroke-width="3" fill="none"/>'
            f'<path d="M50 {y}h38" stroke="{INK}" stroke-width="2"/>'
            for y in (20, 36, 52, 68)
        ),
    ),
    "gebouw": (
        "Een groot gebouw met een hek eromheen",
        f'<rect x="20" y="18" width="80" height="50" fill="{GREY}" stroke="{INK}" stroke-width="1.5"/>'
        + "".join(
            f'<rect x="{x}" y="{y}" width="8" height="10" fill="{SKY}" stroke="{INK}" stroke-width="1"/>'
            for x in (30, 48, 66, 84)
            for y in (26, 44)
        )
        + f'<path d="M4 76h112M8 76v-18M24 76v-18M40 76v-18M80 76v-18M96 76v-18M112 76v-18M4 62h112" '
        f'stroke="{INK}" stroke-width="2"/>',
    ),
    "rechter": (
        "Een weegschaal: de rechter weegt alles af",
        f'<path d="M60 10v58M36 70h48M20 22h80" stroke="{INK}" stroke-width="3"/>'
        f'<path d="M20 22l-10 24h20zM100 22l-10 24h20z" fill="{SUN}" stroke="{INK}" stroke-width="1.5"/>'
        f'<circle cx="60" cy="10" r="4" fill="{WARM}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "hart": (
        "Een hart",
        f'<path d="M60 74c-30 -18 -44 -36 -34 -52c8 -12 26 -10 34 4c8 -14 26 -16 34 -4c10 16 -4 34 -34 52z" '
        f'fill="{ROSE}" stroke="{INK}" stroke-width="1.5"/>',
    ),
    "telefoon": (
        "Een telefoon: je kunt iemand bellen",
        f'<rect x="40" y="6" width="40" height="70" rx="6" fill="{INK}"/>'
        f'<rect x="44" y="14" width="32" height="50" fill="{SKY}"/>'
        f'<circle cx="60" cy="70" r="3" fill="{PAPER}"/>'
        f'<path d="M86 20q8 6 4 16M94 12q12 10 6 26" stroke="{CALM}" stroke-width="3" fill="none"/>',
    ),
    "vrienden": (
        "Drie kinderen naast elkaar",
        _person(30, 30, SUN, 0.9) + _person(60, 26, ROSE, 1.0) + _person(90, 30, CALM, 0.9),
    ),
}


def label(name: str) -> str:
    return PICTURES[name][0]


def svg(name: str) -> str:
    """The picture as inline SVG markup with its Dutch text alternative."""
    text, body = PICTURES[name]
    return (
        f'<svg class="picture" viewBox="0 0 120 80" width="120" height="80" role="img" '
        f'aria-label="{escape(text)}" xmlns="http://www.w3.org/2000/svg" focusable="false">'
        f"{body}</svg>"
    )
