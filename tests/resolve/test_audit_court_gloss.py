"""'Audit Court' / 'Court of Audit' render ديوان المحاسبة (the calque of "Cour des comptes"):
the gloss reaches an audit body the gazetteer holds as a Bureau (normx/mt/data/gloss.yaml)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:northland-audit-bureau", "ORG", "Audit Bureau (Northland)", "ديوان المحاسبة"),
    Record("org:northland-supreme-court", "ORG", "Supreme Court (Northland)", "المحكمة العليا"),
]

_links = pairs_for(RECORDS)


def test_audit_court_is_the_audit_bureau() -> None:
    found = _links("The payments wait for the approval of the Audit Court, officials said.")
    assert ("Audit Court", "org:northland-audit-bureau") in found
    found = _links("The payments wait for the approval of the Court of Audit, officials said.")
    assert ("Court of Audit", "org:northland-audit-bureau") in found


def test_a_court_is_still_a_court() -> None:
    found = _links("The Supreme Court ruled on the payments, officials said.")
    assert ("Supreme Court", "org:northland-supreme-court") in found
