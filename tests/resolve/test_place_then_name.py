"""A place after "in", run together with a person's full name that follows it (Arabic word
order: "arrested in Tripoli Nazih Abdul Hamid Al-Raqi"), is the place; the name is its own.
A full name the gazetteers lack, declared to be a known person ("X, known as "Y""), is him."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("per:abu-anas", "PER", "Abu Anas al-Libi", "أبو أنس الليبي"),
    Record("org:libya-al-ahrar", "ORG", "Libya Al-Ahrar TV", "قناة ليبيا الأحرار"),
]


_links = pairs_for(RECORDS)


def test_the_place_before_a_full_name_is_cut_off() -> None:
    found = _links("A commando force arrested in Tripoli Nazih Abdul Hamid Al-Raqi on Saturday.")
    assert ("Tripoli", "loc:tripoli") in found


def test_a_name_declared_as_a_known_person_is_that_person() -> None:
    text = (
        'A commando force arrested in Tripoli Nazih Abdul Hamid Al-Raqi, known as "Abu Anas '
        'Al-Libi", on Saturday.'
    )
    found = _links(text)
    assert ("Tripoli", "loc:tripoli") in found
    assert ("Nazih Abdul Hamid Al-Raqi", "per:abu-anas") in found
    assert ("Abu Anas Al-Libi", "per:abu-anas") in found


def test_without_a_preposition_of_place_the_unknown_name_stays_whole() -> None:
    found = _links("The Tripoli Ahrar Brigade said on Saturday it had withdrawn.")
    assert ("Tripoli", "loc:tripoli") not in found


def test_a_facility_after_the_place_stays_one_name() -> None:
    found = _links("He was taken to a ward in Tripoli Central Hospital on Saturday.")
    assert ("Tripoli", "loc:tripoli") not in found
