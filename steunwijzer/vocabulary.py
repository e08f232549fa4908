"""Every public code list of Steunwijzer, each spelled once, with its short Dutch label.

Pure: no Django. The codes are a contract (PRODUCT.md, docs/content-format.md,
docs/steunplan.md, docs/netwerkkaart.md): they appear in content files, plan URLs and
saved network maps. Models, content validation, the support plan, the network map and
the templates take their codes and short labels from here; a guard test
(`steunwijzer/core/tests/test_vocabulary.py`) fails when another module spells a list again.

Longer texts about codes (the wizard's answers, the role intros) are copy and live in
content/ (see docs/content-format.md, "Texts").
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

Code = str | int
C = TypeVar("C", str, int)


@dataclass(frozen=True)
class CodeList(Generic[C]):
    """An ordered list of codes (text, or numbers for rings) with a short Dutch label each."""

    name: str
    entries: tuple[tuple[C, str], ...]

    def __post_init__(self) -> None:
        codes = [code for code, _ in self.entries]
        if len(set(codes)) != len(codes):
            raise ValueError(f"{self.name}: a code is listed twice")

    @property
    def codes(self) -> tuple[C, ...]:
        return tuple(code for code, _ in self.entries)

    def label(self, code: C) -> str:
        """The short label of `code`; KeyError for a code not in the list."""
        for known, label in self.entries:
            if known == code:
                return label
        raise KeyError(f"{code!r} is not a code of {self.name}")

    def labels(self, codes: Iterable[object]) -> list[str]:
        """The labels of those of `codes` that are in the list, in list order."""
        chosen = set(codes)
        return [label for code, label in self.entries if code in chosen]

    def choices(self) -> list[tuple[C, str]]:
        """(code, label) pairs, for Django's `choices`."""
        return list(self.entries)

    def as_dict(self) -> dict[C, str]:
        return dict(self.entries)

    def __contains__(self, code: object) -> bool:
        return any(code == known for known, _ in self.entries)

    def __iter__(self) -> Iterator[C]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.entries)


# Content: knowledge base and support plan (docs/content-format.md).
ROLES = CodeList(
    "rol",
    (
        ("school", "School"),
        ("jeugdprofessional", "Jeugdprofessional"),
        ("vrijwilliger", "Vrijwilliger"),
        ("verzorger", "Ouder of verzorger"),
        ("justitie", "Justitie"),
    ),
)
AUDIENCES = CodeList(
    "doelgroep",
    (
        ("kind", "Kind"),
        ("ouder", "Ouder of verzorger"),
        ("school", "School"),
        ("professional", "Professional"),
        ("justitie", "Justitie"),
    ),
)
RESOURCE_TYPES = CodeList(
    "soort",
    (
        ("interventie", "Interventie"),
        ("materiaal", "Materiaal"),
        ("boek", "Boek"),
        ("organisatie", "Organisatie"),
        ("artikel", "Artikel"),
        ("instrument", "Instrument"),
    ),
)
PHASES = CodeList(
    "fase",
    (
        ("aanhouding", "Aanhouding"),
        ("voorarrest", "Voorarrest"),
        ("detentie", "Detentie"),
        ("vrijlating", "Vrijlating komt eraan"),
        ("na-vrijlating", "Na vrijlating"),
    ),
)
# The site's tools a theme page ends with (the `tools` of a theme file).
TOOLS = CodeList(
    "hulpmiddel",
    (
        ("steunplan", "Steunplan"),
        ("netwerkkaart", "Netwerkkaart"),
        ("bezoek", "Bezoekboekje"),
        ("voor-kinderen", "Pagina's voor kinderen"),
    ),
)
# The groups of the themes index (/thema/) and the home page: what a theme helps with.
THEME_GROUPS = CodeList(
    "themagroep",
    (
        ("begrijpen", "Begrijpen wat het kind meemaakt"),
        ("situaties", "Situaties en fasen"),
        ("doen", "Wat je kunt doen"),
    ),
)
ITEM_KINDS = CodeList("itemsoort", (("feit", "Wat we weten"), ("advies", "Wat je kunt doen")))
SOURCE_KINDS = CodeList(
    "bronsoort",
    (
        ("infographic", "Infographic"),
        ("onderzoek", "Onderzoek"),
        ("website", "Website"),
        ("wet", "Wet of regeling"),
    ),
)

# The support plan's sections (an advice's `section`, docs/steunplan.md) with their titles,
# and the priorities of a rule with the label the plan shows.
PLAN_SECTIONS = CodeList(
    "sectie",
    (
        ("veiligheid", "Veiligheid gaat voor"),
        ("wat-speelt", "Wat er kan spelen voor dit kind"),
        ("signalen", "Waar je op kunt letten"),
        ("nu-doen", "Wat je nu kunt doen"),
        ("praten", "Praten met het kind"),
        ("school", "Op school"),
        ("na-vrijlating", "Na de vrijlating"),
    ),
)
PRIORITIES = CodeList("prioriteit", ((1, "Extra belangrijk"), (2, "Belangrijk"), (3, "Aanvullend")))

