"""The resolver's speed-only prechecks and memos (session 21) give the answers the slow path
gives: translated_twin's generic-words test, family_bearer's closest-bearer memo,
shipped_spelled's skeleton memo and user_facility's word-position index."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import family_bearer, translated_twin, user_facility
from normx.resolve.arabic_spelled import arabic_skeletons, latin_skeletons
from normx.resolve.runtime import runtime_for
from normx.resolve.shipped_spelled import _coarse, _word_spells
from normx.text.normalize import analyse_name, core_tokens

TWIN_GAZETTEER = Path(__file__).with_name("translated_twin.yaml")

# generic words of the lexicon, words of their own, function words and articles
_VOCABULARY = [
    "Union", "Club", "Clubs", "Council", "Ministry", "Company", "Authority", "Committee",
    "Sports", "National", "General", "Local", "Government", "Health", "Accord", "Wefaq",
    "Northtown", "Tripoli", "the", "of", "The", "Al", "al-", "for", "and", "128th", "Zliten",
]  # fmt: skip


@pytest.fixture(scope="module")
def twin_nz() -> Normalizer:
    return Normalizer.load([TWIN_GAZETTEER], defaults=False, use_cache=False)


def _gloss_passes(nz: Normalizer, phrase: str) -> bool:
    """translated_twin's test on the gloss itself (the slow path)."""
    slots = nz.gloss_matcher.gloss(phrase)
    return len(slots) >= translated_twin.MIN_WORDS and all(
        s.kind in translated_twin.KINDS and s.generic for s in slots
    )


def _precheck(nz: Normalizer, phrase: str) -> bool:
    lexicon = nz.gloss_matcher.tables.lexicon
    generic = translated_twin._one_word_generic(lexicon.generic)
    assert generic is not None  # the shipped lexicon's generic words are single words
    return translated_twin._generic_words_only(phrase, lexicon.function_words, generic)


@pytest.mark.parametrize(
    "phrase",
    [
        "Union Club",
        "the Union Club",
        "Sports Clubs",
        "Union",
        "Club",
        "Local Government",
        "Ministry of Health",
        "Union Club of Northtown",
        "Al-Ittihad Club",
        "128th Committee",
        "Wefaq Council",
    ],
)
def test_the_generic_precheck_never_drops_a_phrase_the_gloss_passes(
    twin_nz: Normalizer, phrase: str
) -> None:
    if _gloss_passes(twin_nz, phrase):
        assert _precheck(twin_nz, phrase)


def test_the_precheck_lets_generic_phrases_through(twin_nz: Normalizer) -> None:
    assert _precheck(twin_nz, "the Union Club")
    assert _gloss_passes(twin_nz, "the Union Club")
    assert not _precheck(twin_nz, "Club")  # one word: fewer slots than MIN_WORDS
    assert not _precheck(twin_nz, "Local Government")  # "local": a word of its own


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=5))
def test_the_precheck_is_implied_by_the_gloss(words: list[str]) -> None:
    nz = Normalizer.load([TWIN_GAZETTEER], defaults=False, use_cache=True)
    phrase = " ".join(words)
    if _gloss_passes(nz, phrase):
        assert _precheck(nz, phrase)


def test_a_multi_word_generic_entry_turns_the_precheck_off() -> None:
    assert translated_twin._one_word_generic(frozenset({"club", "sports club"})) is None


def test_twins_linked_the_same_without_the_precheck(
    twin_nz: Normalizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "Al-Ittihad Club of Northtown won the final on Friday. "
        "The fans of the Union Club celebrated in Northtown.",
        "Al-Qamar SC won on Friday. The fans of the Union celebrated in Northtown.",
        "Al-Ittihad Club of Northtown won. The Union Club fans and the Sports Council cheered.",
    ]
    fast = [twin_nz.canonicalize(t).to_dict() for t in texts]
    monkeypatch.setattr(translated_twin, "_one_word_generic", lambda generic: None)
    slow = [twin_nz.canonicalize(t).to_dict() for t in texts]
    assert fast == slow


