"""Loose person matches whose only spelled word is a common given name, or whose words are all
read loosely with one of another letter, are likenesses only (normx.resolve.word_agreement).

Under a gazetteer of tens of thousands of Arab names, "Yasin Al-Qaddur" finds a Yasin Hamdi
Al-Qadour and "Rasmia Hamad" a Rasmiya Al Hamadi: the given name spelled right is one of
thousands, the rest only resembles."""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve.word_agreement import person_words_agree

COMMON = {"ISN", "SLH"}  # Yasin, Saleh: common given names of a large gazetteer


def _common(key: str) -> bool:
    return key in COMMON


def _cand(pairs: list[tuple[str, str, float, str]], name: list[tuple[str, str]]) -> Candidate:
    explain = {
        "pairs": [{"query": q, "name": n, "sim": s, "how": h} for q, n, s, h in pairs],
        "query_tokens": [{"form": q} for q, _, _, _ in pairs],
        "matched_tokens": [{"form": f, "key": k} for f, k in name],
    }
    return Candidate("per:x", "x", "PER", 0.88, "x", "fuzzy", explain)


YASIN = _cand(
    [("yasin", "yasin", 1.0, "exact"), ("qaddur", "qadour", 0.92, "vowels")],
    [("yasin", "ISN"), ("hamdi", "HMT"), ("qadour", "KTR")],
)
SAMIR = _cand(  # a given name that is not common in the gazetteer
    [("samir", "samir", 1.0, "exact"), ("qaddur", "qadour", 0.92, "vowels")],
    [("samir", "SMR"), ("hamdi", "HMT"), ("qadour", "KTR")],
)
FATHER = _cand(  # the common word spelled alike is the father's name, not the given name
    [("jamila", "jamilah", 0.93, "vowels"), ("saleh", "saleh", 1.0, "exact")],
    [("jamilah", "JML"), ("saleh", "SLH"), ("mansur", "MNSR")],
)
RASMIA = _cand(
    [("rasmia", "rasmiya", 0.94, "vowels"), ("hamad", "hamadi", 0.9, "fuzzy")],
    [("rasmiya", "RSM"), ("hamadi", "HMT")],
)
RASMIA_VOWELS = _cand(
    [("rasmia", "rasmiya", 0.94, "vowels"), ("hamad", "hamid", 0.9, "vowels")],
    [("rasmiya", "RSM"), ("hamid", "HMT")],
)


def test_a_common_given_name_spelled_alike_is_no_evidence_for_the_family_s_likeness() -> None:
    assert not person_words_agree(YASIN, "Yasin Al-Qaddur", _common)


def test_a_rarer_given_name_or_a_common_father_s_name_spelled_alike_keeps_the_match() -> None:
    assert person_words_agree(SAMIR, "Samir Al-Qaddur", _common)
    assert person_words_agree(FATHER, "Jamila Saleh", _common)
    assert person_words_agree(YASIN, "Yasin Al-Qaddur")  # no commonness known


def test_no_word_spelled_alike_and_one_of_another_letter_is_no_match() -> None:
    assert not person_words_agree(RASMIA, "Rasmia Hamad")
    assert person_words_agree(RASMIA_VOWELS, "Rasmia Hamad")
