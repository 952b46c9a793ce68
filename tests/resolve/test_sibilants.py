"""A loose match pairing a word written with "sh"/"ch" (ش) with one written with "s" (س ص)
is no link (normx.resolve.sibilants): "Nabil Al-Sharrafi" is not Nabil Al-Sarrafi, however
close the phonetic key finds them. Each test also asks the matcher, to show the likeness the
rule overrules is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.sibilants import sibilant, sibilants_agree, sibilants_disagree

GAZETTEER = Path(__file__).with_name("sibilants.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _top(nz: Normalizer, query: str) -> str:
    return nz.match(query, top=1, min_score=0.75)[0].id


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Nabil Al-Sharrafi", "per:nabil-al-sarrafi"),  # sh for ص
        ("Hamza Assour", "per:hamza-ashour"),  # s for ع ش
        ("Wadi Sharra", "loc:wadi-sarra"),  # a place as well
    ],
)
def test_the_other_sibilant_is_another_name(nz: Normalizer, text: str, record: str) -> None:
    assert _top(nz, text) == record
    assert _links(nz, f"{text} said on Monday that the road was open.") == []


def test_across_scripts_too(nz: Normalizer) -> None:
    # "Eissa" (عيسى) read into أشعياء, romanised "ash'ia'", whose English name says Isaiah
    assert [c.id for c in nz.match("Hadi Eissa", min_score=0.75)] == ["per:hadi-isaiah"]
    assert _links(nz, "Hadi Eissa said on Monday that the road was open.") == []


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Nabil Al-Sarafi", "per:nabil-al-sarrafi"),
        ("Hamza Achour", "per:hamza-ashour"),  # French "ch" is ش
        ("Hadi Ashiya", "per:hadi-isaiah"),
        ("Wadi Al-Sarra", "loc:wadi-sarra"),
        ("Kemal Shahin", "per:kemal-sahin"),  # Turkish ş reads sh, though it folds to s
    ],
)
def test_the_same_sibilant_still_links(nz: Normalizer, text: str, record: str) -> None:
    assert _links(nz, f"{text} said on Monday that the road was open.") == [(text, record)]


def test_every_rival_of_the_other_sibilant_is_ruled_out(nz: Normalizer) -> None:
    # "Ain Sabi" resembles Ain Shabi and the district named after it: both write ش
    assert _links(nz, "Ain Sabi was shelled on Monday.") == []
    assert _links(nz, "Ain Al-Shabi was shelled on Monday.") == [("Ain Al-Shabi", "loc:ain-shabi")]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Shtewi", "sh"),
        ("Chaouch", "sh"),  # French
        ("Schulz", "sh"),  # German
        ("Sassi", "s"),
        ("ash'ia'", "sh"),  # romanised أشعياء
        ("is·haq", None),  # romanised إسحاق: س then ح, either
        ("Shams", None),  # both sibilants: not judged
        ("Osman", "s"),
        ("Thabet", None),  # neither
    ],
)
def test_sibilant(word: str, expected: str | None) -> None:
    assert sibilant(word) == expected


def _cand(method: str, query: str, name: str, sim: float) -> Candidate:
    pairs = [{"query": query, "name": name, "sim": sim}]
    return Candidate("per:x", "X", "PER", 0.9, name, method, {"pairs": pairs})


def test_only_loose_pairs_are_judged() -> None:
    assert sibilants_disagree(_cand("fuzzy", "shati", "saadi", 0.97))
    assert not sibilants_disagree(_cand("fuzzy", "shati", "shatii", 0.97))
    assert not sibilants_disagree(_cand("exact", "shati", "saadi", 0.97))
    assert not sibilants_disagree(_cand("fuzzy", "sh", "s", 1.0))  # spelled alike: not judged
    assert not sibilants_disagree(_cand("gloss", "shati", "saadi", 0.97))
    right, wrong = _cand("fuzzy", "shati", "shatii", 0.9), _cand("fuzzy", "shati", "saadi", 0.97)
    assert sibilants_agree([wrong, right], "") == [right]
    kept = [right]
    assert sibilants_agree(kept, "") is kept


def test_a_letter_that_folds_to_s_but_reads_sh_is_not_judged() -> None:
    pairs = [{"query": "yashar", "name": "yasar", "sim": 0.9}]
    turkish = Candidate("per:y", "Yaşar", "PER", 0.9, "Yaşar", "fuzzy", {"pairs": pairs})
    assert not sibilants_disagree(turkish)
    plain = Candidate("per:y", "Yasar", "PER", 0.9, "Yasar", "fuzzy", {"pairs": pairs})
    assert sibilants_disagree(plain)
    assert not sibilants_disagree(plain, "Yaşar")


def test_a_ruled_out_person_leaves_one_unknown_name(nz: Normalizer) -> None:
    # "Bashir Al-Faqih" resembles the person Busir Hanin Al-Faqih (ب ص ير: s) and is not him;
    # its words are still one man's name, not the villages Bassir and Al-Faqih
    assert _top(nz, "Bashir Al-Faqih") == "per:busir-hanin-al-faqih"
    doc = nz.canonicalize("The spokesman, Bashir Al-Faqih, said the port was closed.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Bashir Al-Faqih", None)]
