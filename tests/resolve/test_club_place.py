"""A place that names a club, said as a match opponent (session 24, h-v39c24): "its draw with
Abu Sleem" is Abu Salim SC (نادي أبو سليم) when the report links the club; "in Abu Salim"
stays the district."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(id="org:abu-salim-sc", type="ORG", name_en="Abu Salim SC", name_ar="نادي أبو سليم"),
    Record(id="loc:abu-salim", type="LOC", name_en="Abu Salim", name_ar="أبو سليم"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_the_opponent_is_the_club() -> None:
    text = (
        "The group was topped by the Abu Salim SC. Al-Madina Club missed the qualification "
        "after its draw with Abu Salim in the last round."
    )
    links = _links(text)
    assert ("Abu Salim", "org:abu-salim-sc") in links
    assert ("Abu Salim", "loc:abu-salim") not in links


def test_the_place_stays_a_place() -> None:
    text = "The Abu Salim SC won. Fans celebrated in Abu Salim on Friday."
    assert ("Abu Salim", "loc:abu-salim") in _links(text)


def test_no_club_linked_leaves_the_place() -> None:
    text = "Al-Madina Club missed the qualification after its draw with Abu Salim."
    assert ("Abu Salim", "loc:abu-salim") in _links(text)
