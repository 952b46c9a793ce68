"""Names of armed bodies and operations that MT renders word by word (issue 5's gaps)."""

from __future__ import annotations

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt.gloss import GlossMatcher

# Arabic names only: the English phrases below must be glossed to reach them.
RECORDS = (
    Record("org:libya-dawn", "ORG", None, "عملية فجر ليبيا"),
    Record("org:saiqa", "ORG", None, "القوات الخاصة الصاعقة"),
    Record("org:dignity", "ORG", None, "عملية الكرامة"),
    Record("loc:libya", "LOC", None, "ليبيا"),
)


@pytest.fixture(scope="module")
def matcher() -> GlossMatcher:
    return GlossMatcher(NameIndex.build(RECORDS))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Operation Libya Dawn", "org:libya-dawn"),
        ("Libya Dawn Operation", "org:libya-dawn"),
        ("Al-Saiqa Special Forces", "org:saiqa"),
        ("Thunderbolt Special Forces", "org:saiqa"),
        ("Special Forces (Al-Saiqa)", "org:saiqa"),
        ("Operation Dignity", "org:dignity"),
    ],
)
def test_glossed_names_reach_the_arabic_name(matcher, phrase, expected) -> None:
    found = matcher.match(phrase)
    assert found and found[0].id == expected, (phrase, found)
    assert found[0].method == "gloss"


def test_a_dawn_without_libya_is_not_libya_dawn_operation(matcher) -> None:
    # "Operation Dawn" lacks ليبيا, which the lexicon marks as a weak (droppable) word, so it
    # may still reach the body, but not as strongly as the full name
    full = matcher.match("Operation Libya Dawn", min_score=0.0)
    part = matcher.match("Operation Dawn", min_score=0.0)
    assert full[0].score > (part[0].score if part else 0.0)
