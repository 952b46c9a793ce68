"""What an office is "of" ("Minister of Oil and Gas") is no name: its words are not mentions."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:sharara", "LOC", "Sharara oil field", "حقل الشرارة"),
    Record("loc:oil-crescent", "LOC", "Oil Crescent", "الهلال النفطي"),
    Record(
        "org:lna",
        "ORG",
        "Libyan National Army",
        "الجيش الوطني الليبي",
        aliases_en=("Libyan Arab Armed Forces",),  # its official name (Wikipedia)
    ),
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_portfolio_after_minister_of_is_not_a_mention():
    found = _mentions(
        "The Minister of Oil and Gas, Khalifa Abdel Sadek, said the Sharara field reopened."
    )
    assert ("Khalifa Abdel Sadek", None) in found
    assert all(text not in ("Oil", "Gas") for text, _ in found)  # not linked to the oil field
    assert ("Sharara", "loc:sharara") in found


def test_a_body_and_a_person_after_a_title_still_link():
    found = _mentions("The Commander of the Libyan National Army Khalifa Haftar spoke.")
    assert found == [("Libyan National Army", "org:lna"), ("Khalifa Haftar", "per:haftar")]


def test_a_demonym_that_begins_a_gazetteer_name_is_not_stripped_as_context():
    # stripped, "Libyan Arab" left "Armed Forces Khalifa ..." to the matcher, and the rewrite
    # said "the Libyan Arab Libyan National Army Forces"
    text = "Commander of the Libyan Arab Armed Forces Khalifa Haftar met them."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Libyan Arab Armed Forces", "org:lna"),
        ("Khalifa Haftar", "per:haftar"),
    ]
    assert doc.rewritten.startswith("Commander of the Libyan National Army")


def test_special_of_a_special_envoy_belongs_to_the_title_not_to_the_body():
    records = [
        Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
        Record("org:rada", "ORG", "Special Deterrence Force", "قوة الردع الخاصة"),
    ]
    text = (
        "He met UN Special Envoy Ghassan Salame and the United Nations Special Representative"
        " Jan Kubis, then the Special Deterrence Force."
    )
    doc = Normalizer.from_records(records).canonicalize(text)
    found = [(m.text, m.id) for m in doc.mentions]
    assert found == [
        ("UN", "org:un"),
        ("Ghassan Salame", None),
        ("United Nations", "org:un"),
        ("Jan Kubis", None),
        ("Special Deterrence Force", "org:rada"),
    ]


def test_a_portfolio_word_a_longer_name_holds_is_not_linked_to_it():
    # "Gas" pairs only one word of "Mellitah Oil & Gas": the office's domain, not the company
    nz = Normalizer.from_records(
        [
            *RECORDS,
            Record("org:mellitah", "ORG", "Mellitah Oil & Gas", "شركة مليتة للنفط والغاز"),
        ]
    )
    doc = nz.canonicalize("The Minister of Oil and Gas in Tripoli, Khalifa Abdel Sadek, spoke.")
    assert all(m.id != "org:mellitah" for m in doc.mentions), doc.mentions
    doc = nz.canonicalize("Mellitah Oil & Gas said exports resumed.")
    assert any(m.id == "org:mellitah" for m in doc.mentions)


def test_a_body_said_with_its_own_head_noun_is_a_mention():
    # "Unity" alone after "Prime Minister of the" would be a portfolio; "government" after it,
    # a word of the body's own name, says it is the Government of National Unity
    doc = Normalizer.from_records(
        [Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")]
    ).canonicalize("The Prime Minister of the Unity government, Abdul Hamid Dbeibah, spoke.")
    assert ("Unity government", "org:gnu") in [(m.text, m.id) for m in doc.mentions]
