"""fold and romanize remember short texts: a remembered answer is the answer worked out, long
texts (documents) are not kept, and the memo is bounded."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.text import latin, romanize

TEXTS = st.text(
    alphabet=st.sampled_from("aAéÖßıøʿ’'`- Mu'ammarالقذافيعبدة"), min_size=0, max_size=30
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_a_remembered_fold_is_the_fold(text: str) -> None:
    first = latin.fold(text)
    assert first == (latin._fold(text) if text else "")
    assert latin.fold(text) == first  # the second answer comes from the memo


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_a_remembered_romanisation_is_the_romanisation(text: str) -> None:
    first = romanize.romanize(text)
    assert first == romanize._romanize(text, romanize._table())
    assert romanize.romanize(text) == first


def test_documents_are_not_kept_and_the_memos_are_bounded(monkeypatch) -> None:
    long = "Tripoli " * 100
    latin.fold(long)
    assert long not in latin._FOLDED
    romanize.romanize("طرابلس " * 100)
    assert "طرابلس " * 100 not in romanize._ROMANIZED
    monkeypatch.setattr(latin, "_FOLDED", {})  # fresh memos: earlier tests filled them
    monkeypatch.setattr(romanize, "_ROMANIZED", {})
    monkeypatch.setattr(latin, "FOLD_MEMO_MAX", 3)
    monkeypatch.setattr(romanize, "ROMANIZED_MAX", 3)
    for word in ("Sirte", "Sabha", "Ghat", "Derna", "Zawiya"):
        assert latin.fold(word) == word.lower()
        romanize.romanize(word)
    assert 0 < len(latin._FOLDED) <= 3
    assert 0 < len(romanize._ROMANIZED) <= 3
