"""One-letter name parts (middle initials of the lists: "Raed M. Hijazi") are ``initial``
tokens, not core, when two other name parts stand beside them; "Doctor" and "Ustadz" are
titles (normx/text/normalize.py, normx/text/data/titles.yaml)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import INITIAL, analyse_name, core_tokens, normalize_name


def _core(text: str) -> list[str]:
    return [t.form for t in core_tokens(analyse_name(text))]


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
def test_initials_and_titles_are_not_core(text, core):
    assert _core(text) == core


@pytest.mark.parametrize("text", ["A. Rahman", "Washington, D.C.", "Abdullah b. Ali Saleh"])
def test_letters_that_stay(text):
    # beside fewer than two name parts an initial is half the name; "b." is bin
    assert all(t.kind != INITIAL for t in analyse_name(text))


def test_initials_do_not_tell_names_apart():
    assert normalize_name("Raed M. Hijazi") == normalize_name("Raed Hijazi")


def test_an_initial_no_longer_keeps_the_right_name_below_the_threshold():
    nz = Normalizer.from_records(
        [
            Record("per:hijazi", "PER", "Raed Muhammad Hasan Muhammad Hijazi"),
            Record("per:other", "PER", "Raed Salem al-Hijazi Mansour"),
        ]
    )
    (cand, *_) = nz.match("Raed M. Hijazi")
    assert cand.id == "per:hijazi"
