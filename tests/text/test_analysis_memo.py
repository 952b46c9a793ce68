"""Span analyses are remembered (``normalize._analysed``): the same answer, junk still junk.

Canonicalize analyses one span's text in several places (the matcher's query, the run's word
tables, unit and place rules); the analysis reads only the shipped data and its tokens are
immutable, so one remembered tuple serves them all.
"""

from hypothesis import given
from hypothesis import strategies as st

from normx.text import normalize
from normx.text.normalize import MAX_NAME_CHARS, analyse_name


@given(st.text(max_size=40))
def test_a_remembered_analysis_is_the_analysis(text):
    normalize._analysed.cache_clear()
    first = analyse_name(text)
    assert analyse_name(text) == first
    normalize._analysed.cache_clear()
    assert analyse_name(text) == first


def test_the_same_text_gives_the_same_tuple():
    assert analyse_name("Abd al-Hamid Al-Dbeibah") is analyse_name("Abd al-Hamid Al-Dbeibah")


def test_junk_is_not_remembered_and_gives_nothing():
    before = normalize._analysed.cache_info().currsize
    for junk in (None, "", ["Tripoli"], {"a": 1}, 12, "x" * (MAX_NAME_CHARS + 1)):
        assert analyse_name(junk) == ()  # type: ignore[arg-type]
    assert normalize._analysed.cache_info().currsize == before


def test_the_memo_is_bounded():
    assert normalize._analysed.cache_info().maxsize == normalize.ANALYSED_MAX


def test_properties_run_without_a_deadline():
    # the first example clears the memo and loads the data cold: on a loaded machine (a fresh
    # clone's run failed at 298 ms) the 200 ms default deadline made this property "flaky";
    # tests/conftest.py sets the profile for every property test
    from hypothesis import settings

    assert settings.default.deadline is None
