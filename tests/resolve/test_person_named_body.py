"""A person's full name before a capitalised body head names a body named after him."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:yusuf-haddad", "PER", "Yusuf Haddad", "يوسف حداد"),
    Record(
        "org:western-operations-room",
        "ORG",
        "Western Region Operations Room",
        "غرفة عمليات المنطقة الغربية",
    ),
    Record("org:tripoli-university", "ORG", "University of Tripoli", "جامعة طرابلس"),
]


_links = pairs_for(RECORDS)


def test_a_body_named_after_a_person_is_no_mention_of_him_nor_of_another_body() -> None:
    for text in (
        "Fighters of the Yusuf Haddad Operations Room entered the town on Monday.",
        "The Yusuf Haddad Brigade withdrew from the coast road.",
        "Students of the Yusuf Haddad University protested on Sunday.",
    ):
        linked = [mid for _, mid in _links(text) if mid is not None]
        assert linked == [], (text, linked)


def test_a_person_before_a_unit_head_or_a_lower_case_head_is_still_the_person() -> None:
    for text in (
        "Yusuf Haddad Forces entered the town on Monday.",
        "Yusuf Haddad said the brigade would withdraw.",
        "Yusuf Haddad's Brigade withdrew from the coast road.",
    ):
        assert ("Yusuf Haddad", "per:yusuf-haddad") in _links(text), text
