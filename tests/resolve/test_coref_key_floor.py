"""A one-word name is no partial mention of a person whose words it shares only a phonetic key
with, its letters unlike (normx.resolve.coref_key_floor): "Salmawi" (key SLM) is not "Salem"
(SLM) of "Salem al-Obeidi"; a surname spelled alike ("Obaidi") still is."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:salem-al-obeidi", "PER", "Salem al-Obeidi", "سالم العبيدي"),
    Record("loc:ghat", "LOC", "Ghat", "غات"),
]

_links = pairs_for(RECORDS)

TEXT = (
    "The spokesman of the council, Salem Al-Obeidi, said the convoy reached Ghat on Monday. "
    "Residents said the fighters of Salmawi had left the town, and Obaidi denied any clash."
)


def test_a_word_sharing_only_a_key_with_a_given_name_is_not_the_person() -> None:
    assert ("Salmawi", "per:salem-al-obeidi") not in _links(TEXT)


def test_a_surname_spelled_alike_is_still_the_person() -> None:
    found = _links(TEXT)
    assert ("Salem Al-Obeidi", "per:salem-al-obeidi") in found
    assert ("Obaidi", "per:salem-al-obeidi") in found