# The child's situation in the support plan (PRODUCT.md, docs/steunplan.md).
AGES = CodeList(
    "leeftijd",
    (
        ("0-3", "0 tot 4 jaar"),
        ("4-7", "4 tot 8 jaar"),
        ("8-11", "8 tot 12 jaar"),
        ("12-17", "12 tot 18 jaar"),
        ("18+", "18 jaar of ouder"),
    ),
)
PARENTS = CodeList(
    "ouder",
    (
        ("vader", "Vader"),
        ("moeder", "Moeder"),
        ("beide", "Beide ouders"),
        ("anders", "Iemand anders"),
    ),
)
EVENTS = CodeList(
    "gebeurtenis",
    (
        ("getuige-aanhouding", "Bij de aanhouding"),
        ("verhuizing", "Verhuizing"),
        ("strafproces", "Rechtszaak loopt"),
        ("pesten", "Gepest"),
        ("bezoek", "Bezoek in de gevangenis"),
        ("gemis", "Mist de ouder"),
    ),
)
CONTACT = CodeList(
    "contact",
    (
        ("regelmatig", "Regelmatig"),
        ("weinig", "Weinig"),
        ("geen", "Geen"),
        ("niet-in-belang", "Niet in het belang van het kind"),
    ),
)
HOME = CodeList(
    "thuis",
    (
        ("huiselijk-geweld", "Huiselijk geweld"),
        ("financien", "Geldzorgen"),
        ("instabiel", "Onrustig thuis"),
        ("pleeggezin", "Pleeggezin"),
        ("onrust-voor-detentie", "Onrust voor de detentie"),
        ("positief-betrokken", "Ouder was positief betrokken"),
    ),
)
SIGNALS = CodeList(
    "signaal",
    (
        ("stil", "Stil"),
        ("boos", "Boos"),
        ("verdriet", "Verdrietig"),
        ("angst", "Bang"),
        ("school", "Minder goed op school"),
        ("zorgt-voor-ouder", "Zorgt voor een ouder"),
        ("schaamte", "Schaamte"),
        ("alleen", "Voelt zich alleen"),
    ),
)
# Whether the child knows what happened (PRODUCT.md, round 2); not asked by the wizard yet.
KNOWS = CodeList(
    "weet",
    (("ja", "Ja"), ("deels", "Deels"), ("nee", "Nee"), ("onbekend", "Weet ik niet")),
)

# The visit booklet (PRODUCT.md section 7, docs/bezoek.md); its age, parent and contact
# codes are the plan's lists above.
VISIT_KINDS = CodeList(
    "vorm",
    (
        ("bezoek", "Bezoek in de bezoekzaal"),
        ("gezinsbezoek", "Gezinsbezoek: samen in een gezinsruimte"),
        ("beeldbellen", "Beeldbellen: praten via een scherm"),
    ),
)
FIRST_VISIT = CodeList(
    "eerste", (("ja", "Ja, het is de eerste keer"), ("nee", "Nee, het kind was er al eens"))
)

# The network map's exchange format (docs/netwerkkaart.md). Order is the drawing order.
SECTORS = CodeList(
    "sector",
    (
        ("gezin", "Gezin"),
        ("familie", "Familie"),
        ("vrienden", "Vrienden"),
        ("school", "School"),
        ("buurt", "Buurt"),
        ("hulpverlening", "Hulpverlening"),
        ("vrije-tijd", "Vrije tijd"),
    ),
)
RINGS = CodeList("ring", ((1, "heel dichtbij"), (2, "dichtbij"), (3, "verder weg")))
# Lower case: the map uses these inside sentences. Order is the P, G, A, E order.
SUPPORT = CodeList(
    "steun",
    (
        ("praktisch", "praktisch"),
        ("gezelschap", "gezelschap"),
        ("advies", "advies"),
        ("emotioneel", "emotioneel"),
    ),
)
RELATIONS = CodeList(
    "relatie",
    (
        ("positief", "positief"),
        ("neutraal", "neutraal"),
        ("gespannen", "gespannen"),
        ("geen-contact", "geen contact"),
    ),
)

# Every list, for the guard test and the docs.
# The kinds of search results (steunwijzer/search), with the label each result shows.
SEARCH_KINDS = CodeList(
    "zoeksoort",
    (
        ("thema", "Thema"),
        ("kennis", "Kennis"),
        ("advies", "Advies"),
        ("cijfer", "Cijfer"),
        ("hulpbron", "Hulpbron"),
        ("kinderen", "Voor kinderen"),
        ("hulplijn", "Hulplijn"),
    ),
)

ALL: tuple[CodeList[str] | CodeList[int], ...] = (
    ROLES,
    AUDIENCES,
    RESOURCE_TYPES,
    PHASES,
    THEME_GROUPS,
    ITEM_KINDS,
    SOURCE_KINDS,
    PLAN_SECTIONS,
    PRIORITIES,
    AGES,
    PARENTS,
    EVENTS,
    CONTACT,
    HOME,
    SIGNALS,
    KNOWS,
    VISIT_KINDS,
    FIRST_VISIT,
    SECTORS,
    RINGS,
    SUPPORT,
    RELATIONS,
    TOOLS,
    SEARCH_KINDS,
)
