"""A gazetteer word with the article glued behind a preposition (بالمحكمة, "in the court") is
as generic as the bare word (normx.mt.arwords.article_readings, normx.mt.gloss_index): the
chamber's Arabic-only name الدائرة الدستورية بالمحكمة العليا gives "Berlin court" and "Supreme
Court" no match through its court word, while "Constitutional Chamber" reads its own words
(chamber -> دائرة)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.mt.arwords import article_readings, gloss_readings

GAZETTEER = """\
- id: org:constitutional-chamber
  type: ORG
  name: {ar: "الدائرة الدستورية بالمحكمة العليا"}
- id: loc:berlin
  type: LOC
  name: {en: "Berlin", ar: "برلين"}
"""


def test_a_glued_article_prefix_is_read_off_but_a_lone_letter_is_not() -> None:
    assert "محكمه" in article_readings("بالمحكمه")
    assert "محكمه" not in gloss_readings("بالمحكمه")
    assert article_readings("بنغازي") == gloss_readings("بنغازي")


def _linked(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_a_court_word_glued_to_its_preposition_does_not_name_the_chamber(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    berlin = _linked(nz, "He was flown to The Hague after a Berlin court rejected his appeal.")
    assert "org:constitutional-chamber" not in berlin.values()
    assert berlin.get("Berlin") == "loc:berlin"
    court = _linked(nz, "The Supreme Court reactivated its Constitutional Chamber on Thursday.")
    assert court.get("Supreme Court") is None
    assert court.get("Constitutional Chamber") == "org:constitutional-chamber"
