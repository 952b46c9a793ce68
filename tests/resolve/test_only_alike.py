"""A likeness that leaves words of the gazetteer's name unsaid is no decision
over a close rival, however high its score: in a large gazetteer another man has the same
two name words around another father's name.
The records are in ``only_alike.yaml`` beside this file."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.decision import only_alike

GAZETTEER = Path(__file__).with_name("only_alike.yaml")


@pytest.fixture(scope="module")
def records() -> dict[str, Record]:
    nz = Normalizer.load([GAZETTEER], defaults=False, use_cache=False)
    return {r.id: r for r in nz.records}


def _ids(records: list[Record], text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def _cand(method: str, sims: list[float], q: int, n: int) -> Candidate:
    pairs = [{"query": f"q{i}", "name": f"n{i}", "sim": s} for i, s in enumerate(sims)]
    explain = {
        "pairs": pairs,
        "query_tokens": [{"form": f"q{i}"} for i in range(q)],
        "matched_tokens": [{"form": f"n{i}"} for i in range(n)],
    }
    return Candidate("x", "x", "PER", 0.96, "x", method, explain)


def test_only_alike_reads_the_word_pairs():
    assert only_alike(_cand("phonetic", [1.0, 1.0], 2, 3))  # a word of the name left out
    assert not only_alike(_cand("fuzzy", [0.97], 1, 1))  # a word spelled a little apart
    assert not only_alike(_cand("phonetic", [1.0, 1.0], 2, 2))  # every word spelled
    assert not only_alike(_cand("exact", [0.97], 1, 1))  # not a likeness
    assert not only_alike(_cand("fuzzy", [], 1, 1))  # nothing to read


def test_given_and_family_name_between_two_namesakes_is_neither(records):
    both = [records["per:mohammed-mahrous-al-kilani"], records["per:muhammad-zaky-al-kilani"]]
    text = "The deputy Mohammed Al-Kilani said the session was postponed."
    assert _ids(both, text).get("Mohammed Al-Kilani") is None


def test_given_and_family_name_of_the_one_such_man_is_him(records):
    one = [records["per:mohammed-mahrous-al-kilani"]]
    text = "The deputy Mohammed Al-Kilani said the session was postponed."
    assert _ids(one, text)["Mohammed Al-Kilani"] == "per:mohammed-mahrous-al-kilani"


def test_full_name_is_decided_among_namesakes(records):
    both = [records["per:mohammed-mahrous-al-kilani"], records["per:muhammad-zaky-al-kilani"]]
    text = "The deputy Mohammed Mahrous Al-Kilani said the session was postponed."
    found = _ids(both, text)
    assert found["Mohammed Mahrous Al-Kilani"] == "per:mohammed-mahrous-al-kilani"


def test_a_word_spelled_a_little_apart_keeps_its_lead(records):
    both = [records["loc:susa"], records["loc:sousse"]]
    text = "The ship reached Sousa on Monday."
    assert _ids(both, text)["Sousa"] == "loc:susa"
