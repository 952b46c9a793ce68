"""'Local Rule' renders الحكم المحلي word for word (حكم: rule, governance): the gloss reaches a
local-government body known by its Arabic name only (normx/mt/data/gloss.yaml, local rule)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:local-rule-authority", "ORG", None, "هيئة الحكم المحلي"),
    Record("org:finance-ministry", "ORG", "Ministry of Finance (Northland)", "وزارة المالية"),
]

_links = pairs_for(RECORDS)


def test_local_rule_glosses_the_arabic_only_body() -> None:
    found = _links("The mayors wrote to the Authority of Local Rule on Monday.")
    assert ("Authority of Local Rule", "org:local-rule-authority") in found


def test_rule_alone_reaches_no_body() -> None:
    found = _links("The court upheld the rule on Monday.")
    assert not any(i is not None for _, i in found)
