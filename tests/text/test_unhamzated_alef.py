"""An opening ا before a consonant is also read as إ, whose hamza most Arabic writing leaves out
(``normx.text.romanize.spelling_readings``): ابراهيم is Ibrahim as much as إبراهيم is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.similarity import token_similarity
from normx.text.normalize import analyse_name, core_tokens
from normx.text.romanize import romanize, spelling_readings


def token(text: str):
    (tok,) = core_tokens(analyse_name(text))
    return tok


@pytest.mark.parametrize(
    ("bare", "hamzated", "latin"),
    [("ابراهيم", "إبراهيم", "Ibrahim"), ("اسحاق", "إسحاق", "Ishaq"), ("اسلام", "إسلام", "Islam")],
)
def test_a_bare_opening_alef_scores_as_its_hamza_form(bare, hamzated, latin):
    q = token(latin)
    plain, _ = token_similarity(q, token(bare), cross_script=True)
    written, _ = token_similarity(q, token(hamzated), cross_script=True)
    assert plain == pytest.approx(written)


@pytest.mark.parametrize("word", ["أحمد", "ايمن", "اياد", "ال"])
def test_no_i_reading_for_a_hamza_a_or_before_a_long_vowel(word):
    # أ says its a; before ي / و the alef opens a diphthong or a long vowel (Ayman, Iyad)
    assert not any(r.startswith("i") for r in spelling_readings(word))


def test_a_bare_alef_no_longer_loses_to_a_namesake_written_with_hamza():
    nz = Normalizer.from_records(
        [
            Record("per:gold", "PER", None, "خليل ابراهيم جاسم"),
            Record("per:namesake", "PER", None, "خليل إبراهيم جاسر"),
        ]
    )
    best = nz.match("Khalil Ibrahim Jassem", top=1, min_score=0.0)
    assert [c.id for c in best] == ["per:gold"]


@given(st.text(alphabet="بتدرزسشصطفقكلمن", min_size=2, max_size=5))
def test_every_bare_alef_word_before_a_consonant_has_the_hamza_i_reading(rest):
    assert romanize("إ" + rest) in spelling_readings("ا" + rest)
