"""The rewrite of canonical names that gazetteers written elsewhere spell with a qualifier or
surname first: no qualifier said twice, persons in reading order."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.render.text import abbreviation, reading_order, without_repeated_tail


@pytest.mark.parametrize(
    ("name", "after", "expected"),
    [
        ("Government of National Accord (GNA)", " (GNA) said", "Government of National Accord"),
        ("Government of National Accord (GNA)", "(Wefaq) said", "Government of National Accord"),
        ("Accord (GNA)", " said on Monday", "Accord (GNA)"),
        ("Tripoli, Libya", ", Libya, on Monday", "Tripoli"),
        ("Tripoli, Libya", ",  libya.", "Tripoli"),
        ("Tripoli, Libya", ", Libyan officials said", "Tripoli, Libya"),  # another word
        ("Tripoli, Libya", " on Monday", "Tripoli, Libya"),
        ("(GNA)", " (GNA)", "(GNA)"),  # nothing left without the parenthesis: unchanged
    ],
)
def test_without_repeated_tail(name: str, after: str, expected: str) -> None:
    assert without_repeated_tail(name, after) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("QADHAFI, Muammar Mohammed Abu Minyar", "Muammar Mohammed Abu Minyar QADHAFI"),
        ("al-Mishri, Khalid", "Khalid al-Mishri"),
        ("Khalid al-Mishri", "Khalid al-Mishri"),
        ("King, Jr.", "King, Jr."),
        ("Haftar, Khalifa, General", "Haftar, Khalifa, General"),  # two commas: unsure
        ("Haftar, the general", "Haftar, the general"),  # no given name after the comma
    ],
)
def test_reading_order(name: str, expected: str) -> None:
    assert reading_order(name) == expected


def test_rewrite_of_qualified_and_surname_first_names() -> None:
    nz = Normalizer.from_records(
        [
            Record(id="per:q", type="PER", name_en="QADHAFI, Muammar"),
            Record(id="org:gna", type="ORG", name_en="Government of National Accord (GNA)"),
            Record(id="loc:misrata", type="LOC", name_en="Misrata, Libya"),
        ]
    )
    text = (
        "Muammar Qadhafi was born near Misrata. The Government of National Accord (GNA) "
        "later ruled Misrata, Libya, and Qadhafi's home town."
    )
    doc = nz.canonicalize(text)
    linked = {m.text: m.id for m in doc.mentions if m.id}
    assert linked.get("Muammar Qadhafi") == "per:q"
    assert linked.get("Government of National Accord") == "org:gna"
    assert doc.rewritten == (
        "Muammar QADHAFI was born near Misrata, Libya. The Government of National Accord (GNA) "
        "later ruled Misrata, Libya, and Muammar QADHAFI's home town."
    )
    # the JSON output keeps the gazetteer's canonical name as written
    assert {e.canonical for e in doc.entities} >= {"QADHAFI, Muammar"}


@pytest.mark.parametrize(
    ("written", "canonical", "expected"),
    [
        ("GNA", "Government of National Accord", True),
        ("HoR", "House of Representatives", True),
        ("U.N.", "United Nations", True),
        ("LIBYA", "Libya", False),  # a headline in capitals: the name itself
        ("Haftar", "Khalifa Haftar", False),
        ("Sirte", "Sirte", False),
    ],
)
def test_abbreviation(written: str, canonical: str, expected: bool) -> None:
    assert abbreviation(written, canonical) is expected


def test_an_alias_abbreviation_stays_as_written() -> None:
    nz = Normalizer.from_records(
        [
            Record(
                id="org:gna",
                type="ORG",
                name_en="Government of National Accord",
                aliases_en=("GNA",),
            ),
            Record(id="loc:libya", type="LOC", name_en="Libya"),
        ]
    )
    text = "LIBYA: the Government of National Accord (GNA) met; the GNA said no."
    doc = nz.canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "GNA"] == ["org:gna", "org:gna"]
    assert doc.rewritten == ("Libya: the Government of National Accord (GNA) met; the GNA said no.")


def test_a_record_with_only_an_arabic_name_is_not_written_into_english_text() -> None:
    # matched across scripts (the cross-script case): linked, reported with its Arabic
    # canonical name, but the rewrite has no English name to write, so the mention stays
    nz = Normalizer.from_records(
        [
            Record(id="per:ozbal", type="PER", name_en=None, name_ar="عدنان أوزبال"),
            Record(id="loc:tripoli", type="LOC", name_en="Tripoli", name_ar="طرابلس"),
        ]
    )
    doc = nz.canonicalize("Adnan Uzbal arrived in Tripoly.")
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Adnan Uzbal", "per:ozbal"),
        ("Tripoly", "loc:tripoli"),
    ]
    assert doc.mentions[0].canonical == "عدنان أوزبال"
    assert doc.rewritten == "Adnan Uzbal arrived in Tripoli."
