"""Session 34 (h-resolve) rules, each on a small hand-written gazetteer of its own.

* :func:`normx.resolve.same_body_cut.same_body`: "the Company of Al-X for the Marketing of the
  Oil" (a firm's Arabic name in MT's word order) stays whole when the firm's name spells X,
  though a town is named X too (the Arabic article written apart is no word to pair).

The names are canonical ones only; the texts spell them as MT copy does.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record


def _links(records: list[Record], text: str) -> set[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


# --- a firm said "Company of Al-X for the Y": kept whole, not the town X ------------------------

FIRMS = [
    Record(
        "org:zueitina-pmc",
        "ORG",
        "Zueitina Petroleum Marketing Company",
        "شركة الزويتينة لتسويق النفط",
    ),
    Record("loc:zueitina", "LOC", "Zueitina", "مرسى الزويتينة"),  # the town held as its anchorage
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


def test_company_of_al_x_for_the_marketing_is_the_firm() -> None:
    text = (
        "The stations in Sabha received the fuel from the Company of Al-Zueitina for the "
        "Marketing of the Oil, but the villages remain without it."
    )
    links = _links(FIRMS, text)
    assert ("Company of Al-Zueitina for the Marketing of the Oil", "org:zueitina-pmc") in links
    assert ("Al-Zueitina", "loc:zueitina") not in links


def test_the_town_alone_stays_the_town() -> None:
    text = "The tanker reached Al-Zueitina on Monday, and the fuel went on to Sabha."
    assert ("Al-Zueitina", "loc:zueitina") in _links(FIRMS, text)


# --- a bare "the Council": the one body the document wrote with the noun -----------------------

BODIES = [
    Record("org:riyasi", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:nuwwab", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:markazi", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
]


def _link_of(records: list[Record], text: str, word: str) -> str | None:
    nz = Normalizer.from_records(records)
    start = text.rindex(word)
    found = [m.id for m in nz.canonicalize(text).mentions if m.start == start]
    return found[0] if found else None


def test_the_council_is_the_one_body_written_council() -> None:
    text = (
        "The Presidential Council decided on Sunday to replace the governor of the Central "
        "Bank of Libya, a decision the House of Representatives described as null.\n\n"
        "The decision of the Council stipulated the assignment of a new governor."
    )
    assert _link_of(BODIES, text, "Council stipulated") == "org:riyasi"


def test_two_bodies_written_council_leave_it_unlinked() -> None:
    text = (
        "The Presidential Council decided on Sunday to replace the governor of the Central "
        "Bank of Libya, a decision the Council of Representatives described as null.\n\n"
        "The decision of the Council stipulated the assignment of a new governor."
    )
    assert _link_of(BODIES, text, "Council stipulated") is None


def test_an_unknown_body_written_council_leaves_it_unlinked() -> None:
    text = (
        "The Presidential Council decided on Sunday to replace the governor of the Central "
        "Bank of Libya, a decision the House of Representatives and the Tebu Elders Council "
        "of Qatrun rejected.\n\n"
        "The decision of the Council stipulated the assignment of a new governor."
    )
    assert _link_of(BODIES, text, "Council stipulated") is None
