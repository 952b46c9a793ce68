"""A lone word that persons of the gazetteer are named by links to no place by likeness alone
(normx.resolve.given_name_place): "Salim" is a man, not the look-alike place "Al Salaimah";
the place spelled as the gazetteer does is still the place."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:salim-bouras", "PER", "Salim Bouras"),
    Record("per:salim-al-mangoush", "PER", "Salim al-Mangoush", "سليم المنقوش"),
    Record("loc:al-salaimah", "LOC", "Al Salaimah"),
    Record("loc:ghat", "LOC", "Ghat", "غات"),
]

_links = pairs_for(RECORDS)


def test_a_given_name_of_several_persons_is_no_look_alike_place() -> None:
    found = _links("A driver in Ghat who gave his name only as Salim said the road was closed.")
    assert ("Ghat", "loc:ghat") in found
    assert all(i != "loc:al-salaimah" for _, i in found)


def test_the_place_spelled_as_the_gazetteer_does_is_still_linked() -> None:
    found = _links("The convoy passed through Al Salaimah on Monday.")
    assert ("Al Salaimah", "loc:al-salaimah") in found
