"""A run of capitalised words too long for one span that names two bodies joined by "and the"
(session 32, h-gnswhole; normx.detect.spans._second_body_cut).

Machine translation writes a coordination of two bodies word for word: "the Government of the
Stability and the Fund of the Development and the Reconstruction of Libya" (حكومة الاستقرار
وصندوق التنمية وإعادة الإعمار), fifteen words, more than a span holds. The span is cut at the
"and" before the second body's head noun ("Fund of"), so each body's name is read whole; the
limit's other cuts took "Government" alone for an organ of the rest, and the government was
lost (articles-v49, 4902).
"""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import tokenize
from normx.detect.units import name_units

GAZETTEER = Path(__file__).with_name("second_body_cut.yaml")

GOVERNMENT_AND_FUND = (
    "Government of the Stability and the Fund of the Development and the Reconstruction of Libya"
)


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _spans(text: str) -> list[str]:
    toks = tokenize(text)
    units = name_units(toks)
    return [
        text[toks[s.first].start : toks[s.last].end] for s in find_spans(toks, units, lexicon())
    ]


def test_two_bodies_are_two_spans() -> None:
    text = f"He said that the {GOVERNMENT_AND_FUND} funded the works."
    assert _spans(text) == [
        "Government of the Stability",
        "Fund of the Development and the Reconstruction of Libya",
    ]


def test_both_bodies_link(nz: Normalizer) -> None:
    text = f"He said that the {GOVERNMENT_AND_FUND} funded the works of the port of Tobruk."
    assert mention_pairs(nz, text) == [
        ("Government of the Stability", "org:stability-government"),
        ("Fund of the Development and the Reconstruction of Libya", "org:reconstruction-fund"),
        ("Tobruk", "loc:tobruk"),
    ]


def test_a_council_before_the_fund(nz: Normalizer) -> None:
    text = (
        "He said that the Supreme Council of the Elders and the Fund of the Development and the"
        " Reconstruction of Libya met in Tobruk."
    )
    links = dict(mention_pairs(nz, text))
    assert links.get("Fund of the Development and the Reconstruction of Libya") == (
        "org:reconstruction-fund"
    )
    assert links.get("Supreme Council of the Elders") == "org:elders-council"


def test_a_head_that_opens_no_complement_is_no_second_body() -> None:
    """A head after "and" that opens no complement ("the Radio and the Television") may
    coordinate one body's complement: no cut there (the limit's last "and" cuts as before)."""
    text = (
        "He said that the General Authority of the Radio and the Television and the Cinema and"
        " the Theatre of Libya met."
    )
    spans = _spans(text)
    assert "General Authority of the Radio" not in spans
