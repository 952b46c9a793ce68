"""A body named for a people ("the High Council of Tebu") is no mention of another body whose
name opens the same way (the High Council of State) (normx.resolve.fused_names)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:high-council-of-state", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:tebu-council", "ORG", "Tebu National Assembly", "التجمع الوطني التباوي"),
    Record("org:amazigh-council", "ORG", "Supreme Council of Amazigh", "المجلس الأعلى للأمازيغ"),
]


_links = pairs_for(RECORDS)


def test_a_council_of_a_people_is_not_the_council_of_state():
    found = _links("For its part, the High Council of Tebu called for an inquiry.")
    assert not any(eid == "org:high-council-of-state" for _, eid in found)


def test_the_council_of_state_still_links():
    assert _links("The High Council of State met on Sunday.") == [
        ("High Council of State", "org:high-council-of-state")
    ]


def test_a_body_whose_name_holds_the_people_links():
    found = _links("The Supreme Council of Amazigh rejected the law.")
    assert found == [("Supreme Council of Amazigh", "org:amazigh-council")]
