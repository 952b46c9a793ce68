"""The gloss matcher remembers a phrase's scored names, and answers from them as afresh.

Canonicalize asks a phrase again with a higher floor, more candidates or one entity type
(normx.resolve.cutoff_ties); ``GlossMatcher._best_by_entity`` keeps the first answer's best
name per entity and serves those asks from it. Every ask here is answered by a matcher that
was asked other things first and by a fresh one, and the two must be the same candidates with
the same scores and explanations. The records are written here by hand; none of the phrases
is one of their names.
"""

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt import gloss as gloss_module
from normx.mt.gloss import GlossMatcher

RECORDS = (
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("org:tpf", "ORG", "Tripoli Protection Force", "قوة حماية طرابلس"),
    Record("org:spf", "ORG", None, "قوة حماية سرت"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    # a place and a body sharing the word Wefaq (الوفاق), so that a typed ask keeps one kind
    Record("loc:wefaq", "LOC", None, "حي الوفاق"),
    Record("per:wefaq", "PER", None, "وفاق الوطني"),
)
PHRASES = [
    "Accord Government",
    "the National Unity Government",
    "Tripoli Protection Force",
    "Sirte protection force",
    "National Oil Corporation",
    "Wefaq",
    "the Council of State",
]
# (top, type, min_score, explain) in the order canonicalize may ask them, and the reverse
ASKS = [
    (5, None, 0.5, True),
    (8, None, 0.6, True),
    (1, "LOC", 0.6, True),
    (1, "PER", 0.6, False),
    (1, "ORG", 0.7, True),
    (3, None, 0.0, True),
    (5, None, 0.9, False),
]


def _answer(found):
    return [(c.id, repr(c.score), c.matched, c.method, c.explain) for c in found]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex.build(RECORDS)


@pytest.mark.parametrize("asks", [ASKS, ASKS[::-1]])
def test_a_phrase_asked_again_is_answered_as_by_a_fresh_matcher(index, asks):
    remembering = GlossMatcher(index)
    for phrase in PHRASES:
        for top, kind, floor, explain in asks:
            got = remembering.match(phrase, top=top, type=kind, min_score=floor, explain=explain)
            fresh = GlossMatcher(index).match(
                phrase, top=top, type=kind, min_score=floor, explain=explain
            )
            assert _answer(got) == _answer(fresh), (phrase, top, kind, floor)


def test_a_higher_floor_is_served_from_memory_and_a_lower_one_is_not(index, monkeypatch):
    matcher = GlossMatcher(index)
    scored = []
    real = gloss_module.score_glossed
    monkeypatch.setattr(gloss_module, "score_glossed", lambda *a: scored.append(a[1]) or real(*a))
    first = matcher.match("Accord Government", min_score=0.5)
    assert first and first[0].id == "org:gna"
    count = len(scored)
    assert count > 0
    matcher.match("Accord Government", top=8, min_score=0.7)
    matcher.match("Accord Government", top=1, type="ORG", min_score=0.5)
    assert len(scored) == count  # nothing scored again
    matcher.match("Accord Government", min_score=0.3)
    assert len(scored) > count  # a lower floor may reach names the first ask left out


def test_the_memory_is_bounded(index, monkeypatch):
    monkeypatch.setattr(gloss_module, "SCORED_MAX", 3)
    matcher = GlossMatcher(index)
    for phrase in PHRASES:
        matcher.match(phrase)
        assert len(matcher._scored) <= 3
