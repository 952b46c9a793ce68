"""A place followed, without a connector, by a name word that links to nothing is one unknown
name ("Libya Al-Ahrar", a TV channel); with a connector the place still links."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ankara", "LOC", "Ankara", "أنقرة"),
    Record("per:osama-al-juwaili", "PER", "Osama al-Juwaili", "أسامة الجويلي"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_place_word_inside_an_unknown_name_is_not_linked():
    found = _mentions('Osama al-Juwaili told the channel "Libya Al-Ahrar" on Monday.')
    assert ("Libya Al-Ahrar", None) in found
    assert all(i != "loc:libya" for _, i in found)


def test_place_after_a_connector_still_links():
    found = _mentions("The UN mission in Libya met the Libya Al-Ahrar channel.")
    assert ("Libya", "loc:libya") in found
    assert ("Libya Al-Ahrar", None) in found


def test_two_linked_names_run_together_stay_apart():
    # both parts link: two names, not one unknown name
    assert _mentions("Talks moved from Tripoli Ankara to Rome.")[:2] == [
        ("Tripoli", "loc:tripoli"),
        ("Ankara", "loc:ankara"),
    ]


def test_a_person_with_an_extra_word_is_not_judged_so():
    found = _mentions("Commander Osama al-Juwaili Hamed spoke.")
    assert any(i == "per:osama-al-juwaili" for _, i in found)


BODIES = [
    Record("org:rada", "ORG", "Special Deterrence Force", "قوة الردع الخاصة"),
    Record("loc:zintan", "LOC", "Zintan", "الزنتان"),
]


def test_a_body_head_after_a_linked_body_is_no_unknown_name_word():
    # the gazetteer lacks "Apparatus": the head is the body's, not another name's first word
    doc = Normalizer.from_records(BODIES).canonicalize(
        "Clashes broke out between the Brigade 444 Fighting and the Special Deterrence Apparatus."
    )
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Special Deterrence", "org:rada")]


def test_a_place_before_a_head_its_names_lack_still_opens_an_unknown_body():
    doc = Normalizer.from_records(BODIES).canonicalize(
        "Clashes broke out between the Brigade 444 Fighting and the Zintan Council."
    )
    assert all(m.id != "loc:zintan" for m in doc.mentions)
