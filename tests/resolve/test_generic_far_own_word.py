"""A generic noun that is a word of one body's own English name, named further back, is that
body, not a nearer body whose Arabic head the noun only glosses (normx.resolve.generic)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:councillors", "ORG", "House of Councillors", "مجلس المستشارين"),
    Record("org:supreme", "ORG", "Supreme Council", "المجلس الأعلى"),
    Record("org:assembly", "ORG", "House of Notables", "مجلس الأعيان"),
]
FILLER = "Talks on the budget went on for weeks without result. " * 30  # ~1,600 characters


_links = pairs_for(RECORDS)


def test_the_house_is_the_house_named_before_not_the_nearer_council() -> None:
    text = (
        "The House of Councillors met on Monday. "
        + FILLER
        + "The Supreme Council rejected the plan. The law passed the House in May."
    )
    assert ("House", "org:councillors") in _links(text)


def test_two_houses_named_before_leave_the_noun_to_the_nearer_rules() -> None:
    text = (
        "The House of Councillors and the House of Notables met on Monday. "
        + FILLER
        + "The Supreme Council rejected the plan. The law passed the House in May."
    )
    links = dict(_links(text))
    assert links.get("House") not in ("org:councillors", "org:assembly")
