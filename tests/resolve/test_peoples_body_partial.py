"""A body matched only in part is no link when the text names a people its names lack
("Tuareg High Council" is not the High Council of State); the country's own demonym is no
such word ("Libyan High Council"), and a people's council the gazetteer holds under its
Arabic name is found by the people's word ("Amazigh High Council": المجلس الأعلى للأمازيغ)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

HCS = Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة")
AMAZIGH = Record("org:amazigh-council", "ORG", None, "المجلس الأعلى للأمازيغ")
# a gazetteer name that says "Amazigh" in English: without one the demonym is taken for
# context before the whole span is matched (see the report: Arabic-only names)
CONGRESS = Record("org:wac", "ORG", "World Amazigh Congress", "الكونغرس العالمي الأمازيغي")


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_another_peoples_word_undoes_a_partial_body_match():
    assert _links([HCS], "The Tuareg High Council condemned the closure.") == []


def test_the_countrys_own_demonym_does_not():
    found = _links([HCS], "The Libyan High Council condemned the closure.")
    assert [link for _, link in found] == ["org:hcs"]


def test_a_peoples_council_is_found_by_the_peoples_word():
    found = _links([HCS, AMAZIGH, CONGRESS], "The Amazigh High Council condemned the closure.")
    assert found == [("Amazigh High Council", "org:amazigh-council")]
