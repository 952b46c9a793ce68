"""A unit's number found in the phrase identifies it (اللواء 128 معزز), though a number weighs
little when it is missing; a different number or a bare head names no particular unit. (The
unit's own descriptive word reaches it without the number, "Combat Brigade" ~ اللواء 444 قتال,
as normx.detect.numbered says.)"""

from __future__ import annotations

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss import GlossMatcher

# Arabic names only: the English phrases must be glossed to reach them (hand-written records).
RECORDS = (
    Record("org:brigade-128", "ORG", None, "اللواء 128 معزز"),
    Record("org:brigade-73", "ORG", None, "اللواء 73 مشاة"),
    Record("loc:sabha", "LOC", None, "سبها"),
)


@pytest.fixture(scope="module")
def matcher() -> GlossMatcher:
    return GlossMatcher(NameIndex.build(RECORDS))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Brigade 128", "org:brigade-128"),
        ("Brigade 128 Reinforced", "org:brigade-128"),
        ("Reinforced Brigade 128", "org:brigade-128"),
        ("Brigade 73", "org:brigade-73"),
    ],
)
def test_a_brigade_is_found_by_its_number(matcher, phrase, expected) -> None:
    found = matcher.match(phrase)
    assert found and found[0].id == expected, (phrase, found)


@pytest.mark.parametrize("phrase", ["Brigade 166", "the Brigade"])
def test_another_number_or_none_names_no_unit(matcher, phrase) -> None:
    found = [c for c in matcher.match(phrase, min_score=0.0) if c.score >= NO_MATCH_THRESHOLD]
    assert not found, (phrase, found)
