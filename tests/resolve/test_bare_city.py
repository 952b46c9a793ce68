"""A bare word between "<name> Governorate" and "<name>, <country>": the town."""

from link_pairs import pairs as _links

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.bare_city import bare_name, town_over_unit

TOWN = Record("loc:sohag", "LOC", "Sohag, Egypt", "سوهاج")
UNIT = Record("loc:sohag-governorate", "LOC", "Sohag Governorate", "محافظة سوهاج")


def test_bare_name_drops_a_comma_or_bracket_qualifier() -> None:
    assert bare_name("Sohag, Egypt") == "sohag"
    assert bare_name("Tyre (Lebanon)") == "tyre"
    assert bare_name("Sohag Governorate") is None


def test_town_over_unit_picks_the_one_qualified_namesake() -> None:
    unit = Candidate("loc:u", "Sohag Governorate", "LOC", 0.78, "Sohag Governorate", "phonetic")
    town = Candidate("loc:t", "Sohag, Egypt", "LOC", 0.78, "Sohag, Egypt", "phonetic")
    other = Candidate("loc:o", "Suhaj, Yemen", "LOC", 0.7, "Suhaj, Yemen", "fuzzy")
    assert town_over_unit("Sohag", unit, [unit, town, other]) is town
    assert town_over_unit("Sohag", unit, [unit, other]) is unit


def test_the_bare_word_is_the_town() -> None:
    found = _links([TOWN, UNIT], "Copts were killed in Sohag last year.")
    assert ("Sohag", "loc:sohag") in found


def test_without_the_town_the_unit_stands() -> None:
    found = _links([UNIT], "Copts were killed in Sohag last year.")
    assert ("Sohag", "loc:sohag-governorate") in found
