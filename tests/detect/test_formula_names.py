"""A formula of numbers joined by "+" is a word of the body it names (normx.detect.formula_names):
"the 5+5 Committee", a quoted "5+5"; a sum or a score is not."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.detect.formula_names import name_formulas
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units
from normx.gazetteer.schema import Record


def _spans(text: str) -> list[str]:
    lex = lexicon()
    toks = name_formulas(text, tokenize(text, lex.keep_words))
    spans = find_spans(toks, name_units(toks), lex)
    return [text[toks[s.first].start : toks[s.last].end] for s in spans]


def test_a_formula_before_a_capitalised_head_joins_the_span() -> None:
    assert "5+5 Committee" in _spans("The road stayed closed until the 5+5 Committee met.")
    assert "3+3 Commission" in _spans("Delegates returned to the 3+3 Commission in Cairo.")


def test_a_quoted_formula_is_a_name() -> None:
    assert "5+5" in _spans('The officers, known as "5+5", met in Sirte.')


def test_a_sum_or_a_score_is_no_name() -> None:
    assert _spans("They won 3+1 at home.") == []
    assert _spans("The result of 5 + 5 Committee votes was ten.") == ["Committee"]
    assert _spans("A team of 150+150 Army soldiers left.") == ["Army"]


_links = pairs_for(
    [
        Record(
            "org:jmc",
            "ORG",
            "5+5 Joint Military Commission",
            "اللجنة العسكرية المشتركة 5+5",
            aliases_en=("5+5 Commission",),
            aliases_ar=("لجنة 5+5",),
        ),
        Record("loc:sirte", "LOC", "Sirte", "سرت"),
    ],
    linked_only=True,
)


def test_the_committee_named_by_its_formula_links() -> None:
    text = 'The road was reopened by the 5+5 Committee. The officers, known as "5+5", met in Sirte.'
    assert _links(text) == [
        ("5+5 Committee", "org:jmc"),
        ("5+5", "org:jmc"),
        ("Sirte", "loc:sirte"),
    ]
