"""A namesake body said as "X of PLACE" is the one whose gazetteer name is qualified by PLACE.

Hand-written gazetteer: two clubs called النادي الأفريقي, the one in Benghazi held under a
Wikipedia-style qualified title, the other under its bare English name.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.of_qualifier import name_qualifier

RECORDS = [
    Record("org:afriqi-benghazi", "ORG", "Al-Afriqi SC (Benghazi)", "النادي الأفريقي (بنغازي)"),
    Record("org:afriqi-tunis", "ORG", "Al Afriqi SC", "النادي الأفريقي (تونس)"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:cairo", "LOC", "Cairo", "القاهرة"),
]

_links = pairs_for(RECORDS)


def test_the_complement_picks_the_namesake() -> None:
    found = _links("The final against Al-Afriqi of Benghazi ended level.")
    assert found == [("Al-Afriqi", "org:afriqi-benghazi"), ("Benghazi", "loc:benghazi")]


def test_a_place_no_namesake_is_qualified_by_settles_nothing() -> None:
    found = dict(_links("The final against Al-Afriqi of Cairo ended level."))
    assert "org:afriqi-benghazi" not in found.values()


def test_qualifier_shapes() -> None:
    assert name_qualifier("Al-Ahly SC (Benghazi)") == "benghazi"
    assert name_qualifier("Martyrs' Square, Beirut") == "beirut"
    assert name_qualifier("Al Ahly SC") is None
