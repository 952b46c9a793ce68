"""'Coast Security' renders أمن السواحل (the plural as a singular): the gloss reaches a body
known by its Arabic name only (normx/mt/data/gloss.yaml, coast)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:gacs", "ORG", None, "الإدارة العامة لأمن السواحل"),
    Record("org:moi", "ORG", "Ministry of Interior (Northland)", "وزارة الداخلية"),
]


def test_coast_security_glosses_the_arabic_only_body():
    doc = Normalizer.from_records(RECORDS).canonicalize(
        "The General Administration of Coast Security of the Ministry of the Interior said."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert [i for _, i in got] == ["org:gacs", "org:moi"]
