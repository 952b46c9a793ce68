"""A lone bare word spelled exactly by two places: the one whose names write it bare.

"Ghat" renders غات, not الغاط: English keeps the article of a place's Arabic name, so the
Saudi Al Ghat, whose names write the word only with it, gives way to the Libyan Ghat.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TOWNS = [
    Record("loc:ghat", "LOC", "Ghat", "غات"),
    Record("loc:al-ghat-saudi-arabia", "LOC", "Al Ghat", "الغاط"),
]


def _links(records: list[Record], text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_a_bare_word_goes_to_the_place_that_writes_it_bare() -> None:
    text = "Protesters closed the road to Ghat on Monday."
    assert _links(TOWNS, text).get("Ghat") == "loc:ghat"


def test_the_word_with_its_article_is_not_decided_here() -> None:
    text = "Protesters closed the road to Al-Ghat on Monday."
    assert _links(TOWNS, text).get("Al-Ghat") != "loc:ghat"


def test_a_place_that_writes_the_word_both_ways_leaves_the_tie() -> None:
    records = [
        Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
        Record("loc:al-zawiya-iraq", "LOC", "Al Zawiya", "الزاوية"),
    ]
    text = "Protesters closed the road to Zawiya on Monday."
    assert _links(records, text).get("Zawiya") is None


def test_two_bare_namesakes_stay_tied() -> None:
    records = [*TOWNS, Record("loc:ghat-niger", "LOC", "Ghat", "غات")]
    text = "Protesters closed the road to Ghat on Monday."
    assert _links(records, text).get("Ghat") is None
