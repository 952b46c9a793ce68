"""Words left over from titles and offices ("Foreign Affairs", "Supreme Commander") and lone
letters ("U.S.", "M. Bachagha") are not reported as unlinked names; persons after a title are."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:najla-mangoush", "PER", "Najla Mangoush", "نجلاء المنقوش"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_office_noun_after_a_title_adjective_is_no_person():
    text = "The Minister of Foreign Affairs, Najla Mangoush, met the Benghazi Defence Companies."
    assert _mentions(text) == [
        ("Najla Mangoush", "per:najla-mangoush"),
        ("Benghazi", "loc:benghazi"),
    ]


def test_a_council_on_foreign_relations_leaves_no_person():
    text = "The European Council on Foreign Relations published a report on Monday."
    assert ("Relations", None) not in _mentions(text)


def test_a_word_before_a_title_noun_is_the_titles():
    text = "He met the Supreme Commander of the army in Benghazi."
    assert _mentions(text) == [("Benghazi", "loc:benghazi")]


def test_lone_letters_are_no_names():
    text = "A U.S. official said M. Ali had left for Benghazi."
    found = _mentions(text)
    assert ("U", None) not in found and ("M", None) not in found


def test_an_unknown_person_after_a_full_title_stays():
    text = "Foreign Minister Masoud Brahimi and Defence Minister Grein arrived in Benghazi."
    found = _mentions(text)
    assert ("Masoud Brahimi", None) in found
    assert ("Grein", None) in found


def test_acronyms_stay():
    text = "The DPF fighters withdrew from Benghazi."
    assert ("DPF", None) in _mentions(text)
