"""A portfolio before its head noun ("the Interior Ministry") names the body its gloss says
(normx.resolve.portfolio_head); a portfolio every country's ministry shares names none."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:moi", "ORG", "Ministry of Interior (Northland)", "وزارة الداخلية"),
    Record("org:mofa-a", "ORG", "Ministry of Foreign Affairs (Eastland)", "وزارة الخارجية الشرقية"),
    Record("org:mofa-b", "ORG", "Ministry of Foreign Affairs (Westland)", "وزارة الخارجية الغربية"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_portfolio_before_the_head_names_the_ministry():
    assert links("He asked the Interior Ministry to act.") == [("Interior Ministry", "org:moi")]


def test_a_portfolio_two_ministries_share_names_neither():
    assert all(i is None for _, i in links("The Foreign Ministry said nothing."))
