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
