"""Script classification and name-case helpers shared by the importers."""

from __future__ import annotations

import pytest

from normx.curate import names


def test_script_classification() -> None:
    assert names.is_arabic("سرت")
    assert names.is_arabic("اللجنة العسكرية المشتركة 5+5")
    assert not names.is_arabic("Sirte")
    assert names.is_latin("Yaşar Güler")
    assert not names.is_latin("Kambot كمبوت")
    assert not names.is_latin("Гат")
    assert names.is_arabic_language("ليبيا")
    assert not names.is_arabic_language("لیبیا")  # Persian yeh


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kambot كمبوت", ("Kambot", "كمبوت")),
        ("Waw al Kabir واو الكبير", ("Waw al Kabir", "واو الكبير")),
        ("سرت", ("", "سرت")),
        ("Sirte", ("Sirte", "")),
        ("a ب c", ("", "")),  # interleaved: not trusted
        ("", ("", "")),
    ],
)
def test_split_scripts(value: str, expected: tuple[str, str]) -> None:
    assert names.split_scripts(value) == expected


def test_clean_removes_bidi_marks_and_extra_space() -> None:
    assert names.clean("الناصرية\u200e  ") == "الناصرية"
    assert names.clean(None) == ""


def test_proper_case_and_fix_case() -> None:
    assert names.proper_case("SAIF AL-ISLAM QADHAFI") == "Saif al-Islam Qadhafi"
    assert names.proper_case("AL-SENUSSI") == "Al-Senussi"
    assert names.fix_case("AL AMERYA") == "Al Amerya"
    assert names.fix_case("al fkhfakhah") == "Al Fkhfakhah"
    assert names.fix_case("Mus’ab Abu Qarin") == "Mus’ab Abu Qarin"
    assert names.fix_case("ABU-AL QASSIM OMAR Musab Boukrin") == "Abu-Al Qassim Omar Musab Boukrin"


def test_invert_and_slug() -> None:
    assert names.invert_surname_given("QADHAFI, Muammar") == "Muammar QADHAFI"
    assert names.invert_surname_given("Benghazi") == "Benghazi"
    assert names.slugify("Yaşar Güler") == "yasar-guler"
    assert names.slugify("5+5 Joint Military Commission") == "5-plus-5-joint-military-commission"
    assert names.slugify("N'Djamena") == "ndjamena"


def test_unique_is_casefold_and_excludes() -> None:
    assert names.unique(["Sirte", "sirte", " Surt ", ""], exclude=["SURT"]) == ["Sirte"]
