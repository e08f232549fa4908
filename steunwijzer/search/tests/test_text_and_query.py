"""Pure parts of search: folding, stemming, highlighting, query parsing."""

from steunwijzer.search.models import Document
from steunwijzer.search.query import MAX_LENGTH, parse_query
from steunwijzer.search.ranking import Candidate, common_terms, rank
from steunwijzer.search.results import Results, dutch_count, group
from steunwijzer.search.text import fold, highlight, sentences, snippet, stems, words

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


# Snippets: whole sentences, no list debris, highlighting only what is asked.

LIST_BODY = (
    "Een kind kan reageren zoals bij rouw. Bijvoorbeeld:\n\n"
    "- verdriet\n- **gemis**\n- boosheid\n\n"
    "Ongeveer 12.000 kinderen zijn jonger dan 18. Dat is veel, bijv. de helft."
)


def test_sentences_turn_a_list_into_one_sentence_without_its_marks():
    assert sentences(LIST_BODY) == [
        "Een kind kan reageren zoals bij rouw.",
        "Bijvoorbeeld: verdriet, gemis, boosheid.",
        "Ongeveer 12.000 kinderen zijn jonger dan 18.",
        "Dat is veel, bijv. de helft.",
    ]


def test_a_list_after_a_full_sentence_becomes_its_own_capitalised_sentence():
    assert sentences("Wat helpt.\n* rust\n* regelmaat\n1. een vaste plek") == [
        "Wat helpt.",
        "Rust, regelmaat, een vaste plek.",
    ]


def test_a_snippet_has_no_list_marks_markup_or_cut_words():
    html = snippet(LIST_BODY, frozenset(stems("gemis")), length=100)
    assert html == (
        "Een kind kan reageren zoals bij rouw. Bijvoorbeeld: verdriet, <mark>gemis</mark>, "
        "boosheid."
    )
    assert "- " not in html and "**" not in html


def test_a_snippet_is_made_of_whole_sentences_and_marks_skipped_ones():
    text = "Over rouw. " + "Een zin zonder het woord erin. " * 4 + "Weer rouw hier."
    html = snippet(text, frozenset(stems("rouw")), length=40)
    assert html == "Over <mark>rouw</mark>. … Weer <mark>rouw</mark> hier."


def test_only_a_sentence_longer_than_the_limit_is_cut_and_then_at_a_whole_word():
    text = "Rouw " + "woordje " * 80 + "eind."
    html = snippet(text, frozenset(stems("rouw")), longest=100)
    assert html.endswith(" …")
    assert html.removesuffix(" …").endswith("woordje")
    assert len(html) < 130


def test_a_snippet_marks_only_the_words_it_is_told_to():
    html = snippet("Het kind praat over rouw.", frozenset(stems("kind rouw")), mark=frozenset())
    assert html == "Het kind praat over rouw."
    html = snippet(
        "Het kind praat over rouw.", frozenset(stems("kind rouw")), mark=frozenset(stems("rouw"))
    )
    assert html == "Het kind praat over <mark>rouw</mark>."


def test_without_a_match_the_snippet_is_the_first_sentences():
    assert snippet("Bel 0800-2000. Dag en nacht.", frozenset()) == "Bel 0800-2000. Dag en nacht."


# Ranking: a title that is just the query, and words too common to highlight.


def test_a_title_that_is_the_query_ranks_first_among_equal_matches():
    query = parse_query("veilig thuis", synonyms=[])
    ranked = rank(
        query,
        [
            candidate(1, "Vraag Veilig Thuis om advies", "Veilig thuis, veilig thuis, thuis."),
            candidate(2, "Veilig Thuis", "Advies bij geweld."),
        ],
        total=10,
    )
    assert [doc_id for _, doc_id in ranked] == [2, 1]


def test_a_term_in_more_than_the_share_of_documents_is_common():
    query = parse_query("kind rouw", synonyms=[])
    found = [set(stems("kind")), set(stems("kind")), set(stems("kind rouw"))]
    assert common_terms(query, found, total=4, share=0.5) == {0}
    assert common_terms(query, found, total=10, share=0.5) == set()


# Counts in Dutch.


def test_dutch_counts_use_one_or_more():
    assert dutch_count(1, "resultaat", "resultaten") == "1 resultaat"
    assert dutch_count(2, "resultaat", "resultaten") == "2 resultaten"
    assert dutch_count(0, "resultaat", "resultaten") == "0 resultaten"


def test_counts_per_kind_read_as_dutch():
    results = Results(
        query=parse_query("x"),
        hits=[],
        total=5,
        kinds=("thema", "thema", "thema", "advies", "kennis"),
    )
    assert results.counts() == ["3 thema's", "1 kennisitem", "1 advies"]
    assert results.summary() == "5 resultaten"


# Grouping: a document under its parent, at the better place of the two.


def doc(key: str, parent: str = "") -> Document:
    return Document(key=key, parent=parent, kind="advies" if parent else "kennis")


def test_a_document_goes_inside_its_parents_result_at_the_better_place():
    item, advice, other = doc("item:a"), doc("steunplan:a", "item:a"), doc("item:b")
    grouped = group([(2, advice), (1, other), (1, item)])
    assert [(m, lead.key, [d.key for d in ds]) for m, lead, ds in grouped] == [
        (2, "item:a", ["steunplan:a"]),
        (1, "item:b", []),
    ]


def test_a_document_whose_parent_was_not_found_is_its_own_result():
    advice = doc("steunplan:a", "item:a")
    grouped = group([(1, advice)])
    assert [(lead.key, ds) for _, lead, ds in grouped] == [("steunplan:a", [])]
