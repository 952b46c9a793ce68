"""A body's generic words reached by likeness to a body whose field they leave unsaid make no
link (normx.resolve.unsaid_field), and no antecedent for their repeats either
(normx.resolve.references): "the Holding Company" said again and again is not the one holding
company of the gazetteer whose field the text never says."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

COTTON = Record(
    "org:nile-cotton-holding",
    "ORG",
    "Egyptian Cotton Holding Company",
    "الشركة القابضة المصرية للقطن",
)
TOWN = Record("loc:sahla", "LOC", "Sahla", "سهلة")
EGYPT = Record("loc:egypt", "LOC", "Egypt", "مصر")
VODAFONE = Record("org:vodafone-egypt", "ORG", "Vodafone Egypt", "فودافون مصر")
RECORDS = [COTTON, TOWN, EGYPT, VODAFONE]

# Egypt named elsewhere lets the distractor's "Egyptian" pass for said: the generic words
# then reach it from every repeat, each the antecedent of the others
TEXT = (
    "The Holding Company for the Post approved the plan in Sahla.\n\n"
    "And the Chairman of the Board of the Holding Company, Faisal Qarqab, said that its "
    "investments reached 1 billion. And the report said that the Holding contracted with a "
    "foreign company.\n\n"
    "And the expert compared with Egypt, where Vodafone Egypt launched the service. And the "
    "postal company, which is affiliated with the Holding Company, said that it opened offices."
)


def test_repeated_generic_words_corefer_to_no_distractor() -> None:
    doc = Normalizer.from_records(RECORDS).canonicalize(TEXT)
    assert all(m.id != "org:nile-cotton-holding" for m in doc.mentions)
    assert ("Sahla", "loc:sahla") in [(m.text, m.id) for m in doc.mentions]


def test_the_body_said_with_its_field_is_still_linked() -> None:
    doc = Normalizer.from_records(RECORDS).canonicalize(
        "The Egyptian Cotton Holding Company said it would export more. The Holding Company "
        "added that prices rose."
    )
    assert ("Egyptian Cotton Holding Company", "org:nile-cotton-holding") in [
        (m.text, m.id) for m in doc.mentions
    ]
