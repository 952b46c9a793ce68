"""Back-translation's Latin evidence at the floor is asked once per query (session 36).

Since session 35 a name sent to the model has its Latin side asked at ``EVIDENCE_FLOOR`` (0)
as well as at the caller's floor; the ask at 0 scores every name the query reaches and was most
of the matching cost. It does not depend on the model's guesses, so it is remembered on the
spelling matcher: a name asked again (a caller's second batch, a document's dry runs and its
real run) reads it back. The answers must be those a fresh matcher gives, explain included.
"""

from __future__ import annotations

import pytest

from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.mt import backtranslate as bt_module
from normx.mt.backtranslate import EVIDENCE_FLOOR, BackTransliterator, backtranslate_many
from tests.mt.test_bt_one_path import RECORDS, TableModel, _queries


class CountingMatcher(Matcher):
    """A spelling matcher that counts the evidence asks (at the floor, the caller's top: the
    generic-word rule's own ask of the Latin first, top 1, is not counted)."""

    def __init__(self, index: NameIndex, top: int = 5) -> None:
        super().__init__(index)
        self.at_floor = 0
        self.top = top

    def match(self, name, **kw):
        if kw.get("min_score") == EVIDENCE_FLOOR and kw.get("top") == self.top:
            self.at_floor += 1
        return super().match(name, **kw)


def _seen(answers):
    return [[(c.id, c.score, c.method, c.matched, c.explain) for c in a] for a in answers]


def _bt() -> BackTransliterator:
    return BackTransliterator(TableModel())


@pytest.mark.parametrize("explain", [False, True])
def test_a_name_asked_again_reads_its_evidence_back_with_the_same_answer(explain):
    names = _queries()
    matcher = CountingMatcher(NameIndex.build(RECORDS))
    bt = _bt()
    first = backtranslate_many(matcher, names, bt, k=3, explain=explain)
    sent = len(bt.last_sent)
    assert sent and matcher.at_floor == sent
    again = backtranslate_many(matcher, names, bt, k=3, explain=explain)
    assert matcher.at_floor == sent  # lead36: asked again for every name sent (2 x sent)
    fresh = backtranslate_many(
        Matcher(NameIndex.build(RECORDS)), names, _bt(), k=3, explain=explain
    )
    assert _seen(again) == _seen(first) == _seen(fresh)


def test_the_evidence_is_remembered_per_top_type_and_explain():
    names = ["Omar Gaddafi", "Serhat Akens", "Zawia Village"]
    matcher = CountingMatcher(NameIndex.build(RECORDS))
    bt = _bt()
    backtranslate_many(matcher, names, bt, k=3)
    asked = matcher.at_floor
    for options in ({"top": 3}, {"type": "PER"}, {"explain": True}):
        matcher.top = options.get("top", 5)
        fresh = backtranslate_many(Matcher(NameIndex.build(RECORDS)), names, _bt(), k=3, **options)
        before = matcher.at_floor
        got = backtranslate_many(matcher, names, bt, k=3, **options)
        assert matcher.at_floor > before, options  # a new key: asked, not read back
        assert _seen(got) == _seen(fresh), options
    assert asked > 0


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(bt_module, "EVIDENCE_MEMO_MAX", 2)
    matcher = CountingMatcher(NameIndex.build(RECORDS))
    names = ["Omar Gaddafi", "Serhat Akens", "Adnan Uzbal"]
    backtranslate_many(matcher, names, _bt(), k=3)
    assert len(bt_module._EVIDENCE[matcher]) <= 2


def test_the_normalizer_remembers_its_latin_evidence():
    from normx.api import Normalizer

    nz = Normalizer.from_records(RECORDS)
    nz.backtransliterator = _bt()
    names = ["Omar Gaddafi", "Serhat Akens", "Khaled al-Mishri"]
    first = nz.match_many(names, min_score=0.5, explain=True)
    calls = []
    latin = nz._match_latin

    def counting(name, top, type, min_score, *args, **kw):
        calls.append(min_score)
        return latin(name, top, type, min_score, *args, **kw)

    nz._match_latin = counting  # type: ignore[method-assign]
    again = nz.match_many(names, min_score=0.5, explain=True)
    assert EVIDENCE_FLOOR not in calls  # lead36: one ask at 0 per name sent
    other = Normalizer.from_records(RECORDS)
    other.backtransliterator = _bt()
    fresh = other.match_many(names, min_score=0.5, explain=True)
    assert _seen(again) == _seen(first) == _seen(fresh)


def test_an_answer_asked_at_the_floor_serves_a_later_ask_at_the_threshold():
    names = _queries()
    matcher = CountingMatcher(NameIndex.build(RECORDS))
    bt = _bt()
    backtranslate_many(matcher, names, bt, k=3, min_score=0.0)
    asked = matcher.at_floor  # the caller's own ask, at the floor
    strict = backtranslate_many(matcher, names, bt, k=3)
    assert matcher.at_floor == asked  # lead36: asked again at 0 for every name sent
    fresh = backtranslate_many(Matcher(NameIndex.build(RECORDS)), names, _bt(), k=3)
    assert _seen(strict) == _seen(fresh)
