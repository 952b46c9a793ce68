"""The gloss matcher's speed-ups change no answer: the score bound that skips names is an upper
bound, and remembered place and sound look-ups are the look-ups themselves."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.mt.gloss import GlossMatcher, score_glossed
from normx.mt.gloss_score import excusable_slots, score_bounds

WORDS = [
    "state", "council", "supreme", "high", "forces", "government", "accord", "national",
    "unity", "wefaq", "tobruk", "sirte", "jufrah", "tripoli", "libyan", "turkish", "parliament",
    "operations", "room", "protection", "force", "joint", "military", "committee", "mission",
    "un", "oil", "corporation", "security", "presidential", "house", "representatives", "and",
    "of", "the", "Al-Wefaq", "Hafid", "Hachicha", "Khaled", "5+5", "Saiqa", "Jufra",
]  # fmt: skip


def _shared(matcher: GlossMatcher, slots: tuple, ni: int) -> int:
    """How many slots share a reading with name *ni* (what the matcher's look-up counts)."""
    words = matcher.tables.names[ni].words
    return sum(
        1
        for s in slots
        if any(rr & w.readings for readings in s.readings for rr in readings for w in words)
    )


@settings(max_examples=300, deadline=None)
@given(phrase=st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join))
def test_score_bound_covers_every_score(matcher: GlossMatcher, phrase: str) -> None:
    slots = matcher.gloss(phrase)
    if not slots:
        return
    bounds = score_bounds(len(slots), excusable_slots(slots))
    for ni, name in enumerate(matcher.tables.names):
        result = score_glossed(slots, name, matcher.tables)
        if result is not None:
            assert result.score <= bounds[_shared(matcher, slots, ni)], (phrase, name.text)


def test_score_bounds_without_excuses_are_the_share_of_slots() -> None:
    assert score_bounds(4, 0) == tuple(k / 4 + 1e-9 for k in range(5))
    # one excusable slot: three of four shared may score 3/3 - 0.05
    assert abs(score_bounds(4, 1)[3] - 0.95) < 1e-6


@settings(max_examples=100, deadline=None)
@given(phrase=st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join))
def test_pruned_match_equals_scoring_every_name(matcher: GlossMatcher, phrase: str) -> None:
    """At a minimum score, the answer is the one a scan of every name gives."""
    slots = matcher.gloss(phrase)
    for min_score in (0.5, 0.75):
        best: dict[str, float] = {}
        glossed = any(s.kind in ("lexicon", "transliterated") for s in slots)
        if glossed and not all(s.generic for s in slots):
            for name in matcher.tables.names:
                result = score_glossed(slots, name, matcher.tables)
                rid = matcher.index.records[name.entity].id
                if result is not None:
                    best[rid] = max(best.get(rid, 0.0), result.score)
        got = {c.id: c.score for c in matcher.match(phrase, top=100, min_score=min_score)}
        assert got == {rid: s for rid, s in best.items() if s >= min_score}, phrase


def test_remembered_look_ups_are_the_look_ups(matcher: GlossMatcher) -> None:
    tables = matcher.tables
    for word in ("Tobruk", "Jufrah", "Sirte", "Saiqa", "nowhere", "Tripoli"):
        assert tables.places(word) == tables._find_places(word)
        assert tables.places(word) is tables.places(word)  # the second answer is remembered
        assert tables.sounds_like(word.lower()) == tables._sounds_like(word.lower())
