"""An adjective of a place is no mention of it: "the Zintani commanders" (nisba), "the North
African nation" (demonym) (normx.resolve.place_adjective)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.place_adjective import adjective_of_place, nisba_of

RECORDS = [
    Record("loc:zintan", "LOC", "Zintan", "الزنتان"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:north-africa", "LOC", "North Africa", "شمال أفريقيا"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]


_links = pairs_for(RECORDS)


def test_nisba_spellings():
    assert nisba_of("zintani", {"zintan"})
    assert nisba_of("misrati", {"misrata"})
    assert not nisba_of("benghazi", {"benghazi"})  # the name itself ends in -i
    assert not nisba_of("huni", {"hun"})  # a stem of three letters says little
    assert not nisba_of("zintani", {"zawiya"})


def test_demonym_ending_a_place_name_it_lacks():
    demonyms = {"african", "libyan"}
    assert adjective_of_place(("north", "african"), "gloss", demonyms, {"north", "africa"})
    assert not adjective_of_place(
        ("central", "african", "republic"), "exact", demonyms, {"central", "african", "republic"}
    )


def test_the_nisba_of_a_town_does_not_link_the_town():
    found = _links("For their part, the Zintani commanders said they held the airport.")
    assert not any(eid == "loc:zintan" for _, eid in found)


def test_a_regional_demonym_does_not_link_the_region():
    found = _links("It is a blow to efforts in the oil-rich North African nation.")
    assert not any(eid == "loc:north-africa" for _, eid in found)


def test_the_places_themselves_still_link():
    found = _links("Fighters from Zintan and Misrata reached Benghazi and North Africa.")
    assert found == [
        ("Zintan", "loc:zintan"),
        ("Misrata", "loc:misrata"),
        ("Benghazi", "loc:benghazi"),
        ("North Africa", "loc:north-africa"),
    ]


def test_an_article_before_the_nisba_changes_nothing():
    assert adjective_of_place(("al", "zintani"), "phonetic", set(), {"zintan"})
    assert not adjective_of_place(("al", "zintani"), "exact", set(), {"zintan"})
    found = _links("He was killed at the headquarters in the Al-Zintani camp on Monday.")
    assert not any(eid == "loc:zintan" for _, eid in found)
    assert ("Al-Zintan", "loc:zintan") in _links("Fighters reached Al-Zintan on Monday.")
