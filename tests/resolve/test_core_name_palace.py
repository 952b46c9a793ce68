"""A palace named by its own word ("at the Elysée") is the palace, not a village its word
resembles across scripts, nor a man whose Arabic family name it resembles
(normx.resolve.core_name: "palace" a kind word; a person reached through his Arabic name
alone at a score under the threshold is no rival reading)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.core_name import _rival

PALACE = """- id: loc:elysee-palace
  type: LOC
  name: {en: "Élysée Palace", ar: "قصر الإليزيه"}
"""
# a village whose Arabic name "Elysée" resembles across scripts (0.86), more than the palace's
# one word of two scores (0.78): the two tie and the linker abstains
VILLAGE = """- id: loc:ulshi
  type: LOC
  name: {en: "Ulshi", ar: "الألشي"}
"""
# a man whose Arabic family name pairs the word across scripts (0.92), the man at 0.59
MAN = """- id: per:elachi
  type: PER
  name: {en: "Mohamed El-Elachi", ar: "محمد العشي"}
"""
TEXT = "PARIS - Emmanuel Macron received on Wednesday at the Elysée the president of the council."


def _elysee(tmp_path: Path, body: str) -> list[str | None]:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return [m.id for m in nz.canonicalize(TEXT).mentions if m.text == "Elysée"]


def test_the_palaces_own_word_is_the_palace(tmp_path: Path) -> None:
    assert _elysee(tmp_path, PALACE + VILLAGE) == ["loc:elysee-palace"]


def test_a_man_paired_across_scripts_only_is_no_rival(tmp_path: Path) -> None:
    assert _elysee(tmp_path, PALACE + VILLAGE + MAN) == ["loc:elysee-palace"]


def _man(score: float, matched: str, sim: float) -> Candidate:
    pairs = [{"query": "elysee", "name": "x", "sim": sim, "how": "key"}]
    return Candidate("per:x", "X", "PER", score, matched, "cross-script", {"pairs": pairs})


def test_rival_persons() -> None:
    assert not _rival(_man(0.59, "محمد العشي", 0.918), 1.0)
    assert _rival(_man(0.59, "Mohamed El-Elysee", 0.95), 1.0)  # bears it in Latin letters
    assert _rival(_man(0.8, "محمد العشي", 0.918), 1.0)  # the matcher's own answer
    assert not _rival(_man(0.8, "Mohamed Elachi", 0.85), 1.0)  # not spelled alike
