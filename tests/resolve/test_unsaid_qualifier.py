"""A place qualified in both languages links only where the document says its qualifier."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.unsaid_qualifier import english_qualifier

RECORDS = [
    Record("loc:martyrs-beirut", "LOC", "Martyrs' Square, Beirut", "ساحة الشهداء (بيروت)"),
    Record("loc:washington-dc", "LOC", "Washington, D.C.", "واشنطن"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:beirut", "LOC", "Beirut", "بيروت"),
]


_links = pairs_for(RECORDS)


def test_the_qualifier_unsaid_leaves_the_name_unlinked() -> None:
    found = _links("In Tripoli, thousands poured into Martyrs' Square on Thursday night.")
    assert all(i != "loc:martyrs-beirut" for _, i in found)
    assert ("Tripoli", "loc:tripoli") in found


def test_the_qualifier_said_keeps_the_link() -> None:
    found = _links("In Beirut, thousands poured into Martyrs' Square on Thursday night.")
    assert any(i == "loc:martyrs-beirut" for _, i in found)


def test_a_bare_arabic_name_is_the_bare_name_s_place() -> None:
    found = _links("The envoy flew to Washington on Monday.")
    assert ("Washington", "loc:washington-dc") in found


def test_the_qualifier_of_a_record() -> None:
    assert english_qualifier(RECORDS[0]) == "Beirut"
    assert english_qualifier(RECORDS[1]) is None  # Arabic bare
    assert english_qualifier(Record("loc:x", "LOC", "Paris (Texas)", "باريس (تكساس)")) == "Texas"
    assert english_qualifier(Record("loc:y", "LOC", "Paris, Texas")) is None  # no Arabic


TWO_SQUARES = [
    *RECORDS,
    Record("loc:martyrs-tripoli", "LOC", "Martyrs' Square, Tripoli", "ساحة الشهداء (طرابلس)"),
]


def _two_squares(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(TWO_SQUARES).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_of_tied_namesakes_the_one_whose_qualifier_is_said_links() -> None:
    found = _two_squares("In Tripoli, thousands poured into Martyrs' Square on Thursday night.")
    assert ("Martyrs' Square", "loc:martyrs-tripoli") in found
    found = _two_squares("In Beirut, thousands poured into Martyrs' Square on Thursday night.")
    assert ("Martyrs' Square", "loc:martyrs-beirut") in found


def test_both_qualifiers_said_or_neither_leave_the_namesakes_unlinked() -> None:
    both = "From Beirut to Tripoli, thousands poured into Martyrs' Square on Thursday night."
    assert ("Martyrs' Square", None) in _two_squares(both)
    neither = "Thousands poured into Martyrs' Square on Thursday night."
    assert all(i is None for t, i in _two_squares(neither) if t == "Martyrs' Square")
