"""The resources filter's word match (pure)."""

from steunwijzer.content.filtering import MAX_WORDS, filter_words, matches


def test_words_are_folded_split_on_anything_but_letters_and_digits_and_kept_once():
    assert filter_words("  Bézoek, GEVANGENIS!  bezoek ") == ("bezoek", "gevangenis")
    assert filter_words("") == ()
    assert filter_words("<script>alert(1)</script>") == ("script", "alert", "1")


def test_at_most_eight_words_are_kept():
    assert len(filter_words(" ".join(f"w{i}" for i in range(20)))) == MAX_WORDS


def test_every_word_must_occur_also_inside_a_longer_word():
    text = "boekenlijst expertisecentrum k i n d voor ouders"
    assert matches(text, ("boek", "ouder"))
    assert not matches(text, ("boek", "moeder"))
    assert matches(text, ())
