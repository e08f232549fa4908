"""Render time of a network map with 60 people: layout, the page (HTML) and the PDF."""

from django.test import Client

from bench.timing import measure, report
from steunwijzer.netwerkkaart.layout import layout_map
from steunwijzer.netwerkkaart.model import (
    MAX_PEOPLE,
    RELATIONS,
    SECTORS,
    SUPPORT,
    Child,
    NetworkMap,
    Person,
    map_to_json,
)
from steunwijzer.netwerkkaart.model.worst import worst_map
from steunwijzer.netwerkkaart.packing import _free_arc

NAMES = ["Mama", "Oma Truus", "Juf Anneke", "Mehmet", "Buurvrouw Els", "Wijkcoach", "Trainer"]


def full_map(*, crowded: bool = False) -> NetworkMap:
    """60 people spread over every ring and sector, or all in one cell (the worst case)."""
    sectors, relations, support = list(SECTORS), list(RELATIONS), list(SUPPORT)
    people = tuple(
        Person(
            id=f"p{i + 1}",
            naam=f"{NAMES[i % len(NAMES)]} {i + 1}",
            sector="gezin" if crowded else sectors[i % len(sectors)],
            ring=1 if crowded else 1 + (i // len(sectors)) % 3,
            steun=tuple(support[: 1 + i % 4]),
            relatie=relations[i % len(relations)],
            weet_van_detentie=i % 3 == 0,
            gedetineerd=i == 3,
            notitie="Een korte notitie over deze persoon. " * 5,
        )
        for i in range(MAX_PEOPLE)
    )
    return NetworkMap(kind=Child(naam="Sam", leeftijd="8-11"), personen=people)


def run() -> None:
    client = Client()
    spread, crowded = full_map(), full_map(crowded=True)
    state = map_to_json(spread)
    worst = map_to_json(worst_map())
    report(
        "netwerkkaart layout, 60 people, cold cache",
        measure(lambda: (_free_arc.cache_clear(), layout_map(people=spread.personen))),
    )
    report(
        "netwerkkaart layout, 60 people spread", measure(lambda: layout_map(people=spread.personen))
    )
    report(
        "netwerkkaart layout, 60 people in one cell",
        measure(
            lambda: (_free_arc.cache_clear(), layout_map(people=crowded.personen)),
            repeat=10,
            warmup=1,
        ),
    )
    report(
        "netwerkkaart page HTML, 60 people",
        measure(lambda: client.post("/netwerkkaart/", {"kaart": state, "actie": "annuleren"})),
    )
    report(
        "netwerkkaart PDF, 60 people",
        measure(
            lambda: client.post("/netwerkkaart/netwerkkaart.pdf", {"kaart": state}),
            repeat=10,
            warmup=1,
        ),
    )
    report(
        "netwerkkaart PDF, worst case (60 people, longest names and notes)",
        measure(
            lambda: client.post("/netwerkkaart/netwerkkaart.pdf", {"kaart": worst}),
            repeat=5,
            warmup=1,
        ),
    )
