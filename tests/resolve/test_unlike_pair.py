"""A place's or body's name of several words matched with one word pair under the pair floor
names another place or body (normx.resolve.unlike_pair): "Mansur Al-Jadid" (a man) is not
Al-Manar Al-Jadid (Mansur / Manar, 0.75); spelling variants of one word ("Jabal Awainat",
Jebel Uweinat) stay linked."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.unlike_pair import another_word_paired

GAZETTEER = """\
- id: org:al-manar-al-jadid
  type: ORG
  name: {en: "Al-Manar Al-Jadid"}
- id: loc:jebel-uweinat
  type: LOC
  name: {en: "Jebel Uweinat"}
- id: loc:tall-hamid
  type: LOC
  name: {en: "Tall Hamid"}
"""


def _cand(sims: list[float], method: str = "fuzzy", etype: str = "ORG") -> Candidate:
    explain = {"pairs": [{"query": f"q{i}", "name": f"n{i}", "sim": s} for i, s in enumerate(sims)]}
    return Candidate("org:x", "X", etype, 0.8, "X", method, explain)


def test_a_pair_under_the_floor_is_another_word() -> None:
    assert another_word_paired(_cand([1.0, 0.752]))
    assert another_word_paired(_cand([0.97, 0.728], etype="LOC"))


def test_variants_lone_words_persons_and_cross_script_are_not_judged() -> None:
    assert not another_word_paired(_cand([0.931, 0.783]))  # Qararat / Grara
    assert not another_word_paired(_cand([0.7]))  # a lone word: judged whole
    assert not another_word_paired(_cand([1.0, 0.7], etype="PER"))
    assert not another_word_paired(_cand([0.895, 0.712], method="cross-script"))  # Um / أم


def test_names_sharing_one_word_with_a_body_or_place_are_not_linked(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = (
        "The company Mansur Al-Jadid said its convoys crossed Jabal Awainat on Sunday. "
        "Its manager Adel Hamid was with them."
    )
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert linked.get("Mansur Al-Jadid") is None  # Mansur / Manar, 0.75
    assert linked.get("Adel Hamid") is None  # Adel / Tall, 0.73
    assert linked.get("Jabal Awainat") == "loc:jebel-uweinat"
