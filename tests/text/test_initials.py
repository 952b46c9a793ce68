"""One-letter name parts (middle initials of the lists: "Raed M. Hijazi") are ``initial``
tokens, weighed little, when two other name parts stand beside them; "Doctor" and "Ustadz" are
titles (normx/text/normalize.py, normx/text/data/titles.yaml)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import INITIAL_WEIGHT, TokenWeights, token_weight
from normx.text.normalize import INITIAL, analyse_name, core_tokens


def _core(text: str) -> list[str]:
    return [t.form for t in core_tokens(analyse_name(text)) if t.kind != INITIAL]


@pytest.mark.parametrize(
    "text,core",
    [
        ("Raed M. Hijazi", ["raed", "hijazi"]),
        ("Fahad H.A. Khashayban", ["fahad", "khashayban"]),
        ("HIJAZI, Raed M", ["raed", "hijazi"]),
        ("خلف م. م. الدليمي", ["khlf", "dlimi"]),
        ("Doctor Muthanna al-Dari", ["muthanna", "dari"]),
        ("Ustadz Abubakar Delos Reyes", ["abubakar", "delos", "reyes"]),
    ],
)
def test_initials_and_titles_set_apart(text, core):
    assert _core(text) == core


@pytest.mark.parametrize("text", ["A. Rahman", "Washington, D.C.", "Abdullah b. Ali Saleh"])
def test_letters_that_stay(text):
    # beside fewer than two name parts an initial is half the name; "b." is bin
    assert all(t.kind != INITIAL for t in analyse_name(text))


def test_initials_weigh_little():
    (_raed, initial, _hijazi) = core_tokens(analyse_name("Raed M. Hijazi"))
    assert initial.kind == INITIAL
    assert TokenWeights({}, 0)(initial) == token_weight(initial) == INITIAL_WEIGHT < 0.5


def test_an_initial_no_longer_keeps_the_right_name_below_the_threshold():
    nz = Normalizer.from_records(
        [
            Record("per:hijazi", "PER", "Raed Muhammad Hasan Muhammad Hijazi"),
            Record("per:other", "PER", "Raed Salem al-Hijazi Mansour"),
        ]
    )
    (cand, *_) = nz.match("Raed M. Hijazi")
    assert cand.id == "per:hijazi"
