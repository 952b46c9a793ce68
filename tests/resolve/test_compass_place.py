"""A place after a capitalised compass word inside a sentence ("the stations of Khoms and
Western Sabha") is a longer name, not the bare place (normx.resolve.compass_place)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [Record("loc:sabha", "LOC", "Sabha", "سبها")]

_links = pairs_for(RECORDS)


def test_capitalised_compass_word_makes_another_name() -> None:
    found = _links("Gas ran short at the power stations of Ubari and Western Sabha last week.")
    assert not any(i == "loc:sabha" for _, i in found)


def test_lower_case_direction_keeps_the_place() -> None:
    found = _links("Clashes broke out in western Sabha last week.")
    assert ("Sabha", "loc:sabha") in found


def test_compass_word_opening_the_sentence_keeps_the_place() -> None:
    found = _links("The report was published. Southern Sabha saw no clashes last week.")
    assert ("Sabha", "loc:sabha") in found


def test_the_longer_name_in_the_other_order_links() -> None:
    station = Record(
        "loc:sabha-west-power-station", "LOC", "Sabha West Power Station", "محطة كهرباء غرب سبها"
    )
    found = pairs_for([*RECORDS, station])(
        "Gas ran short at the power stations of Ubari and Western Sabha last week."
    )
    assert ("Sabha", "loc:sabha-west-power-station") in found
