"""Namesake clubs told apart by the place the document says ("Al-Ittihad" ... "Tripoli")."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.detect.lexicon import lexicon
from normx.gazetteer.schema import Record
from normx.resolve.said_words import added_words, generic_words

RECORDS = [
    Record(id="org:ittihad-tripoli", type="ORG", name_en="Al-Ittihad Club (Tripoli)"),
    Record(id="org:ittihad-jeddah", type="ORG", name_en="Al-Ittihad Club (Jeddah)"),
    Record(id="org:ittihad-alexandria", type="ORG", name_en="Al Ittihad Alexandria Club"),
    Record(id="loc:tripoli", type="LOC", name_en="Tripoli"),
    Record(id="org:tripoli-ff", type="ORG", name_en="Tripoli Football Federation"),
    Record(id="org:jeddah-ff", type="ORG", name_en="Jeddah Football Federation"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_the_club_of_the_city_the_document_names() -> None:
    text = "Al-Ittihad won the final on Friday. Fans celebrated in Tripoli until dawn."
    assert ("Al-Ittihad", "org:ittihad-tripoli") in _links(text)


def test_two_cities_said_leave_the_club_undecided() -> None:
    text = "Al-Ittihad won on Friday. Fans celebrated in Tripoli and in Jeddah."
    assert all(t != "Al-Ittihad" for t, _ in _links(text))


def test_no_city_said_leaves_the_club_undecided() -> None:
    assert all(t != "Al-Ittihad" for t, _ in _links("Al-Ittihad won the final on Friday."))


def test_a_word_from_the_middle_of_a_name_is_no_short_name() -> None:
    text = "Fans in Tripoli cheered. The Football Federation named a new coach."
    assert all(i not in ("org:tripoli-ff", "org:jeddah-ff") for _, i in _links(text))


def test_added_words_leave_out_demonyms_heads_and_what_the_mention_said() -> None:
    generic = generic_words(lexicon())
    said = {"football", "federation"}
    assert added_words("Tunisian Football Federation", said, generic) == []
    assert added_words("Al-Ittihad Club (Tripoli)", {"ittihad"}, generic) == ["Tripoli"]
    assert added_words("نادي الاتحاد (طرابلس)", {"ittihad"}, generic) == []
