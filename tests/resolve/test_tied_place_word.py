"""A word after a town that several places tie for is a place's word, not the rest of an
unknown name (normx.resolve.tied_place_word)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

BRAK = Record("loc:brak", "LOC", "Brak", "براك")
SHATTI = Record("loc:shatti", "LOC", "Saadi", "سعدي")  # two villages "Al-Shati" resembles
SHATA = Record("loc:shata", "LOC", "Saddi", "صدي")  # as closely as each other


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_town_keeps_its_link_beside_a_tied_place_word() -> None:
    got = links([BRAK, SHATTI, SHATA], "The convoy reached Brak Al-Shati on Monday.")
    assert ("Brak", "loc:brak") in got
    assert not any(i in {"loc:shatti", "loc:shata"} for _, i in got)


def test_a_word_that_links_nothing_still_makes_an_unknown_name() -> None:
    got = links([BRAK, SHATTI, SHATA], "The convoy reached Brak Zumbrowski on Monday.")
    assert ("Brak", "loc:brak") not in got


def test_a_noun_and_its_adjective_are_one_name() -> None:
    """Both words with the article: "the maritime Jiza", a quarter, not the town Jiza."""
    jiza = Record("loc:jiza", "LOC", "Al-Jiza", "الجيزة")
    got = links([jiza, SHATTI, SHATA], "Fighting ended in Al-Jiza Al-Shati on the sea front.")
    assert ("Al-Jiza", "loc:jiza") not in got


def test_a_word_without_the_article_is_no_region() -> None:
    got = links([BRAK, SHATTI, SHATA], "The convoy reached Brak Shati on Monday.")
    assert ("Brak", "loc:brak") not in got
