"""A run-together company name written as two words ("Egypt Air" for EgyptAir) is one mention
of the company, not the country and an unknown word (normx.resolve.spaced_compound)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:egyptair", "ORG", "EgyptAir", "مصر للطيران"),
    Record("loc:egypt", "LOC", "Egypt", "مصر"),
    Record("org:turkish-airlines", "ORG", "Turkish Airlines", "الخطوط الجوية التركية"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_two_words_before_a_lower_case_noun_are_the_company() -> None:
    text = "In the same context, the Egypt Air company announced more flights to Benghazi."
    assert ("Egypt Air", "org:egyptair") in _links(text)


def test_the_country_word_does_not_take_the_first_half() -> None:
    text = "He said that the Turkish Airlines and the Egypt Air are the only big companies there."
    links = _links(text)
    assert ("Egypt Air", "org:egyptair") in links
    assert ("Egypt", "loc:egypt") not in links


def test_the_country_before_another_word_stays_the_country() -> None:
    text = "Flights to Egypt Monday were cancelled, the ministry said."
    links = _links(text)
    assert ("Egypt", "loc:egypt") in links
    assert all(i != "org:egyptair" for _, i in links)
