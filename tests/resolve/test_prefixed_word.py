"""A capital after an English prefix and a hyphen ("sub-Saharan", "trans-Saharan") is the
compound's adjective, not a place a letter or two away (normx.resolve.prefixed_word, hooked in
normx.resolve.english_word)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.detect.tokens import tokenize
from normx.resolve.prefixed_word import english_prefixed

# a village whose phonetic key "Saharan" shares (0.89)
VILLAGE = """- id: loc:my-shahrani
  type: LOC
  name: {en: "Shahrani"}
"""


def _ids(tmp_path: Path, body: str, text: str, word: str) -> list[str | None]:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return [m.id for m in nz.canonicalize(text).mentions if m.text == word]


def test_a_prefixed_adjective_is_no_village(tmp_path: Path) -> None:
    text = (
        "Migrants from sub-Saharan countries try to cross. They lived from the trans-Saharan trade."
    )
    assert _ids(tmp_path, VILLAGE, text, "Saharan") == [None, None]


def test_the_word_alone_still_resembles_the_village(tmp_path: Path) -> None:
    # no prefix: the capital inside a sentence is the word's own, the likeness stands
    text = "Officials said that Saharan traders had arrived."
    assert _ids(tmp_path, VILLAGE, text, "Saharan") == ["loc:my-shahrani"]


def test_a_name_spelled_exactly_after_a_prefix_keeps_its_link(tmp_path: Path) -> None:
    text = "Officials said the sub-Shahrani district had voted."
    assert _ids(tmp_path, VILLAGE, text, "Shahrani") == ["loc:my-shahrani"]


def test_an_arabic_article_or_pro_is_no_adjective_prefix() -> None:
    text = "the road to al-Saharan, the pro-Saharan forces and sub-Saharan"
    words = [t for t in tokenize(text) if text[t.start : t.end] == "Saharan"]
    assert [english_prefixed(text, t) for t in words] == [False, False, True]


def test_a_body_by_one_word_of_its_name_too(tmp_path: Path) -> None:
    body = """- id: org:my-censad
  type: ORG
  name: {en: "Community of Sahel-Saharan States"}
"""
    text = "Its inhabitants lived for centuries from the trans-Saharan trade."
    assert _ids(tmp_path, body, text, "Saharan") == [None]
