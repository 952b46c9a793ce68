"""A French country name with lower-case words after its first ("Arabie saoudite", "Émirats
arabes unis") is one span, and links the country; the words alone, or after another word,
extend nothing."""

from pathlib import Path

from normx import Normalizer
from normx.detect.exonym_tails import exonym_bridges, lower_tails
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import lowercase_words, tokenize
from normx.detect.units import name_units

GAZETTEER = """\
- id: loc:saudi
  type: LOC
  name: {en: Saudi Arabia}
- id: org:arabiya
  type: ORG
  name: {en: Al-Arabiya}
- id: loc:uae
  type: LOC
  name: {en: United Arab Emirates}
"""


def _spans(text: str) -> list[str]:
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    spans = find_spans(tokens, name_units(tokens), lex, lowercase_words(text))
    return [text[tokens[s.first].start : tokens[s.last].end] for s in spans]


def test_the_tails_come_from_the_table() -> None:
    assert ("saoudite",) in lower_tails()["arabie"]
    assert ("arabes", "unis") in lower_tails()["emirats"]
    assert {"saoudite", "équatoriale", "equatoriale"} <= exonym_bridges()


def test_the_run_takes_the_lower_case_words() -> None:
    assert "Arabie saoudite" in _spans("RIYAD (Arabie saoudite), Sept 14 (AFP) - The")
    assert "Émirats arabes unis" in _spans("a deal with the Émirats arabes unis on Monday")


def test_other_lower_case_words_stay_out() -> None:
    found = _spans("He praised the Arabie restaurant and saoudite food.")
    assert "Arabie" in found and all("restaurant" not in s for s in found)
    assert all("unis" not in s for s in _spans("The Emirates arabes unis"))


def test_canonicalize_links_the_country_not_a_look_alike(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    doc = nz.canonicalize("RIYAD (Arabie saoudite), Sept 14 (AFP) - Talks began.")
    assert ("Arabie saoudite", "loc:saudi") in [(m.text, m.id) for m in doc.mentions]
