"""Words of state bodies that MT renders head first: "Council of Sovereignty" (مجلس السيادة),
"Authority of Civil Status" (مصلحة الأحوال المدنية); the gloss lexicon's sovereignty and status
(normx/mt/data/gloss.yaml). Hand-written records held under their Arabic names only."""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:sovereignty-council", "ORG", None, "مجلس السيادة الانتقالي"),
    Record("org:civil-registry", "ORG", None, "مصلحة الأحوال المدنية"),
    Record("org:civil-aviation", "ORG", None, "مصلحة الطيران المدني"),
    Record("loc:khartoum", "LOC", "Khartoum", "الخرطوم"),
]


def test_council_of_sovereignty() -> None:
    text = "The head of the Council of Sovereignty flew from Khartoum."
    assert ("Council of Sovereignty", "org:sovereignty-council") in pairs(RECORDS, text)


def test_authority_of_civil_status_is_not_civil_aviation() -> None:
    text = "The Authority of Civil Status opened an office for the returnees."
    assert ("Authority of Civil Status", "org:civil-registry") in pairs(RECORDS, text)
