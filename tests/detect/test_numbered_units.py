"""A number beside a capitalised head noun is part of the unit's name (normx.detect.numbered)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units
from normx.gazetteer.schema import Record


def _spans(text: str) -> list[str]:
    toks = tokenize(text)
    units = name_units(toks)
    return [
        text[toks[s.first].start : toks[s.last].end] for s in find_spans(toks, units, lexicon())
    ]


def test_number_after_a_head_noun_joins_the_span() -> None:
    assert "Battalion 77" in _spans("He said the Battalion 77 entered the town.")


def test_a_count_before_a_body_is_no_part_of_its_name() -> None:
    spans = _spans("Some 300 Army soldiers entered the town.")
    assert not any(s[0].isdigit() for s in spans)


def test_a_year_or_a_long_figure_after_a_head_stays_out() -> None:
    spans = _spans("He joined the Brigade 20114 times.")
    assert "Brigade" in spans and not any("20114" in s for s in spans)


def test_a_number_after_punctuation_or_after_a_name_word_stays_out() -> None:
    assert "Battalion" in _spans("He left the Battalion, 12 of them.")
    assert not any("12" in s for s in _spans("Khalifa 12 men arrived."))


BATTALION = [Record("org:77-battalion", "ORG", "77th Battalion", "الكتيبة 77")]


def test_numbered_unit_links_by_its_number() -> None:
    n = Normalizer.from_records(BATTALION)
    doc = n.canonicalize("He said the Battalion 77 entered the town.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Battalion 77", "org:77-battalion")]


def test_a_number_after_a_facility_is_a_count() -> None:
    spans = _spans("The Misrata Central Hospital 85 bodies were received.")
    assert not any("85" in s for s in spans)
