"""A lower-case formation named by its number before the head ("the 166 brigade") is a phrase
the linker may link to the unit the gazetteer names so; a count before other heads is not."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:brigade-166", "ORG", "166 Brigade", "اللواء 166"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_lower_case_numbered_brigade_links() -> None:
    assert _links("Forces of the 166 brigade deployed in Tripoli.") == [
        ("166 brigade", "org:brigade-166"),
        ("Tripoli", "loc:tripoli"),
    ]


def test_a_count_before_another_head_is_no_unit() -> None:
    assert _links("Some 166 army soldiers reached Tripoli.") == [("Tripoli", "loc:tripoli")]


def test_a_number_no_unit_bears_links_nothing() -> None:
    assert _links("The 20 brigade fighters left Tripoli.") == [("Tripoli", "loc:tripoli")]
