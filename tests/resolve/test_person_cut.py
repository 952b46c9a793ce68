"""The sub-span search never cuts through a person's full name the text spells exactly
(normx.resolve.person_cut).

The gazetteer holds a village whose Arabic name the given name glosses to, so that the body's
gloss match reaches over the given name at a small cost (as under a large gazetteer), and two
places named with the surname, so that the surname left over links no one alone.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.person_cut import cuts_person_name

RECORDS = [
    Record("org:army", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("loc:sidi", "LOC", "Sidi Haftar", "سيدي حفتر"),
    Record("loc:hassi", "LOC", "Hassi Haftar", "حاسي حفتر"),
    Record("loc:khalaifah", "LOC", "Al Khalaifah", "الخلائفة"),
]


_links = pairs_for(RECORDS)


def test_a_body_s_loose_match_does_not_take_the_person_s_given_name() -> None:
    found = _links("Forces of the Libyan National Army of Khalifa Haftar advanced on Monday.")
    assert ("Khalifa Haftar", "per:khalifa-haftar") in found
    assert ("Libyan National Army", "org:army") in found


def test_without_the_person_s_full_name_the_search_is_unchanged() -> None:
    found = _links("Forces of the Libyan National Army of Khalifa advanced on Monday.")
    assert not any(i == "per:khalifa-haftar" for _, i in found)


def test_an_option_with_an_edge_inside_a_name_cuts_it() -> None:
    names = [(4, 5)]  # "Khalifa Haftar" at tokens 4..5
    assert cuts_person_name(0, 4, names)  # takes "Khalifa", leaves "Haftar"
    assert cuts_person_name(5, 7, names)  # takes "Haftar", leaves "Khalifa"
    assert not cuts_person_name(0, 2, names)
    assert not cuts_person_name(4, 5, names)  # the name itself
    assert not cuts_person_name(3, 6, names)  # around it whole
