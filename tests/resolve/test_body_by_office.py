"""A demonym and a title phrase ("Ministry of") may open a body's whole name ("The American
Ministry of Justice": وزارة العدل الأمريكية): the span is linked whole when the match is clean,
whole and of an organisation; otherwise the title phrase stays context and its domain no name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

DOJ = Record("org:us-doj", "ORG", "United States Department of Justice", "وزارة العدل الأمريكية")
EG_MOI = Record("org:eg-moi", "ORG", "Ministry of Interior of Egypt", "وزارة الداخلية المصرية")
PERSON = Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([DOJ, EG_MOI, PERSON]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_a_ministry_named_with_its_peoples_demonym_links_whole():
    found = _links("Tripoli - The American Ministry of Justice announced on Sunday a charge.")
    assert found == [("American Ministry of Justice", "org:us-doj")]
    found = _links("The Egyptian Ministry of Interior said on Monday.")
    assert found == [("Egyptian Ministry of Interior", "org:eg-moi")]


def test_a_ministry_of_another_people_or_none_is_no_link():
    assert _links("The Turkish Ministry of Justice said on Monday.") == []
    assert _links("The Ministry of Justice said on Monday.") == []


def test_a_person_title_phrase_still_reads_as_context():
    found = _links("The Libyan Minister of Interior Fathi Bashagha said on Monday.")
    assert found == [("Fathi Bashagha", "per:fathi-bashagha")]