FATHER = Record("per:kh", "PER", "Khalifa Haftar", "خليفة حفتر")
SONS = [
    Record("per:sh", "PER", "Saddam Haftar", "صدام حفتر"),
    Record("per:kd", "PER", "Khalid Haftar", "خالد حفتر"),
]
GADDAFI = Record("per:mg", "PER", "Muammar Gaddafi", "معمر القذافي")


def _closest_slow(rt, word, bearers):  # type: ignore[no-untyped-def]
    sims = {rid: family_bearer._family_sim(rt, word, names) for rid, names in bearers.items()}
    best = max(sims.values())
    chosen = [rid for rid, sim in sims.items() if sim == best]
    return (chosen[0] if len(chosen) == 1 else None), best


@pytest.mark.parametrize("said", ["Hafter", "Haftar", "Qathafi", "Gaddafi", "Khalid", "Benghazi"])
def test_the_closest_bearer_memo_answers_as_the_comparison(said: str) -> None:
    nz = Normalizer.from_records([FATHER, *SONS, GADDAFI])
    rt = runtime_for(nz)
    bearers = family_bearer.bearer_records(nz, rt.standing)
    assert bearers
    (word,) = core_tokens(analyse_name(said))
    expected = _closest_slow(rt, word, bearers)
    assert family_bearer._closest_bearer(rt, word, bearers) == expected
    assert family_bearer._closest_bearer(rt, word, bearers) == expected  # from the memo


def test_the_memo_is_per_bearers_table() -> None:
    # two normalizers, two tables: a word's answer in one is not served in the other
    only_father = Normalizer.from_records([FATHER, *SONS])
    only_gaddafi = Normalizer.from_records([GADDAFI])
    (word,) = core_tokens(analyse_name("Hafter"))
    for nz in (only_father, only_gaddafi, only_father):
        rt = runtime_for(nz)
        bearers = family_bearer.bearer_records(nz, rt.standing)
        assert family_bearer._closest_bearer(rt, word, bearers) == _closest_slow(rt, word, bearers)


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Zliten", "زليتن"), ("Omar", "عمر"), ("Ikrima", "عكرمه"), ("Gharyan", "غريان"),
     ("Qasr", "قصر"), ("Jalu", "جالو"), ("Sabha", "سبها"), ("Nalut", "زوارة")],
)  # fmt: skip
def test_word_spells_as_the_skeletons_say(latin: str, arabic: str) -> None:
    said = {_coarse(s) for s in latin_skeletons(latin)}
    expected = not said.isdisjoint(_coarse(s) for s in arabic_skeletons(arabic))
    assert _word_spells(latin, arabic) is expected
    assert _word_spells(latin, arabic) is expected  # remembered


_WORDS = ["benina", "airport", "of", "the", "al", "abraq", "landed", "at", "town", "airbase"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=30),
    st.lists(st.sampled_from(_WORDS[:6]), min_size=1, max_size=2),
)
def test_says_facility_indexed_equals_the_scan(text_words: list[str], said: list[str]) -> None:
    heads = frozenset({"airport", "airbase"})
    text = " ".join(text_words)
    indexed = user_facility._document_words(text)  # the last document's list: its index
    assert indexed == text_words
    scanned = list(indexed)  # another list: the plain scan
    assert user_facility._says_facility(indexed, said, heads) == user_facility._says_facility(
        scanned, said, heads
    )
    assert user_facility._says_facility(indexed, said, heads) == _says_facility_slow(
        text_words, said, heads
    )


def _says_facility_slow(text: list[str], said: list[str], heads: frozenset[str]) -> bool:
    """The scan as written before the index (session 20)."""
    n = len(said)
    for i in range(len(text) - n + 1):
        if text[i : i + n] != list(said):
            continue
        j = i - 1 if i > 0 and text[i - 1] in ("al", "el", "the") else i
        before = text[max(0, j - 2) : j]
        if i + n < len(text) and text[i + n] in heads:
            return True
        if len(before) == 2 and (
            (before[1] == "of" and before[0] in heads)
            or (before[1] == "at" and before[0] in user_facility.LANDING)
        ):
            return True
    return False
