"""A one-word query ranks its wide pool only when the namesakes' near-tie could read past the top.

The pool of :data:`~normx.match.prominence.POOL` entities exists for
:func:`~normx.match.prominence.order` (the best-attested of near-tied namesakes first). The
matcher ranks the asked top first and the pool only when every entity of it is such a namesake
(:func:`~normx.match.prominence.reads_past`); the answers must be those of the pool ranked
always, for any top, type and floor (normx/match/matcher.py, ``Matcher._pooled``).
"""

import pytest

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match import prominence
from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.prominence import POOL, TIE_BAND, reads_past

GIVEN = ["حمادي", "حسناوي", "ماضي", "عريضة", "عرار", "عثمان", "جميل", "خليفة", "حمدي أحمد"]
MUAMMAR = "معمر محمد أبو منيار القذافي"
RECORDS = [
    *(Record(f"per:{i:02d}", "PER", None, f"{g} القذافي") for i, g in enumerate(GIVEN)),
    # the best-known namesake: last by id and by score, first by its aliases
    Record("per:zz", "PER", None, MUAMMAR, aliases_ar=("العقيد معمر القذافي",)),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:sirt-gulf", "LOC", "Gulf of Sirte", None),
    Record("per:sirti", "PER", "Ahmed Al-Sirti", None),
    Record("per:sirtawi", "PER", "Salem Sirtawi", None),
    Record("loc:mustafa", "LOC", "Mustafa", None),
    *(Record(f"per:m{i}", "PER", f"{g} Mustafa", None) for i, g in enumerate(["Fathi", "Ali"])),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
    Record("org:zawiya-ref", "ORG", "Zawiya Refinery", None),
]
QUERIES = ["Gaddafi", "Qadhafi", "Sirte", "Sirt", "Mustafa", "Zawiya", "Zawia", "Nothing"]
ASKS = [
    (5, None, 0.5),
    (5, None, 0.0),
    (1, None, 0.0),
    (2, None, 0.3),
    (8, None, 0.0),
    (1, "PER", 0.0),
    (5, "LOC", 0.0),
]


@pytest.fixture(scope="module")
def index():
    return NameIndex.build(RECORDS)


def _answer(found: list[Candidate]) -> list[tuple[object, ...]]:
    return [(c.id, c.score, c.method, c.matched, c.explain) for c in found]


@pytest.mark.parametrize("query", QUERIES)
def test_the_answers_are_those_of_the_pool_ranked_always(index, query, monkeypatch):
    asked = [
        _answer(Matcher(index).match(query, top=t, type=k, min_score=f, explain=True))
        for t, k, f in ASKS
    ]
    monkeypatch.setattr(prominence, "reads_past", lambda found, top: True)
    pooled = [
        _answer(Matcher(index).match(query, top=t, type=k, min_score=f, explain=True))
        for t, k, f in ASKS
    ]
    assert asked == pooled


def _tops(index, monkeypatch, query: str) -> tuple[list[Candidate], list[int]]:
    tops: list[int] = []
    real = matcher_module._Scorer.rank
    monkeypatch.setattr(
        matcher_module._Scorer,
        "rank",
        lambda self, *a, **k: tops.append(k["top"]) or real(self, *a, **k),
    )
    return Matcher(index).match(query, min_score=0.0, joins=False), tops


def test_a_word_a_place_spells_ranks_only_the_asked_top(index, monkeypatch):
    found, tops = _tops(index, monkeypatch, "Sirte")
    assert found[0].id == "loc:sirte"
    assert tops == [5]


def test_a_surname_of_many_namesakes_ranks_the_pool(index, monkeypatch):
    found, tops = _tops(index, monkeypatch, "Gaddafi")
    assert found[0].id == "per:zz"  # found past the first five namesakes
    assert tops == [5, POOL]


def _cand(cid: str, score: float, matched: str, type: str = "PER") -> Candidate:
    return Candidate(cid, matched, type, score, matched, "cross-script")


def test_reads_past_only_a_full_top_of_near_tied_namesakes():
    tied = [_cand(f"p{i}", 0.6 - i * 0.001, f"x{i} qadhafi") for i in range(5)]
    assert reads_past(tied, 5)
    assert not reads_past(tied[:4], 5)  # fewer than asked: the whole ranking
    apart = [*tied[:4], _cand("p4", 0.6 - 2 * TIE_BAND, "y qadhafi")]
    assert not reads_past(apart, 5)  # the group ends inside the top
    whole = [_cand("w", 0.6, "qadhafi"), *tied[1:]]
    assert not reads_past(whole, 5)  # a name matched whole first: no near-tie read
    place = [*tied[:4], _cand("l", 0.599, "x qadhafi", "LOC")]
    assert not reads_past(place, 5)
