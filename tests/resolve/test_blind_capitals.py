"""Capitals that say nothing (all-caps headlines, the first word after a dateline) do not make
ordinary words unlinked names; names the document also writes capitalised elsewhere stay."""

from normx.api import Normalizer
from normx.detect.blind_capitals import all_caps_lines, dateline_openers
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tawergha", "LOC", "Tawergha", "تاورغاء"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_all_caps_headline_words_not_written_as_names_elsewhere_are_no_names():
    text = (
        "FORCES CLASH NEAR TRIPOLI AFTER HAFTAR LAUNCHES OFFENSIVE\n\n"
        "Fighters of Khalifa Haftar attacked positions south of Tripoli on Monday."
    )
    found = _mentions(text)
    assert ("HAFTAR LAUNCHES", None) not in found
    assert not [t for t, rid in found if rid is None]
    assert ("TRIPOLI", "loc:tripoli") in found
    assert ("HAFTAR", "per:khalifa-haftar") in found


def test_an_unknown_name_of_an_all_caps_line_stays_when_the_body_names_it():
    text = (
        "MASOUD BRAHIMI ARRESTED AFTER RAID NEAR TRIPOLI\n\n"
        "Police said Masoud Brahimi was held overnight in Tripoli."
    )
    found = _mentions(text)
    assert ("MASOUD BRAHIMI", None) in found
    unlinked = [t for t, rid in found if rid is None]
    assert unlinked == ["MASOUD BRAHIMI", "Masoud Brahimi"]  # not "ARRESTED", "RAID"


def test_the_first_word_after_a_dateline_is_no_name():
    text = "Tripoli - Dozens of families returned on Monday to Tawergha, officials said."
    assert _mentions(text) == [("Tripoli", "loc:tripoli"), ("Tawergha", "loc:tawergha")]


def test_a_dateline_with_date_and_agency():
    text = "GENEVA, Feb 5 (AFP) - Delegates met again on Friday in Tripoli."
    assert ("Delegates", None) not in _mentions(text)


def test_a_word_after_a_dateline_that_the_text_capitalises_elsewhere_stays():
    text = "Tripoli - Masoud left the city on Monday. Police say Masoud was seen in Tawergha."
    found = _mentions(text)
    assert found[1] == ("Masoud", None)
    assert found.count(("Masoud", None)) == 2


def test_a_dash_inside_a_sentence_is_no_dateline():
    text = "He came back - Masoud said so - on Monday."
    assert dateline_openers(text) == frozenset()


def test_all_caps_lines_need_three_words():
    text = "TRIPOLI, Libya\nTHE WAR GOES ON\nAn ordinary line"
    assert all_caps_lines(text) == [(15, 30)]
