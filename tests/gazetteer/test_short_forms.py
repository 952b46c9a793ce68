"""Long names of outside gazetteers (Wikidata, registers) also answer to the short form they
contain: a person without rank or father's name, a body without its official country tail."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Origin, Record
from normx.gazetteer.short_forms import (
    case_form,
    family_short,
    official_short,
    rank_stripped,
    short_forms,
)
from normx.gazetteer.titles import for_identification, with_bare_titles


def rec(rid: str, kind: str, en: str | None, ar: str | None = None) -> Record:
    return Record(id=rid, type=kind, name_en=en, name_ar=ar)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Field Marshal Khalifa Haftar", "Khalifa Haftar"),
        ("Dr. Ali Zeidan", "Ali Zeidan"),
        ("Prime Minister Ali Zeidan", "Ali Zeidan"),
        ("Major General Abu-Bakr Yunis Jabr", "Abu-Bakr Yunis Jabr"),
        ("Sultan Qaboos", None),  # a given name as often as a title: kept
        ("Colonel Gaddafi", None),  # one word left: no name of its own
        ("Khalifa Haftar", None),
    ],
)
def test_rank_stripped(text: str, expected: str | None) -> None:
    assert rank_stripped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khalifa Belqasim Haftar", "Khalifa Haftar"),
        ("Abdul Hamid Mohammed Dbeibah", "Abdul Hamid Dbeibah"),  # Abd + next word: one part
        ("Saif al-Islam Muammar Gaddafi", "Saif al-Islam Gaddafi"),  # "X al-Islam": one part
        ("Fayez Mustafa al-Sarraj", "Fayez al-Sarraj"),  # the family name keeps its article
        ("Fathi Ali Abu Shagur", "Fathi Abu Shagur"),
        ("Saif al-Islam Gaddafi", None),  # two parts: nothing to leave out
        ("Abdel Fattah el-Sisi", None),
        ("Ursula von der Leyen", None),  # European particles: no nasab
        ("George W. Bush", None),  # an initial
        ("Khalifa Haftar", None),
    ],
)
def test_family_short(text: str, expected: str | None) -> None:
    assert family_short(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government of National Unity of the State of Libya", "Government of National Unity"),
        ("Central Bank of the Republic of Tunisia", "Central Bank"),
        ("Ministry of Interior of the Arab Republic of Egypt", "Ministry of Interior"),
        ("Central Bank of Libya", None),  # a country alone is part of the name
        ("Government of the State of Libya", None),  # one word would be left
        ("Supreme Court of the State of New York", None),  # not a country normx ships
    ],
)
def test_official_short(text: str, expected: str | None) -> None:
    assert official_short(text) == expected


def test_short_forms_by_type() -> None:
    assert short_forms("Field Marshal Khalifa Belqasim Haftar", "PER", arabic="خليفة حفتر") == (
        "Khalifa Belqasim Haftar",
        "Khalifa Haftar",
    )
    assert short_forms("General National Congress", "ORG") == ()  # a body's "General" stays
    assert short_forms("Khalifa Belqasim Haftar", "LOC") == ()


def test_father_name_left_out_only_when_the_arabic_is_shorter() -> None:
    # the Arabic attests the short name; a name as long in both scripts is a long name
    assert short_forms("Khalifa Belqasim Haftar", "PER", arabic="خليفة حفتر") == ("Khalifa Haftar",)
    assert short_forms("Khalifa Belqasim Haftar", "PER", arabic="خليفة بلقاسم حفتر") == ()
    assert short_forms("Khalifa Belqasim Haftar", "PER") == ()  # no Arabic: left alone
    # compounds count as one part in both scripts
    assert short_forms("Abdul Hamid Mohammed Dbeibah", "PER", arabic="عبد الحميد الدبيبة") == (
        "Abdul Hamid Dbeibah",
    )
    assert short_forms("Abdul Hamid Dbeibah", "PER", arabic="عبد الحميد الدبيبة") == ()


def test_short_form_added_as_alias_canonical_kept() -> None:
    out = with_bare_titles(
        [rec("per:h", "PER", "Field Marshal Khalifa Belqasim Haftar", "خليفة حفتر")]
    )
    assert out[0].name_en == "Field Marshal Khalifa Belqasim Haftar"
    assert out[0].aliases_en == ("Khalifa Belqasim Haftar", "Khalifa Haftar")


def test_short_form_held_by_another_record_is_not_added() -> None:
    records = [
        rec("per:a", "PER", "Mohamed Ali Takala", "محمد تكالة"),
        rec("per:b", "PER", "Mohamed Takala"),  # another person holds the short form
        rec("per:c", "PER", "Omar Salem Mukhtar", "عمر المختار"),
        rec("per:d", "PER", "Omar Ali Mukhtar", "عمر المختار"),  # one short form: neither
    ]
    assert all(not r.aliases_en for r in with_bare_titles(records))


def test_short_form_blocks_a_bare_title_of_another_record() -> None:
    # the body's everyday name is its own, not the foreign namesake's bare title
    records = [
        rec("org:hor", "ORG", "House of Representatives of the State of Libya"),
        rec("org:hor-eg", "ORG", "House of Representatives (Egypt)"),
    ]
    out = with_bare_titles(records)
    assert out[0].aliases_en == ("House of Representatives",)
    assert out[1].aliases_en == ()


def test_shipped_records_are_not_shortened(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped.yaml"
    record = Record(id="per:x", type="PER", name_en="Khalifa Belqasim Haftar", name_ar="خليفة حفتر")
    from_file = replace(record, origin=Origin(str(shipped), 1))
    assert with_bare_titles([from_file], shipped={str(shipped)})[0].aliases_en == ()
    assert with_bare_titles([record], shipped={str(shipped)})[0].aliases_en == ("Khalifa Haftar",)


def test_identification_reads_rank_and_official_tail_away() -> None:
    records = [
        rec("per:h", "PER", "Field Marshal Khalifa Haftar"),
        rec("org:gnu", "ORG", "Government of National Unity of the State of Libya"),
        rec("per:k", "PER", "Khalifa Belqasim Haftar"),  # a father's name: kept (doubtful)
    ]
    assert [r.name_en for r in for_identification(records)] == [
        "Khalifa Haftar",
        "Government of National Unity",
        "Khalifa Belqasim Haftar",
    ]


def test_normalizer_links_the_short_forms(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: per:haftar\n  type: PER\n"
        '  name: {en: "Field Marshal Khalifa Belqasim Haftar", ar: خليفة حفتر}\n'
        "- id: org:gnu\n  type: ORG\n"
        '  name: {en: "Government of National Unity of the State of Libya"}\n'
        "- id: org:gnu-x\n  type: ORG\n"
        '  name: {en: "Government of National Unity (Somalia)"}\n',
        encoding="utf-8",
    )
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    doc = nz.canonicalize("Khalifa Haftar met the Government of National Unity in Tripoli.")
    linked = {(m.text, m.id) for m in doc.mentions if m.id}
    assert ("Khalifa Haftar", "per:haftar") in linked
    assert ("Government of National Unity", "org:gnu") in linked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("libyan red crescent", "Libyan Red Crescent"),
        ("international federation of red cross", "International Federation of Red Cross"),
        ("khalid al-mishri", "Khalid Al-Mishri"),
        ("SHARARA OIL FIELD", "Sharara Oil Field"),
        ("NATIONAL OIL CORPORATION (NOC)", "National Oil Corporation (NOC)"),
        ("NATO", None),  # one word in capitals: an acronym as often as not
        ("Khalid al-Mishri", None),  # mixed case: as the user wrote it
        ("AL-MISHRI, Khalid", None),
        ("444", None),
    ],
)
def test_case_form(text: str, expected: str | None) -> None:
    assert case_form(text) == expected


def test_case_form_added_and_its_title_read() -> None:
    out = with_bare_titles(
        [rec("org:lrc", "ORG", "libyan red crescent"), rec("loc:z", "LOC", "zawiya, libya")]
    )
    assert out[0].aliases_en == ("Libyan Red Crescent",)
    assert out[1].aliases_en == ("Zawiya, Libya", "Zawiya")
