"""A word after an initial's period opens no sentence (normx.resolve.opening_part): "The U.K.
Trade had warned" keeps its link to the body of which "Trade" is one word of several, while
the same word opening a real sentence ("Trade officials warned") still links nothing."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer

GAZETTEER = """\
- id: org:british-department-of-trade
  type: ORG
  name: {en: "United Kingdom Department of Trade", ar: "وزارة التجارة البريطانية"}
- id: loc:zliten
  type: LOC
  name: {en: "Zliten", ar: "زليتن"}
"""


def _links(tmp_path: Path, text: str) -> dict[str, str | None]:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_a_word_after_initials_is_inside_its_sentence(tmp_path: Path) -> None:
    text = "Zliten was calm. The U.K. Trade had warned Libyan officials."
    assert _links(tmp_path, text).get("Trade") == "org:british-department-of-trade"


def test_the_word_opening_a_sentence_still_links_nothing(tmp_path: Path) -> None:
    text = "Zliten was calm. Trade officials warned Libyan officials."
    assert "Trade" not in _links(tmp_path, text)
