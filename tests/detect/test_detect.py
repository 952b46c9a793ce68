"""Tokens, name units, the gazetteer trie and candidate spans."""

from __future__ import annotations

from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.trie import NameTrie
from normx.detect.units import name_units
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex


def _spans(text: str) -> list[str]:
    toks = tokenize(text)
    units = name_units(toks)
    return [
        text[toks[s.first].start : toks[s.last].end] for s in find_spans(toks, units, lexicon())
    ]


def test_tokens_offsets_index_the_original_text() -> None:
    text = "Mu'ammar al-Qaddafi’s men, “Al-Wefaq” forces."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    words = [t.text for t in tokenize(text)]
    assert words == ["Mu'ammar", "al", "Qaddafi", "men", "Al", "Wefaq", "forces"]


def test_tokens_possessive_split_and_hyphen_remembered() -> None:
    toks = tokenize("Haftar's forces and al-Mishri")
    assert toks[0].text == "Haftar" and toks[0].possessive
    assert toks[-1].hyphen_before and toks[-1].form == "mishri"


def test_tokens_sentence_start() -> None:
    toks = tokenize("He left. The Council met;\nOfficials said")
    starts = [t.text for t in toks if t.sent_start]
    assert starts == ["He", "The", "Officials"]


def test_units_read_particles_like_the_name_analysis() -> None:
    toks = tokenize("Abdel Hamid al-Dbeibah and Abu Bakr")
    units = name_units(toks)
    kinds = [(u.kind, u.forms[:1]) for u in units]
    assert kinds[0] == ("name", ("abd-hamid",))
    assert kinds[1] == ("article", ())
    assert ("abu", ("abu",)) in kinds


def test_bin_opening_the_text_is_the_particle_it_is_after_any_word() -> None:
    for text in ("Bin Qadara takes over", "Then Bin Qadara took over"):
        units = name_units(tokenize(text))
        kinds = [(u.kind, u.forms[:1]) for u in units]
        assert ("bin", ()) in kinds, text
        assert ("name", ("qadara",)) in kinds, text
    units = name_units(tokenize("Bin"))  # nothing after it: a word, no particle
    assert units[0].kind == "name"


def test_trie_finds_particle_variants_of_a_gazetteer_name() -> None:
    rec = Record(id="per:x", type="PER", name_en="Khalid al-Mishri")
    trie = NameTrie.build(NameIndex.build([rec]))
    for text in ("Khalid El Mishri said", "Khalid Mishri said", "Khalid al-Mishri said"):
        units = name_units(tokenize(text))
        hit = trie.walk(units, 0, len(units))
        assert hit is not None, text
        assert units[hit.last].forms[0] == "mishri"
    units = name_units(tokenize("Khalid Mashri said"))
    assert trie.walk(units, 0, len(units)) is None


def test_trie_names_spelled_by_a_path() -> None:
    # the names a sequence of core forms spells exactly, for readers outside the walk
    # (normx.resolve.french_exonym: the article and the word after it)
    index = NameIndex.build([Record(id="org:lm", type="ORG", name_en="Le Monde")])
    trie = NameTrie.build(index)
    (ni,) = trie.names_spelled(("le", "monde"))
    assert index.names[ni].text == "Le Monde"
    assert trie.names_spelled(("le",)) == ()  # a prefix spells no name
    assert trie.names_spelled(("monde",)) == ()
    assert trie.names_spelled(()) == ()


def test_spans_join_connectors_and_drop_sentence_openers() -> None:
    spans = _spans("During talks the Government of National Accord met Khaled Al-Mashri.")
    assert spans == ["Government of National Accord", "Khaled Al-Mashri"]


def test_spans_stop_at_possessive_and_punctuation() -> None:
    assert _spans("It hit Haftar’s forces, Tripoli said") == ["Haftar", "Tripoli"]


def test_spans_lowercase_body_phrase_is_marked() -> None:
    toks = tokenize("the reconciliation government said")
    spans = find_spans(toks, name_units(toks), lexicon())
    assert [(s.phrase, toks[s.first].text, toks[s.last].text) for s in spans] == [
        (True, "reconciliation", "government")
    ]


def test_spans_never_cut_a_compound_given_name() -> None:
    # "Abd al-Rahman": the lower-case article inside the compound keeps the span whole
    spans = _spans("Abd al-Rahman al-Milad met Abd al-Rahman in Zawiya.")
    assert spans[:2] == ["Abd al-Rahman al-Milad", "Abd al-Rahman"]


def test_a_run_too_long_for_one_span_ends_at_its_last_and() -> None:
    text = (
        "The Egyptian Foreign Minister Samih Shukri and the Russian Foreign Minister Sergei"
        " Lavrov spoke."
    )
    spans = _spans(text)
    assert spans[-1] == "Russian Foreign Minister Sergei Lavrov"  # not cut before "Lavrov"
    assert spans[0].endswith("Samih Shukri")


def test_a_run_too_long_without_and_ends_before_its_last_of_the() -> None:
    text = (
        "Tripoli - The Vice-President of the Presidential Council of the Government of National"
        " Reconciliation spoke."
    )
    spans = _spans(text)
    assert spans[-1] == "Government of National Reconciliation"  # not cut before its last word
    assert spans[-2].endswith("Presidential Council")
