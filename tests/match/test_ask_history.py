"""A matcher's answer does not depend on what the process asked before.

The neighbour search compares an index form as the one token the index keeps for it
(``NameIndex.token_of``: an Arabic name's token, with its readings, when one has the form),
while the scorer compares the tokens of the names it scores: a Latin "Aqar" has no 'qar
reading, so "Wagner" is 0.719 to the first and 0.655 to the second. Both used to fill the
query's one memo (``_Query.sims``), whichever came first: the neighbour search when the token
was new to the matcher, the scorer when its neighbours came from the matcher's cache, so the
Latin "Aqar" paired with "Wagner" in a fresh process and not after (h-memo21). The neighbour
search now has its own memo (``_Query.near``): it only finds candidates.
"""

import os
import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import BruteForceMatcher, Matcher

RECORDS = [
    # one romanised form, two tokens: the Arabic name's "aqar" also reads 'qar and iqar
    Record("loc:aqar", "LOC", "Aqar", "اقار"),
    Record("org:wagner", "ORG", "Wagner Group", "فاغنر"),
    Record("per:akar", "PER", "Hulusi Akar", "خلوصي أكار"),
    Record("loc:ajdabiya", "LOC", "Ajdabiya", "اجدابيا"),
]
ASKS = ["Wagner", "Wagner Group", "Aqar", "Akar", "Agar", "Wagnr", "فاغنر", "اقار"]


def _answer(matcher: Matcher | BruteForceMatcher, query: str) -> list[tuple[str, float, str]]:
    return [(c.id, c.score, c.matched) for c in matcher.match(query, top=8, min_score=0.5)]


def test_wagner_is_the_arabic_aqar_only_fresh_or_not():
    index = NameIndex.build(RECORDS)
    fresh = _answer(Matcher(index), "Wagner")
    # the Latin "Aqar" is below the pair floor (0.655): only the Arabic name's 'qar pairs
    assert ("loc:aqar", 0.663, "اقار") in [(i, round(s, 3), m) for i, s, m in fresh]
    assert fresh == _answer(BruteForceMatcher(index), "Wagner")
    again = Matcher(index)
    _answer(again, "Wagner")
    assert _answer(again, "Wagner") == fresh  # its neighbours now come from the cache


def test_every_answer_is_the_same_after_any_other_ask():
    index = NameIndex.build(RECORDS)
    for b in ASKS:
        alone = _answer(Matcher(index), b)
        for a in ASKS:
            matcher = Matcher(index)
            _answer(matcher, a)
            assert _answer(matcher, b) == alone, (a, b)


def test_the_pure_python_path_gives_the_same_answers():
    # a fresh process with NORMX_PURE_PYTHON=1, asking in turn what this one asks
    code = (
        "from tests.match.test_ask_history import ASKS, RECORDS, _answer\n"
        "from normx.match.index import NameIndex\n"
        "from normx.match.matcher import Matcher\n"
        "m = Matcher(NameIndex.build(RECORDS))\n"
        "print(repr([_answer(m, q) for q in ASKS + ASKS]))\n"
    )
    env = dict(os.environ, NORMX_PURE_PYTHON="1")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    matcher = Matcher(NameIndex.build(RECORDS))
    assert out.stdout.strip() == repr([_answer(matcher, q) for q in ASKS + ASKS])


PARTS = ["aqar", "akar", "wagner", "fagner", "ali", "salem", "salim"]
ARABIC = {"aqar": "اقار", "akar": "أكار", "wagner": "فاغنر", "ali": "علي", "salem": "سالم"}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(PARTS), min_size=1, max_size=2), st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.lists(st.sampled_from(PARTS), min_size=1, max_size=2).map(" ".join), max_size=3),
    st.lists(st.sampled_from(PARTS), min_size=1, max_size=2).map(" ".join),
)
@example(names=[(["aqar"], True)], before=[], query="wagner")  # failed before h-memo21
def test_an_answer_after_random_asks_is_the_fresh_answer(names, before, query):
    records = []
    for i, (words, with_ar) in enumerate(names):
        ar = [ARABIC.get(w) for w in words]
        arabic = " ".join(a for a in ar if a) if with_ar and all(ar) else None
        records.append(Record(f"loc:{i}", "LOC", " ".join(words).title(), arabic))
    index = NameIndex.build(records)
    matcher = Matcher(index)
    for q in [*before, query]:  # the query too: its tokens' neighbours then come from the cache
        _answer(matcher, q)
    assert _answer(matcher, query) == _answer(Matcher(index), query)
