"""The scorer's components, each on a pair of names checked by hand."""

from rapidfuzz.fuzz import ratio

from normx.match.score import NO_MATCH_THRESHOLD, PAIR_FLOOR, score_tokens, token_similarity
from normx.text.normalize import analyse_name, core_tokens


def _tok(word: str):
    (tok,) = core_tokens(analyse_name(word))
    return tok


def _score(query: str, name: str, person: bool = True):
    q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
    return score_tokens(q, n, cross_script=False, person=person)


def test_latin_spellings_that_differ_in_vowels_are_close():
    # plain string ratio sees Beida / Bayda as 60% alike; the vowel-tolerant alignment as one name
    assert ratio("beida", "bayda") == 60.0
    sim, how = token_similarity(_tok("Beida"), _tok("Bayda"), cross_script=False)
    assert sim > 0.9 and how == "vowels"
    sim, _ = token_similarity(_tok("Zawiya"), _tok("Zawiyah"), cross_script=False)
    assert sim > 0.95


def test_a_different_consonant_is_not_a_vowel_difference():
    same, _ = token_similarity(_tok("Hamid"), _tok("Hameed"), cross_script=False)
    other, _ = token_similarity(_tok("Hamid"), _tok("Hamad"), cross_script=False)
    assert same > other  # i / ee is one vowel; i / a a vowel of another quality
    none, _ = token_similarity(_tok("Beida"), _tok("Bayra"), cross_script=False)
    assert none < PAIR_FLOOR


def test_a_short_key_pairs_only_forms_of_comparable_length():
    # Ali and a long form with the same one-consonant key: the index filters such pairs out
    # by length (Matcher._find_neighbours), so the scorer must not pair them either
    sim, _ = token_similarity(_tok("Ali"), _tok("Aaaliyyah"), cross_script=False)
    assert sim < PAIR_FLOOR


def test_dropped_middle_names_cost_less_than_a_dropped_surname():
    name = "Khalifa Belqasim Haftar"
    given_and_surname = _score("Khalifa Haftar", name).score
    given_and_father = _score("Khalifa Belqasim", name).score
    assert given_and_surname > given_and_father


def test_a_name_written_with_the_article_is_not_a_given_name():
    swapped = _score("Saif al-Adil", "Adil Saifi")
    assert "family name as given name" in swapped.penalties
    plain = _score("Saif al-Adil", "Saif Adil")
    assert "family name as given name" not in plain.penalties
    assert plain.score > swapped.score
    place = _score("Saif al-Adil", "Adil Saifi", person=False)
    assert "family name as given name" not in place.penalties  # places have no given names


def test_an_omitted_surname_is_not_a_conflicting_one():
    name = "Saddam Hussein al-Tikriti"
    omitted = _score("Saddam Hussein", name)
    conflicting = _score("Saddam Hussein al-Majid", name)
    assert "surname not matched" not in omitted.penalties
    assert "surname not matched" in conflicting.penalties


def test_generic_place_words_weigh_little():
    # "Village" is what kind of place, not which one: leaving it out costs little...
    assert (
        _score("Silik", "Silik Village", person=False).score
        > _score("Silik", "Silik Tarbja", person=False).score
    )
    # ...and a name made only of it is not matched by a word that merely resembles it
    assert _score("Qaryan", "Al Qaryat", person=False).score < 0.5
    assert _score("Qaryat Mazzu", "Mazzu", person=False).score > 0.8


def test_a_query_of_generic_words_alone_names_no_place():
    # "Village" says what kind of place, never which: before, it reached 0.83 against any
    # "X Village" (its only word matched exactly, the name's own word cost little)
    found = _score("Village", "Silik Village", person=False)
    assert found.score < NO_MATCH_THRESHOLD and "no distinctive word" in found.penalties
    assert _score("Qaryat", "Al Qaryat", person=False).score == 1.0  # a place named so


def test_an_article_the_name_lacks_is_noted():
    assert "article not in name" in _score("al Bardi", "Bardia", person=False).penalties
    assert "article not in name" not in _score("al Bardi", "Al Burdi", person=False).penalties
    assert "article not in name" not in _score("Bardi", "Al Burdi", person=False).penalties


def test_two_latin_letters_match_only_exactly():
    # o and u are one vowel quality, so "OK" and "UK" align perfectly: no spelling variant
    # of a two-letter word is worth a match
    assert token_similarity(_tok("OK"), _tok("UK"), cross_script=False)[0] < PAIR_FLOOR
    assert token_similarity(_tok("UK"), _tok("UK"), cross_script=False) == (1.0, "exact")


def test_the_given_name_after_a_leading_abu_is_still_first():
    # "Sofian Abdelrazik" names Abu Sufian ... 'Abd al-Razziq by the part after the kunya's
    # Abu, which no query written without "Abu" can pair: its given name is not misplaced
    kunya = _score("Sufian Mahmoud", "Abu Sufian Salem Mahmoud")
    assert "given name not first" not in kunya.penalties
    later = _score("Salem Mahmoud", "Abu Sufian Salem Mahmoud")
    assert "given name not first" in later.penalties
    assert kunya.score > later.score
    # a query that writes the Abu pairs it: the name's first part is Abu itself
    written = _score("Abu Salem", "Abu Sufian Salem")
    assert "given name not first" not in written.penalties
