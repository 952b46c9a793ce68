"""A French exonym written with its article ("in La Haye") is the city the exonym table names
(:mod:`normx.resolve.french_exonym`, The Hague's row of ``data/city_exonyms.yaml``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx import Normalizer

GAZETTEER = """\
- id: loc:the-hague
  type: LOC
  name: {en: The Hague, ar: لاهاي}
- id: loc:haya
  type: LOC
  name: {en: Haya, ar: هيا}
- id: org:clingendael
  type: ORG
  name: {en: Clingendael Institute, ar: معهد كلينجندال}
"""


@pytest.fixture(scope="module")
def nz(tmp_path_factory: pytest.TempPathFactory) -> Normalizer:
    path = tmp_path_factory.mktemp("g") / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return Normalizer.load([path], defaults=False, use_cache=False)


def _linked(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


@pytest.mark.parametrize(
    "text",
    [
        "The researcher of the Clingendael Institute in La Haye said the Russians would stay.",
        "Tripoli still refuses the transfer of the suspect to La Haye.",
        "La Haye has not changed its position, the prosecutor said.",
    ],
)
def test_the_article_and_the_word_are_the_exonym(nz: Normalizer, text: str) -> None:
    assert _linked(nz, text).get("Haye") == "loc:the-hague"


def test_the_word_without_its_article_is_no_exonym(nz: Normalizer) -> None:
    assert _linked(nz, "The minister Ahmed Haye said nothing.").get("Haye") != "loc:the-hague"
    assert _linked(nz, "The minister Ahmed Haye said nothing.").get("Ahmed Haye") is None


def test_a_lower_case_la_is_no_article_of_the_name(nz: Normalizer) -> None:
    # only a capitalised article is part of the name (french_article_word.ARTICLES); the trie
    # holds "la haye" all the same, so this fails if the article's case is not read
    assert _linked(nz, "The suspect was sent to la Haye on Monday.").get("Haye") is None


def test_the_link_drops_the_tie_listed_for_the_word_alone(nz: Normalizer) -> None:
    # the word alone was tied ("candidates": the village Haya); the exonym settles it, as
    # segment.linked_evidence does for every pass that links after coreference
    text = "The Clingendael Institute in La Haye said so."
    (haye,) = [m for m in nz.canonicalize(text).mentions if m.text == "Haye"]
    assert haye.id == "loc:the-hague"
    assert "candidates" not in haye.evidence
    assert haye.evidence["french_article"] == "La"


def test_only_the_city_s_record_answers(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER.split("- id: loc:haya")[0], encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    assert _linked(nz, "The Clingendael Institute in La Haye said so.").get("Haye") == (
        "loc:the-hague"
    )
    other = tmp_path / "h.yaml"
    other.write_text("- id: loc:haya\n  type: LOC\n  name: {en: Haya, ar: هيا}\n", "utf-8")
    nz = Normalizer.load([other], defaults=False, use_cache=False)
    assert _linked(nz, "The institute in La Haye said so.").get("Haye") is None
