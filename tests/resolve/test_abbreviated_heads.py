"""Wire copy abbreviates the words of body names ("National Oil Corp", "Int'l"): the matcher is
asked the spelled-out name, so the gazetteer's full name is found; the mention keeps the
text's spelling; a hyphen-joined "Co-" is no company."""

from link_pairs import pairs_for

from normx.detect.lexicon import abbreviations, lexicon
from normx.detect.tokens import tokenize
from normx.detect.units import name_units
from normx.gazetteer.schema import Record
from normx.resolve.span_tokens import SpanTokens

RECORDS = [
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("org:icg", "ORG", "International Crisis Group"),
]


_links = pairs_for(RECORDS)


def test_an_abbreviated_head_is_read_in_full():
    assert _links("Output rose, the state-run National Oil Corp said.") == [
        ("National Oil Corp", "org:noc")
    ]
    assert _links("A report by the Int'l Crisis Group warned of clashes.") == [
        ("Int'l Crisis Group", "org:icg")
    ]


def test_the_table_is_data_folded_as_tokens_are():
    short = abbreviations()
    assert short["corp"] == "corporation"
    assert short["intl"] == "international"


def _query(text: str) -> str:
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    return SpanTokens(text, tokens, name_units(tokens), lex).query(0, len(tokens) - 1)


def test_the_query_spells_out_only_whole_abbreviated_words():
    assert _query("National Oil Corp") == "National Oil Corporation"
    assert _query("Dept of State") == "Department of State"
    assert "Company" not in _query("Islamic Co-operation")
    assert _query("Corpus Christi") == "Corpus Christi"
