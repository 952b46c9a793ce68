"""The French-spelling evaluation sets' builder (benchmarks/eval/persons_fr.py)."""

from __future__ import annotations

import random

from benchmarks.eval.persons_fr import (
    HAND_WRITTEN,
    _with_hand_written,
    french_respelling,
    is_french_looking,
)
from benchmarks.eval.setio import spelling_key


def _spellings(name: str, n: int = 200) -> set[str]:
    rng = random.Random(5)
    return {french_respelling(name, rng) for _ in range(n)}


def test_french_habits_appear_among_the_respellings():
    assert "Fathi Bachagha" in _spellings("Fathi Bashagha")
    assert any(s.startswith("Mouammar") for s in _spellings("Muammar Qadhafi"))
    assert any("Kadhafi" in s for s in _spellings("Muammar Qadhafi"))
    assert "Moustafa Abdeljalil" in _spellings("Mustafa Abd al-Jalil")


def test_respelling_keeps_the_name_parts():
    for s in _spellings("Abd al-Rahman bin Yusuf al-Shaykh", 50):
        assert s.startswith("Abd") and ("Ben" in s.split() or "ben" in s.split())


def test_french_looking_spellings():
    assert is_french_looking("Mouammar Kadhafi")
    assert is_french_looking("Abdelhamid Dbeibah")
    assert not is_french_looking("Khalifa Haftar")


def test_hand_written_people_replace_synthetic_distractors():
    records = [{"id": f"syn:per:{i}", "name": {"en": "X", "ar": "س"}} for i in range(50)]
    records.insert(0, {"id": "un:1", "name": {"en": "Y", "ar": "ص"}})
    out = _with_hand_written(records, latin=False)
    assert len(out) == len(records)
    assert out[0]["id"] == "un:1"
    hand = [r for r in out if r["id"].startswith("lib:")]
    assert len(hand) == len(HAND_WRITTEN) and all(set(r["name"]) == {"ar"} for r in hand)


def test_hand_written_spellings_are_not_their_canonical_names():
    for _, en, _, spellings in HAND_WRITTEN:
        assert spellings
        assert sum(spelling_key(s) == spelling_key(en) for s in spellings) <= 1


def test_a_hand_written_person_already_in_the_gazetteer_is_not_added_twice():
    from benchmarks.eval.persons_fr import same_as_records
    from benchmarks.eval.setio import record

    records = [record("un:LYi.018", "PER", "Abdullah AL-SENUSSI", None, "UN")]
    records += [record(f"syn:per:{i}", "PER", "Ali Ahmed", "علي أحمد", "s") for i in range(50)]
    same = same_as_records(records)
    assert same == {"lib:senussi": "un:LYi.018"}  # the same name key: one person
    kept = _with_hand_written(records, latin=True, skip=same)
    ids = [r["id"] for r in kept]
    assert "lib:senussi" not in ids and "un:LYi.018" in ids
    assert len(kept) == len(records)  # one synthetic distractor fewer replaced
    assert sum(i.startswith("lib:") for i in ids) == len(HAND_WRITTEN) - 1
