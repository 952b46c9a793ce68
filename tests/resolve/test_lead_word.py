"""A capitalised word before a body's name that the body's Arabic name does not say names
another body (normx.resolve.lead_word): "Holding Company of Ports" (القابضة) is not the
ports company whose Arabic name lacks the word; a leading word its Arabic name holds, a
country word, a weak adjective or a word the lexicon does not know keep the link."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.generic import arabic_words
from normx.resolve.lead_word import lead_names_another

GAZETTEER = """\
- id: org:ports-company
  type: ORG
  name: {en: "General Ports Company", ar: "الشركة العامة للموانئ"}
"""

ARABIC = {"org:x": (arabic_words("الهيئة الخاصة للمياه"),)}


def _names(rid: str) -> tuple[tuple[str, ...], ...]:
    return ARABIC.get(rid, ())


def _org(rid: str = "org:x", etype: str = "ORG") -> Candidate:
    return Candidate(rid, "X", etype, 0.9, "X", "gloss", {})


def test_a_rendered_word_the_arabic_name_lacks_names_another_body() -> None:
    assert lead_names_another(["holding"], _org(), _names)


def test_words_the_name_says_country_weak_and_unknown_words_are_no_evidence() -> None:
    assert not lead_names_another(["special"], _org(), _names)  # الخاصة is in the name
    assert not lead_names_another(["libyan"], _org(), _names)  # a country word
    assert not lead_names_another(["national"], _org(), _names)  # weak: short forms drop it
    assert not lead_names_another(["zorbax"], _org(), _names)  # the lexicon does not know it
    assert not lead_names_another(["holding"], _org("org:y"), _names)  # no Arabic name
    assert not lead_names_another(["holding"], _org(etype="LOC"), _names)
    assert not lead_names_another([], _org(), _names)


def test_a_holding_company_is_not_the_company_its_last_words_match(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = "Officials of the Holding Company of Ports met the press in Tripoli."
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert "org:ports-company" not in linked.values()
