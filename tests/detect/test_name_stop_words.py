"""A capitalised stop word inside a sentence stays in its span when some name holds it."""

from __future__ import annotations

from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units

NAME_WORDS = frozenset({"security", "council", "international", "federation"})


def _spans(text: str, named: bool) -> list[str]:
    toks = tokenize(text)
    found = find_spans(
        toks, name_units(toks), lexicon(), named=NAME_WORDS.__contains__ if named else None
    )
    return [text[toks[s.first].start : toks[s.last].end] for s in found]


def test_a_named_stop_word_inside_a_sentence_starts_the_span() -> None:
    text = "Then the Security Council met the International Federation."
    assert _spans(text, named=False) == ["Council", "Federation"]
    assert _spans(text, named=True) == ["Security Council", "International Federation"]


def test_a_stop_word_opening_a_sentence_or_held_by_no_name_is_dropped() -> None:
    assert _spans("Security Council members met.", named=True) == ["Council"]
    assert _spans("Then the Military Council met.", named=True) == ["Council"]
