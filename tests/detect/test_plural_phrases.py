"""A lower-case phrase with a plural body head speaks of several bodies, not one by name."""

from __future__ import annotations

from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units


def _phrases(text: str) -> list[str]:
    toks = tokenize(text)
    spans = find_spans(toks, name_units(toks), lexicon())
    return [text[toks[s.first].start : toks[s.last].end] for s in spans if s.phrase]


def test_a_plural_body_head_makes_no_phrase() -> None:
    assert _phrases("Rome has promised both coast guards more boats.") == []
    assert _phrases("the local councils met") == []


def test_a_singular_body_head_or_a_plural_unit_head_still_does() -> None:
    assert _phrases("the coast guard said") == ["coast guard"]
    assert _phrases("the reconciliation patrols withdrew") == ["reconciliation patrols"]
