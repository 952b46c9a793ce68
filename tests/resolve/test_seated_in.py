"""A place after "in" that a body's own name ends with is part of the body's mention.

"UN mission in Libya" is the United Nations Support Mission in Libya: linking "Libya" on its
own would be a second, wrong mention, and the rewrite would say "... in Libya in Libya". A body
seated in a place its name lacks ("the Government of National Accord in Tripoli") keeps the
place as a mention of its own.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
]


def _doc(text: str):
    return Normalizer.from_records(RECORDS).canonicalize(text)


def test_the_place_in_the_bodys_name_joins_its_mention():
    doc = _doc("The UN mission in Libya confirmed the exchange.")
    assert [(m.text, m.id) for m in doc.mentions] == [("UN mission in Libya", "org:unsmil")]
    assert doc.rewritten == "The United Nations Support Mission in Libya confirmed the exchange."


def test_a_place_the_bodys_name_lacks_stays_a_mention():
    found = [
        (m.text, m.id) for m in _doc("The Government of National Accord in Tripoli said.").mentions
    ]
    assert found == [("Government of National Accord", "org:gna"), ("Tripoli", "loc:tripoli")]


def test_another_place_after_the_body_stays_a_mention():
    found = [(m.text, m.id) for m in _doc("The UN mission in Tripoli said.").mentions]
    assert ("Tripoli", "loc:tripoli") in found


def test_one_normalizer_over_many_documents_answers_each_place_anew():
    # the answer is remembered per body, place and spelling for the run: Libya first must
    # not make Tripoli the body's seat, nor the reverse
    nz = Normalizer.from_records(RECORDS)
    texts = [
        "The UN mission in Libya confirmed the exchange.",
        "The UN mission in Tripoli confirmed the exchange.",
        "The UN mission in Libya confirmed the exchange.",
    ]
    found = [[(m.text, m.id) for m in nz.canonicalize(t).mentions] for t in texts]
    assert found == [
        [("UN mission in Libya", "org:unsmil")],
        [("UN mission", "org:unsmil"), ("Tripoli", "loc:tripoli")],
        [("UN mission in Libya", "org:unsmil")],
    ]
