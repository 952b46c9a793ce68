"""A Libyan state authority known only by its Arabic name (مصلحة ...) is reached through the gloss
lexicon: "authority" renders مصلحة as well as هيئة, and civil aviation is الطيران المدني."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lcaa", "ORG", None, "مصلحة الطيران المدني"),
    Record("org:registry", "ORG", None, "مصلحة الأحوال المدنية"),
    Record("org:mitiga", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_civil_aviation_authority_glosses_its_arabic_name() -> None:
    found = _links("The Civil Aviation Authority closed Mitiga International Airport.")
    assert ("Civil Aviation Authority", "org:lcaa") in found


def test_the_civil_registry_is_not_the_aviation_authority() -> None:
    found = _links("The Civil Aviation Authority said flights would resume.")
    assert "org:registry" not in [i for _, i in found]
