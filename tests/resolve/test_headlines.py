"""A title-case headline is read for the names in it, not as one long unknown name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:dbeibeh", "PER", "Abdul Hamid Dbeibeh", "عبد الحميد الدبيبة"),
    Record("per:takala", "PER", "Mohamed Takala", "محمد تكالة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
]
BODY = (
    "The prime minister, Abdul Hamid Dbeibah, was meeting Mohamed Takala when clashes erupted"
    " in the west; the national oil output fell."
)


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_names_in_a_title_case_headline_link():
    found = _mentions("Dbeibah Meets Takala In Tripoli As Clashes Erupt In Zawiya\n\n" + BODY)
    assert found[:4] == [
        ("Dbeibah", "per:dbeibeh"),
        ("Takala", "per:takala"),
        ("Tripoli", "loc:tripoli"),
        ("Zawiya", "loc:zawiya"),
    ]


def test_a_gazetteer_name_of_ordinary_words_keeps_its_capitals_in_a_headline():
    # "national" and "oil" are ordinary words in the body, but the headline spells the name
    found = _mentions("National Oil Corporation Halts Output In Tripoli\n\n" + BODY)
    assert found[:3] == [
        ("National Oil Corporation", "org:noc"),
        ("Halts", None),  # the body never writes it: it may be a name, left unlinked
        ("Tripoli", "loc:tripoli"),
    ]


def test_the_same_words_in_a_sentence_case_headline_are_unchanged():
    found = _mentions("Dbeibah meets Takala in Tripoli\n\n" + BODY)
    assert found[:3] == [
        ("Dbeibah", "per:dbeibeh"),
        ("Takala", "per:takala"),
        ("Tripoli", "loc:tripoli"),
    ]
