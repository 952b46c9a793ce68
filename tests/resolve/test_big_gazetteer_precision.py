"""Precision under a large gazetteer: villages named by common words, persons whose names
merely resemble a repeated word or run on, adjectives of places, ties between look-alikes
(normx.resolve.spelled_article, name_part_place, repeated_word, adjective_rival,
tied_document). Each test holds the document's entity, if any, and the look-alike that a
gazetteer of tens of thousands of records holds beside it."""

from __future__ import annotations

from collections import Counter
from itertools import product

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.repeated_word import repeated_word_split
from normx.resolve.tied_document import linked_elsewhere


def _links(records: list[Record], text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


# --- "Al-X" is no village "X" whose names never take the article ------------------------
SABRI = [Record("loc:sabri", "LOC", "Sabri", "صبري")]


def test_article_word_is_not_a_village_named_without_the_article() -> None:
    links = _links(SABRI, "The army advanced, Al-Sabri said on Monday.")
    assert "loc:sabri" not in links.values()


def test_the_bare_word_still_names_the_village() -> None:
    assert _links(SABRI, "Fighting reached Sabri on Monday.").get("Sabri") == "loc:sabri"


def test_a_village_whose_arabic_name_has_the_article_keeps_the_article_word() -> None:
    records = [Record("loc:sabri", "LOC", "Sabri", "الصبري")]
    assert _links(records, "Fighting reached Al-Sabri on Monday.").get("Al-Sabri") == "loc:sabri"


def test_a_name_with_no_arabic_and_no_latin_article_is_not_judged() -> None:
    records = [Record("loc:sabri", "LOC", "Sabri")]
    assert _links(records, "Fighting reached Al-Sabri on Monday.").get("Al-Sabri") == "loc:sabri"


def test_the_place_written_with_the_article_wins_over_the_one_spelled_without() -> None:
    records = [
        Record("loc:dabdab", "LOC", "Dabdab", "دبدب"),
        Record("loc:debdeb", "LOC", "Debdeb", "الدبداب"),
    ]
    text = "The crossing at Al-Dabdab reopened on Monday."
    assert _links(records, text).get("Al-Dabdab") == "loc:debdeb"


def test_the_word_without_its_article_is_judged_as_written() -> None:
    # the sub-span search also tries "Nasr" alone: it is still the "Al-Nasr" of the text
    records = [Record("loc:nasr", "LOC", "Nasr", "نصر")]
    links = _links(records, "Al-Ahly defeated Al-Nasr with two goals.")
    assert "loc:nasr" not in links.values()


def test_persons_are_not_judged_by_the_article() -> None:
    records = [Record("per:sabri", "PER", "Ali Sabri", "علي صبري")]
    text = "Ali Sabri arrived. Later Ali Sabri spoke."
    assert _links(records, text).get("Ali Sabri") == "per:sabri"


# --- a one-word village named like a name part, written inside a person's name ----------
AHMED = [
    Record("per:ibrahim-al-koni", "PER", "Ibrahim al-Koni", "إبراهيم الكوني"),
    Record("per:ahmed-maiteeq", "PER", "Ahmed Maiteeq", "أحمد معيتيق"),
    Record("loc:ahmed", "LOC", "Ahmed", "أحمد"),
]


def test_a_village_named_like_a_fathers_name_inside_a_name_is_no_mention() -> None:
    links = _links(AHMED, "The deputy of Ghat, Ibrahim Al-Kouni Ahmed, called on Parliament.")
    assert "loc:ahmed" not in links.values()
    assert "per:ibrahim-al-koni" not in links.values()  # a longer name: another man


def test_the_village_apart_from_a_name_still_links() -> None:
    links = _links(AHMED, "Ibrahim Al-Kouni went to Ahmed on Monday.")
    assert links.get("Ahmed") == "loc:ahmed"


# --- one repeated word read as two different words of a longer name --------------------
def test_a_repeated_word_paired_with_two_name_words_is_no_match() -> None:
    records = [Record("per:aziza", "PER", "Aziza Al-Uzza", "عزيزة العزى")]
    links = _links(records, "Associated Press writer Bouazza Ben Bouazza contributed.")
    assert "per:aziza" not in links.values()


def _cand(pairs: list[tuple[str, str, float]], method: str = "phonetic") -> Candidate:
    explain = {"pairs": [{"query": q, "name": n, "sim": s} for q, n, s in pairs]}
    return Candidate("per:x", "X", "PER", 0.9, "X", method, explain)


def test_repeated_word_rule_reads_the_pairs() -> None:
    assert repeated_word_split(_cand([("bouazza", "aziza", 0.92), ("bouazza", "uzza", 0.83)]))
    # the repeated word spelled as one of the name's words is that word
    assert not repeated_word_split(_cand([("saleh", "saleh", 1.0), ("saleh", "salih", 0.9)]))
    # the same word twice in the name too ("Mohamed Mohamed Ali")
    assert not repeated_word_split(_cand([("mohamed", "muhammad", 0.9)] * 2))
    # two different words of the text
    assert not repeated_word_split(_cand([("aguila", "aqila", 0.9), ("saleh", "salih", 0.9)]))
    assert not repeated_word_split(
        _cand([("bouazza", "aziza", 0.92), ("bouazza", "uzza", 0.83)], method="exact")
    )


# --- the adjective of one place among look-alikes ---------------------------------------
def test_an_adjective_of_a_close_candidate_links_to_no_look_alike() -> None:
    records = [
        Record("loc:sahara", "LOC", "Sahara", "الصحراء الكبرى"),
        Record("loc:shahrani", "LOC", "Shahrani", "الشهراني"),
    ]
    links = _links(records, 'Saied called them "hordes" of Saharan migrants.')
    assert links.get("Saharan") is None
    assert _links(records, "They reached Shahrani at dawn.").get("Shahrani") == "loc:shahrani"


# --- a rare word before a name of common given names only -------------------------------
def _crowd() -> list[Record]:
    """2,000 persons named Mohamed or Salah beside invented family names of plain syllables:
    the size from which the matcher counts name parts' frequency."""
    syllables = ["bar", "dun", "fel", "gor", "kim", "lut", "mor", "nip", "pel", "rud"]
    families = ["".join(p).capitalize() for p in product(syllables, repeat=3)][:1000]
    return [
        Record(f"per:crowd-{given.lower()}-{i}", "PER", f"{given} {family}")
        for given in ("Mohamed", "Salah")
        for i, family in enumerate(families)
    ]


SALAH = Record("per:mohamed-salah", "PER", "Mohamed Salah", "محمد صلاح")
MAYOR = "The statement, read by the mayor of Ghat, Koumani Mohamed Salah, said so."


@pytest.fixture(scope="module")
def crowded() -> Normalizer:
    return Normalizer.from_records([SALAH, *_crowd()])


def test_a_rare_word_before_a_common_name_makes_another_man(crowded: Normalizer) -> None:
    found = {m.text: m.id for m in crowded.canonicalize(MAYOR).mentions}
    assert "per:mohamed-salah" not in found.values()
    assert found.get("Koumani Mohamed Salah", "missing") is None


def test_the_common_name_alone_is_still_the_man_here(crowded: Normalizer) -> None:
    text = "The statement, read by the mayor of Ghat, Mohamed Salah, said so."
    found = {m.text: m.id for m in crowded.canonicalize(text).mentions}
    assert found.get("Mohamed Salah") == "per:mohamed-salah"


def test_a_small_gazetteer_gives_no_evidence_of_commonness() -> None:
    # no name part is common among a few records: the rare word may be an English one
    found = _links([SALAH], MAYOR)
    assert found.get("Mohamed Salah") == "per:mohamed-salah"


# --- a tie between look-alikes: the one the document links elsewhere -------------------
DEBDEB = [
    Record("loc:dabdab", "LOC", "Dabdab", "دبدب"),
    Record("loc:debdeb", "LOC", "Debdeb", "الدبداب"),
]


def test_a_tied_word_is_the_place_the_document_links_elsewhere() -> None:
    text = "The crossing at Al-Dabdab reopened. Traders reached Debdab on Tuesday."
    links = _links(DEBDEB, text)
    assert links.get("Al-Dabdab") == "loc:debdeb"
    assert links.get("Debdab") == "loc:debdeb"


def test_linked_elsewhere_needs_exactly_one_linked_candidate() -> None:
    a = Candidate("loc:a", "A", "LOC", 0.9, "A", "fuzzy", {})
    b = Candidate("loc:b", "B", "LOC", 0.9, "B", "fuzzy", {})
    never = lambda c: False  # noqa: E731
    assert linked_elsewhere((a, b), Counter({"loc:b": 2}), ["b"], never) is b
    assert linked_elsewhere((a, b), Counter({"loc:a": 1, "loc:b": 1}), ["b"], never) is None
    assert linked_elsewhere((a, b), Counter(), ["b"], never) is None
    # two words, a word that only describes the linked one, or bodies take no side
    assert linked_elsewhere((a, b), Counter({"loc:b": 2}), ["b", "c"], never) is None
    assert linked_elsewhere((a, b), Counter({"loc:b": 2}), ["b"], lambda c: True) is None
    # a homonym: two places bear the very name matched
    same = Candidate("loc:c", "C", "LOC", 0.9, "B", "fuzzy", {})
    assert linked_elsewhere((same, b), Counter({"loc:b": 2}), ["b"], never) is None
    body = Candidate("org:b", "B", "ORG", 0.9, "B", "fuzzy", {})
    assert linked_elsewhere((a, body), Counter({"org:b": 2}), ["b"], never) is None
