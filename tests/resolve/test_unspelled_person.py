"""A person matched by likenesses only, one of them under the near-name floor, is left
unlinked (normx.resolve.unspelled_person): "Adel" ~ Adly (0.83) is as likely another name as
another spelling; a spelling a vowel apart ("Khaled" ~ Khalid) or a word spelled alike keeps
the match."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.unspelled_person import likenesses_below_near

GAZETTEER = """\
- id: per:adly-al-mesrati
  type: PER
  name: {en: "Adly Al-Mesrati"}
- id: per:khalid-al-mishri
  type: PER
  name: {en: "Khalid al-Mishri"}
"""


def _cand(
    pairs: list[tuple[str, str, float]], method: str = "fuzzy", etype: str = "PER"
) -> Candidate:
    explain = {"pairs": [{"query": q, "name": n, "sim": s, "how": "key"} for q, n, s in pairs]}
    return Candidate("per:x", "X", etype, 0.85, "X", method, explain)


def test_a_pair_under_the_floor_with_no_word_spelled_alike_is_no_evidence() -> None:
    assert likenesses_below_near(_cand([("misrati", "mesrati", 0.956), ("adel", "adly", 0.825)]))


def test_a_word_spelled_alike_or_close_pairs_keep_the_match() -> None:
    assert not likenesses_below_near(
        _cand([("abd-lah", "abd-lah", 1.0), ("thani", "thinni", 0.849)])
    )
    assert not likenesses_below_near(
        _cand([("khaled", "khalid", 0.951), ("meshri", "mishri", 0.951)])
    )


def test_cross_script_one_word_and_bodies_are_not_judged() -> None:
    pairs = [("mohammed", "mhmd", 0.807), ("aoun", "'un", 0.95)]
    assert not likenesses_below_near(_cand(pairs, method="cross-script"))
    assert not likenesses_below_near(_cand([("adel", "adly", 0.825)]))
    assert not likenesses_below_near(_cand([("a", "b", 0.8), ("c", "d", 0.9)], etype="ORG"))


def test_an_unknown_man_is_not_linked_to_a_near_name(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = "Officials said Adel Al-Misrati met Khaled Al-Meshri in the capital on Monday."
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert linked.get("Adel Al-Misrati") is None
    assert linked.get("Khaled Al-Meshri") == "per:khalid-al-mishri"
