"""A name right after "the company", "the channel of" ... names the body, not a place."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.body_noun_place import place_after_body_noun

RECORDS = [
    Record(
        "loc:united-arab-emirates",
        "LOC",
        "United Arab Emirates",
        "الإمارات العربية المتحدة",
        aliases_en=("UAE", "Emirates"),
        aliases_ar=("الإمارات", "دولة الإمارات"),
    ),
    Record("loc:egypt", "LOC", "Egypt", "مصر"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("org:facebook", "ORG", "Facebook", "فيسبوك"),
]

_links = pairs_for(RECORDS)


def _place(name: str) -> Candidate:
    return Candidate(id="loc:x", name=name, type="LOC", score=1.0, matched=name, method="coref")


def test_place_after_company_or_channel_is_dropped() -> None:
    for text in ("the company Meta", "the channel Emira", "the Channel Emira"):
        start = text.rindex(" ") + 1
        assert place_after_body_noun(text, start, _place("Emirates"))


def test_place_after_other_words_is_kept() -> None:
    for text in ("the agency of Tripoli", "the channel of Tripoli", "the city Tripoli"):
        start = text.rindex(" ") + 1
        assert not place_after_body_noun(text, start, _place("Tripoli"))


def test_company_name_is_no_place_named_later() -> None:
    found = _links(
        "The platform said that the company Meta which owns Facebook closed dozens of the "
        "pages. And the company Meta had announced that it removed networks run from Egypt "
        "and the Emirates."
    )
    assert ("Emirates", "loc:united-arab-emirates") in found
    assert ("Facebook", "org:facebook") in found
    assert all(t != "Meta" or i != "loc:united-arab-emirates" for t, i in found)
