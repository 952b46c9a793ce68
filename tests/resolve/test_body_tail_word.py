"""'Al-Wasat Gate' renders بوابة الوسط: "Gate" is the news site's word, not the town Ghat."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:al-wasat", "ORG", "Al-Wasat", "بوابة الوسط"),
    Record("loc:ghat", "LOC", "Ghat", "غات", aliases_en=("Gate",)),
    Record("org:lana", "ORG", "Libya News Agency", "وكالة الأنباء الليبية"),
]

_links = pairs_for(RECORDS)


def test_the_gate_of_the_portal_is_no_town() -> None:
    found = _links("An economic expert said to Al-Wasat Gate that the solution is a fund.")
    # the whole span is the portal since session 18 (normx.resolve.same_body_cut: its best cut
    # "Al-Wasat" is the body the whole span matched); before, "Gate" was dropped from it
    assert found == [("Al-Wasat Gate", "org:al-wasat")]


def test_the_town_after_a_comma_stays() -> None:
    found = _links("An expert told Al-Wasat, Gate residents said the road was cut.")
    assert ("Gate", "loc:ghat") in found


def test_a_word_the_bodys_arabic_name_lacks_stays() -> None:
    found = _links("The Libya News Agency Gate office closed.")
    assert ("Libya News Agency", "org:lana") in found
