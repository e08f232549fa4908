"""The costliest maps the limits allow: for the PDF bounds tests and `make bench`. Pure.

60 people over every ring and sector, names as long as a name may be, every support
picture, every badge, half of them detained parents, and a note as long as a note may be.
The notes that cost most before the PDF was bounded are named in `WORST_NOTES`.
"""

from .network import (
    MAX_NAME,
    MAX_NOTE,
    MAX_PEOPLE,
    RELATIONS,
    SECTORS,
    SUPPORT,
    Child,
    NetworkMap,
    Person,
)

WORST_NOTES = {
    "short lines": "ab\n" * (MAX_NOTE // 3) + "ab",
    "one-letter lines": "a\n" * (MAX_NOTE // 2),
    "Chinese": "王" * MAX_NOTE,
    "one long word": "W" * MAX_NOTE,
}


def worst_map(note: str = WORST_NOTES["short lines"], name: str = "W") -> NetworkMap:
    """The worst map with `note` for everyone; names made of `name` (one character)."""
    sectors, relations, support = list(SECTORS), list(RELATIONS), list(SUPPORT)
    people = tuple(
        Person(
            id=f"p{i + 1}",
            naam=(name * MAX_NAME)[: MAX_NAME - 3] + f"{i + 1:03}",
            sector=sectors[i % len(sectors)],
            ring=1 + i % 3,
            steun=tuple(support),
            relatie=relations[i % len(relations)],
            weet_van_detentie=True,
            gedetineerd=i % 2 == 0,
            notitie=note,
        )
        for i in range(MAX_PEOPLE)
    )
    return NetworkMap(kind=Child(naam=name * MAX_NAME, leeftijd="8-11"), personen=people)
