"""Hypothesis strategies for valid network maps, shared by the tests."""

from hypothesis import strategies as st

from steunwijzer.netwerkkaart.model import (
    AGES,
    MAX_NAME,
    MAX_NOTE,
    MAX_PEOPLE,
    MAX_ROLE,
    RELATIONS,
    SECTORS,
    SUPPORT,
    Child,
    NetworkMap,
    Person,
    canonical_support,
    clean_text,
)

# Names as people type them: letters (any script), digits, spaces and punctuation, no
# control characters; normalised the way the map keeps text.
_TEXT = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"])


def _clean(limit: int) -> st.SearchStrategy[str]:
    return st.text(_TEXT, max_size=limit).map(clean_text).filter(lambda t: len(t) <= limit)


names = _clean(MAX_NAME).filter(bool)
notes = _clean(MAX_NOTE)
roles = _clean(MAX_ROLE)


@st.composite
def people(draw, *, max_size: int = MAX_PEOPLE) -> tuple[Person, ...]:
    count = draw(st.integers(min_value=0, max_value=max_size))
    return tuple(
        Person(
            id=f"p{index + 1}",
            naam=draw(names),
            sector=draw(st.sampled_from(list(SECTORS))),
            ring=draw(st.integers(min_value=1, max_value=3)),
            steun=canonical_support(draw(st.lists(st.sampled_from(list(SUPPORT)), unique=True))),
            relatie=draw(st.sampled_from(list(RELATIONS))),
            weet_van_detentie=draw(st.booleans()),
            gedetineerd=draw(st.booleans()),
            notitie=draw(notes),
            rol=draw(roles),
        )
        for index in range(count)
    )


@st.composite
def maps(draw, *, max_people: int = MAX_PEOPLE) -> NetworkMap:
    child = Child(naam=draw(_clean(MAX_NAME)), leeftijd=draw(st.sampled_from(list(AGES))))
    return NetworkMap(kind=child, personen=draw(people(max_size=max_people)))


def crowded(count: int, sector: str = "gezin", ring: int = 1) -> tuple[Person, ...]:
    """`count` people in one cell: the hardest case for the layout."""
    return tuple(
        Person(id=f"p{i}", naam=f"Persoon nummer {i}", sector=sector, ring=ring)
        for i in range(1, count + 1)
    )
