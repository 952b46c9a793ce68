"""A town named with its region after a preposition of place links the town ("from Brak
Al-Shati": Brak in Wadi al-Shati); an unknown name that starts with a place does not."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:brak", "LOC", "Brak", "براك"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_after_a_preposition_of_place_the_town_links_on_its_own_offsets():
    text = "Units moved from Brak Al-Shati towards Sabha."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    found = [(m.text, m.id, m.start) for m in doc.mentions]
    assert found == [
        ("Brak", "loc:brak", text.index("Brak")),
        ("Al-Shati", None, text.index("Al-Shati")),
        ("Sabha", "loc:sabha", text.index("Sabha")),
    ]


def test_without_a_preposition_of_place_it_stays_one_unknown_name():
    assert _mentions("Brak Al-Shati said on Monday that it was calm.")[0] == (
        "Brak Al-Shati",
        None,
    )
    assert _mentions("He told Libya Al-Ahrar that it was calm.") == [("Libya Al-Ahrar", None)]


def test_a_quoted_name_stays_one_unknown_name():
    assert _mentions('The interview aired in "Libya Al-Ahrar" on Monday.') == [
        ("Libya Al-Ahrar", None)
    ]


def test_two_unknown_words_after_the_place_are_not_a_region():
    assert _mentions("They went to Libya Al-Ahrar Tower on Monday.") == [
        ("Libya Al-Ahrar Tower", None)
    ]
