"""A person's name word read by likeness in a way the person's Arabic name rules out is no
link (normx.resolve.arabic_reading): "Omar Kaibi" is not Omar Al-Chaibi (عمر الشايبي, sh)."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.arabic_reading import coarse, latin_readings, reading_ruled_out

GAZETTEER = Path(__file__).with_name("arabic_reading.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_k_is_not_the_sh_the_arabic_name_writes(nz: Normalizer) -> None:
    assert _links(nz, "Omar Kaibi told reporters the talks had failed.") == []


def test_the_reading_the_arabic_confirms_still_links(nz: Normalizer) -> None:
    assert _links(nz, "Omar Shaibi told reporters the talks had failed.") == [
        ("Omar Shaibi", "per:omar-al-chaibi")
    ]


def test_german_ch_is_kh_when_the_arabic_says_so(nz: Normalizer) -> None:
    assert _links(nz, "Ahmed Katib told reporters the talks had failed.") == [
        ("Ahmed Katib", "per:ahmed-al-chatib")
    ]


def test_without_an_arabic_name_nothing_is_ruled_out(nz: Normalizer) -> None:
    assert _links(nz, "Younes Kami told reporters the talks had failed.") == [
        ("Younes Kami", "per:younes-al-chami")
    ]


def test_d_for_the_arabic_emphatic_is_the_same_letter(nz: Normalizer) -> None:
    assert _links(nz, "Salem Al-Nadouri told reporters the talks had failed.") == [
        ("Salem Al-Nadouri", "per:salem-al-nadhouri")
    ]


def test_coarse_keys_merge_what_translations_confuse() -> None:
    assert coarse("FTHL") == "FTL"  # فتح الله written Fatallah
    assert coarse("NZR") == coarse("NTR")  # ظ written z or d
    assert coarse("JML") == coarse("KML")  # Egyptian g for ج
    assert coarse("SN") != coarse("KN")
    assert latin_readings("chenna") == {"SN", "KN"}


def _cand(query: str, name: str, sim: float, method: str = "fuzzy", kind: str = "PER") -> Candidate:
    pairs = [
        {"query": "ali", "name": "ali", "sim": 1.0},
        {"query": query, "name": name, "sim": sim},
    ]
    return Candidate("x", "X", kind, 0.95, "X", method, {"pairs": pairs})


def test_only_loose_latin_person_pairs_are_judged() -> None:
    def arabic(_: str) -> tuple[tuple[str, ...], ...]:
        return (("علي", "شنا"),)

    assert reading_ruled_out(_cand("kanna", "chenna", 0.95), arabic)
    assert not reading_ruled_out(_cand("chenna", "chenna", 1.0), arabic)  # spelled alike
    assert not reading_ruled_out(_cand("kanna", "chenna", 0.95, "cross-script"), arabic)
    assert not reading_ruled_out(_cand("kanna", "chenna", 0.95, kind="LOC"), arabic)
    assert not reading_ruled_out(_cand("kanna", "chenna", 0.95), lambda _: ())
    assert not reading_ruled_out(_cand("kanna", "chenna", 0.95), None)
