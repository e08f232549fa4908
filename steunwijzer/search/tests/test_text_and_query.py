"""Pure parts of search: folding, stemming, highlighting, query parsing."""

from steunwijzer.search.query import MAX_LENGTH, parse_query
from steunwijzer.search.ranking import Candidate, rank
from steunwijzer.search.text import fold, highlight, snippet, stems, words

SYNONYMS = [["gevangenis", "detentie", "bajes"], ["vader", "papa"]]


def test_fold_removes_accents_and_case():
    assert fold("Geïnformeerd Financiële") == "geinformeerd financiele"


def test_stop_words_are_left_out():
    assert words("Wat vertel ik de klas?") == ["vertel", "klas"]


def test_inflected_forms_share_a_stem():
    assert stems("rouwen bezoeken vaders") == stems("rouw bezoek vader")


def test_the_classic_dutch_stemmer_is_used_not_the_aggressive_one():
    assert stems("gemeente") == ["gemeent"]


def test_highlight_marks_words_with_a_wanted_stem_and_escapes_the_rest():
    html = highlight("Kinderen <rouwen> & vaders", frozenset(stems("rouw")))
    assert html == "Kinderen &lt;<mark>rouwen</mark>&gt; &amp; vaders"


def test_snippet_prefers_the_sentence_with_the_query_words():
    text = "Eerste zin over school. Tweede zin over rouw en verdriet. Derde zin."
    assert snippet(text, frozenset(stems("rouw")), length=40) == (
        "Tweede zin over <mark>rouw</mark> en verdriet."
    )


def test_query_expands_synonyms_both_ways():
    query = parse_query("papa bajes", synonyms=SYNONYMS)
    assert [term.word for term in query.terms] == ["papa", "bajes"]
    assert query.terms[0].stems == frozenset(stems("papa vader"))
    assert set(query.terms[1].words) == {"bajes", "gevangenis", "detentie"}


def candidate(id: int, title: str, body: str) -> Candidate:
    return Candidate(id, stems(title), stems(body))


def test_documents_with_all_query_words_rank_first():
    query = parse_query("rouw school", synonyms=[])
    ranked = rank(
        query,
        [candidate(1, "Rouw", "Rouw rouw rouw."), candidate(2, "Thuis", "Rouwen op school.")],
        total=10,
    )
    assert ranked == [(2, 2), (1, 1)]


def test_a_word_in_the_title_weighs_more_than_in_the_body():
    query = parse_query("rouw", synonyms=[])
    ranked = rank(
        query, [candidate(1, "Verdriet", "Over rouw."), candidate(2, "Rouw", "Verdriet.")], total=10
    )
    assert [doc_id for _, doc_id in ranked] == [2, 1]


def test_a_rare_word_weighs_more_than_a_common_one():
    query = parse_query("kind parentificatie", synonyms=[])
    docs = [candidate(i, "Kind", "Een kind.") for i in range(1, 6)]
    docs.append(candidate(9, "Parentificatie", "Het kind zorgt."))
    docs.append(candidate(8, "Parentificatie", "Rolomkering."))
    ranked = [doc_id for _, doc_id in rank(query, docs, total=20)]
    assert ranked[0] == 9
    assert ranked.index(8) < ranked.index(1)


def test_search_syntax_never_survives_parsing():
    query = parse_query('"rouw" NEAR(x*) OR -school: a&b|c (d)', synonyms=[])
    for term in query.terms:
        for word in term.words:
            assert word.isalnum() and word.islower()


def test_control_characters_are_removed_and_long_queries_truncated():
    query = parse_query("rouw\x00\x1b[31m" + "a" * 10_000, synonyms=[])
    assert query.truncated
    assert len(query.text) == MAX_LENGTH
    assert "\x00" not in query.text


def test_a_query_of_only_stop_words_has_no_terms():
    assert parse_query("de het een", synonyms=[]).terms == ()


def test_a_broken_synonyms_file_is_refused_naming_file_group_and_field(tmp_path):
    from steunwijzer.search.content import read_synonyms

    (tmp_path / "zoeken").mkdir()
    (tmp_path / "zoeken" / "synoniemen.yaml").write_text(
        "groups:\n  - words: [bajes, cel]\n  - words: [alleen]\n  - woorden: [a, b]\n"
    )
    errors = []
    assert read_synonyms(path=tmp_path, errors=errors) == [["bajes", "cel"]]
    assert [str(e) for e in errors] == [
        "zoeken/synoniemen.yaml: item 'group 2': field 'words': needs at least two words",
        "zoeken/synoniemen.yaml: item 'group 3': field 'woorden': unknown field",
        "zoeken/synoniemen.yaml: item 'group 3': field 'words': is required",
    ]


def test_without_a_synonyms_file_there_are_no_synonyms(tmp_path):
    from steunwijzer.search.content import read_synonyms

    errors = []
    assert read_synonyms(path=tmp_path, errors=errors) == []
    assert errors == []
