"""Two bodies of generic words coordinated in one span ("the Arab League and the European
Union") are both named: the leading name does not swallow the rest."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:arab-league", "ORG", "Arab League", "جامعة الدول العربية"),
    Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي"),
    Record("org:au", "ORG", "African Union", "الاتحاد الأفريقي"),
]


_links = pairs_for(RECORDS)


def test_both_bodies_are_named() -> None:
    found = _links("The Arab League and the European Union also condemned the incident.")
    assert ("Arab League", "org:arab-league") in found
    assert ("European Union", "org:eu") in found


def test_a_leading_name_with_a_generic_head_stays_alone() -> None:
    found = _links("The African Union Commission said on Monday it was concerned.")
    assert [(t, i) for t, i in found if i is not None] == [("African Union", "org:au")]


def test_a_match_of_one_side_does_not_take_both_bodies() -> None:
    # "African" is a place word the EU's name may leave out: the gloss match of the whole
    # explains the second body only, so the first is named on its own
    found = _links("The summit of the African Union and the European Union opened in Abidjan.")
    assert ("African Union", "org:au") in found
    assert ("European Union", "org:eu") in found
    assert not any(t.startswith("African Union and") for t, _ in found)
