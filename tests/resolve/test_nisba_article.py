"""A lone surname written with the article after a stranger's full name is that stranger,
not the town written bare before him ("Ghadamis ... the lawyer Salem Al-Ghadamisi ... And
Al-Ghadamisi added"); the bare town word after him stays the town (normx.resolve.nisba_article).
Fails on main 92c9f17 (the lone "Al-..." went to the town by coreference)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.nisba_article import nisba_of_unknown

TOWN = Record("loc:tazirbu", "LOC", "Tazirbu", "تازربو")
OTHER = Record("loc:kufra", "LOC", "Kufra", "الكفرة")


def _ids(text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records([TOWN, OTHER]).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


def test_the_article_nisba_after_the_stranger_is_the_stranger() -> None:
    text = (
        "The families of Tazirbu have no number. And the lawyer Abdul Salam Al-Tazirbu said "
        "that the families won cases in Kufra. And Al-Tazirbu added that nothing was done."
    )
    assert _ids(text, "Tazirbu") == ["loc:tazirbu"]
    assert _ids(text, "Al-Tazirbu") == [None]


def test_the_bare_town_after_the_stranger_stays_the_town() -> None:
    text = (
        "The families of Tazirbu have no number. And the lawyer Abdul Salam Al-Tazirbu said "
        "that the families won cases. The road to Tazirbu is closed."
    )
    assert _ids(text, "Tazirbu") == ["loc:tazirbu", "loc:tazirbu"]


def test_the_predicate_wants_the_article_on_the_word_only() -> None:
    assert nisba_of_unknown("Al-Tazirbu", "Abdul Salam Al-Tazirbu", "Tazirbu")
    assert nisba_of_unknown("el-Tazirbu", "Abdul Salam El-Tazirbu", "Tazirbu")
    assert not nisba_of_unknown("Tazirbu", "Abdul Salam Al-Tazirbu", "Tazirbu")
    assert not nisba_of_unknown("Al-Tazirbu", "Abdul Salam Al-Tazirbu", "Al-Tazirbu")
    assert not nisba_of_unknown("Al-Tazirbu", "Abdul Salam Al-Kufri", "Tazirbu")


def test_a_person_named_in_full_first_keeps_his_surname() -> None:
    # articles-v7's shape: the antecedent is a person, not a town: the rule does not apply
    person = Record("per:salem-tazirbu", "PER", "Salem Al-Tazirbu", "سالم التازربو")
    text = (
        "The court charged Salem Al-Tazirbu with the attack. His nephew, Omar Al-Tazirbu, said "
        "the family learned it from the media. The lawyers of Al-Tazirbu will appeal."
    )
    doc = Normalizer.from_records([person, TOWN, OTHER]).canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "Al-Tazirbu"] == ["per:salem-tazirbu"]
