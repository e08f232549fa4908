"""Whatever arrives in the query string, the plan's pages answer 200, 303 or 400: never a 500."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steunwijzer.plan.situation import CODES, Situation, parse_query
from steunwijzer.plan.wizard import WIZARD_PARAMETERS

pytestmark = pytest.mark.django_db
ANSWERS = {200, 303, 400}
FIXTURES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)

names = st.sampled_from([*CODES, *WIZARD_PARAMETERS, "x", "", "rol[]", "ROL"]) | st.text(
    max_size=12
)
values = st.sampled_from(
    [v for vs in CODES.values() for v in vs] + [*WIZARD_PARAMETERS["stap"], "", "verder"]
) | st.text(max_size=12)
pairs = st.lists(st.tuples(names, values), max_size=12)


def as_query(chosen: list[tuple[str, str]]) -> str:
    return "&".join(f"{quote(name)}={quote(value)}" for name, value in chosen)


def wsgi(text: str) -> str:
    """A query string as a WSGI server passes it: bytes read as Latin-1."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


@FIXTURES
@given(raw=st.text(max_size=300))
def test_arbitrary_query_strings_never_break_the_wizard_or_the_plan(client, site_content, raw):
    for url in ["/steunplan/", "/steunplan/advies/"]:
        assert client.get(url, QUERY_STRING=wsgi(raw)).status_code in ANSWERS


@FIXTURES
@given(chosen=pairs)
def test_mixtures_of_real_and_fake_answers_never_break_the_wizard_or_the_plan(
    client, site_content, chosen
):
    for url in ["/steunplan/", "/steunplan/advies/"]:
        assert client.get(url, QUERY_STRING=as_query(chosen)).status_code in ANSWERS


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(chosen=pairs)
def test_odd_queries_never_break_the_pdf(client, site_content, chosen):
    assert client.get("/steunplan/advies.pdf", QUERY_STRING=as_query(chosen)).status_code in ANSWERS


@given(raw=st.text(max_size=3000))
def test_parsing_any_text_gives_a_valid_situation(raw):
    situation = parse_query(raw, extra=WIZARD_PARAMETERS).situation
    assert isinstance(situation, Situation)
    assert all(value in CODES[name] for name, value in situation.pairs())
