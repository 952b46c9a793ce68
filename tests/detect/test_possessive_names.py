"""A singular possessive inside a gazetteer name ("King's College London", "United Nations
Children's Fund") keeps the name one span when the gazetteer writes the name across it; any
other possessive still ends a name ("Haftar's Libyan National Army")."""

from pathlib import Path

from normx import Normalizer
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import lowercase_words, tokenize
from normx.detect.trie import NameTrie
from normx.detect.units import name_units
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex

PAIRS = frozenset({("king", "college"), ("children", "fund")})

GAZETTEER = """\
- id: org:kings-college-london
  type: ORG
  name: {en: "King's College London"}
- id: per:idris
  type: PER
  name: {en: King Idris}
- id: org:lna
  type: ORG
  name: {en: Libyan National Army}
- id: per:haftar
  type: PER
  name: {en: Khalifa Haftar}
"""


def _spans(text: str, pairs: frozenset[tuple[str, str]] = PAIRS) -> list[str]:
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    spans = find_spans(tokens, name_units(tokens), lex, lowercase_words(text), None, pairs)
    return [text[tokens[s.first].start : tokens[s.last].end] for s in spans]


def test_a_possessive_a_gazetteer_name_holds_keeps_the_run() -> None:
    assert "King's College London" in _spans("He teaches at King's College London now.")
    assert "King’s College London" in _spans("He teaches at King’s College London now.")
    found = _spans("the head of the United Nations Children's Fund said")
    assert "United Nations Children's Fund" in found


def test_without_the_pair_the_possessive_ends_the_run() -> None:
    assert "College London" in _spans("He teaches at King's College London.", frozenset())


def test_another_possessive_still_ends_the_name() -> None:
    found = _spans("They said Haftar's Libyan National Army advanced.")
    assert "Haftar" in found
    assert "Libyan National Army" in found


def test_a_lower_case_word_after_the_pair_word_is_no_name() -> None:
    found = _spans("The King's college friends met.")
    assert all("college" not in s for s in found)


def test_the_trie_collects_the_pairs_and_reads_the_possessor_split_off() -> None:
    records = (
        Record(id="org:kcl", type="ORG", name_en="King's College London"),
        Record(id="org:unicef", type="ORG", name_en="United Nations Children’s Fund"),
        Record(id="loc:ras", type="LOC", name_en="Martyrs' Square"),
    )
    trie = NameTrie.build(NameIndex.build(records))
    assert ("king", "college") in trie.possessives
    assert ("children", "fund") in trie.possessives
    assert not any(a == "martyrs" or a == "martyr" for a, _ in trie.possessives)
    tokens = tokenize("at King's College London")
    units = name_units(tokens)
    hit = trie.walk(units, 1, len(units))
    assert hit is not None and (hit.first, hit.last) == (1, 3)


def test_canonicalize_links_the_whole_name_not_a_title_and_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    doc = nz.canonicalize(
        "Hafed Walda, an archaeologist at King's College London, said so. "
        "Khalifa Haftar's Libyan National Army advanced."
    )
    linked = {m.text: m.id for m in doc.mentions}
    assert linked["King's College London"] == "org:kings-college-london"
    assert linked["Libyan National Army"] == "org:lna"
    assert linked["Khalifa Haftar"] == "per:haftar"
