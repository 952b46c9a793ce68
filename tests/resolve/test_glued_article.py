"""A word a name spells only with an article glued on ("Alitalia" for "Italia") gives way to
a name that spells it whole (Italy, by its Italian exonym); alone, it still links."""

from __future__ import annotations

from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.glued_article import without_glued_article

RECORDS = [
    Record("loc:italy", "LOC", "Italy", "إيطاليا"),
    Record("org:alitalia", "ORG", "Alitalia", "أليطاليا"),
]


def _cand(rid: str, matched: str) -> Candidate:
    return Candidate(rid, matched, "LOC", 1.0, matched, "exact")


def test_without_glued_article() -> None:
    both = [_cand("org:alitalia", "Alitalia"), _cand("loc:italy", "Italy")]
    assert [c.id for c in without_glued_article("Italia", both)] == ["loc:italy"]
    assert without_glued_article("Italia", both[:1]) == both[:1]
    assert without_glued_article("Alitalia", both) == both


def test_the_exonym_is_the_country_not_the_airline() -> None:
    nz = Normalizer.from_records(RECORDS)
    links = link_map(nz, "The ambassador of Italia attended the ceremony.")
    assert links.get("Italia") == "loc:italy"


def test_the_glued_name_alone_still_links() -> None:
    nz = Normalizer.from_records(RECORDS[1:])
    assert link_map(nz, "Alitalia flew to Tripoli.").get("Alitalia") == "org:alitalia"
