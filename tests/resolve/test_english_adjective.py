"""An English adjective of a place, reached by the loose matcher, is no mention of the place."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.english_adjective import english_adjective_of

RECORDS = [
    Record("loc:sahel", "LOC", "Sahel", "الساحل"),
    Record("loc:sahara", "LOC", "Sahara", "الصحراء الكبرى"),
    Record("loc:ghadames", "LOC", "Ghadames", "غدامس"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_suffixes() -> None:
    assert english_adjective_of("saharan", {"sahara"})
    assert english_adjective_of("moroccan", {"morocco"})
    assert english_adjective_of("chadian", {"chad", "republic"})
    assert not english_adjective_of("hunan", {"hun"})  # a name of three letters says little
    assert english_adjective_of("sudanese", {"sudan"})
    assert english_adjective_of("egyptian", {"egypt"})
    assert not english_adjective_of("sahara", {"sahara"})
    assert not english_adjective_of("ghadames", {"ghadames"})


def test_an_adjective_links_nothing() -> None:
    text = "Hordes of sub-Saharan migrants walked from Ghadames."
    assert _links(text) == [("Ghadames", "loc:ghadames")]


def test_the_place_itself_still_links() -> None:
    assert _links("Smugglers cross the Sahara to Ghadames.") == [
        ("Sahara", "loc:sahara"),
        ("Ghadames", "loc:ghadames"),
    ]
