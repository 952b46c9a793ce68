"""A generic noun ("the Council") when several bodies in reach share its Arabic head (مجلس).

Translated from Arabic, "the Council" renders المجلس, which heads the Presidential Council
(المجلس الرئاسي) and the House of Representatives (مجلس النواب) alike: the English names (only
one holds "Council") cannot tell which was meant. Only the one such body named in the noun's
own sentence is salient enough; otherwise the noun stays unlinked (a miss, not a wrong link).
"""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _council(nz: Normalizer, text: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == "Council"]


def test_the_body_named_in_the_same_sentence_is_meant(nz: Normalizer) -> None:
    text = (
        "The Presidential Council met in Tripoli. The Speaker of the House of Representatives "
        "rejected the deal, and a member of the Council said it would be annulled in Tobruk."
    )
    assert _council(nz, text) == ["org:hor"]


def test_the_same_sentence_rule_holds_for_the_body_whose_english_says_the_noun(
    nz: Normalizer,
) -> None:
    text = (
        "The House of Representatives met in Tobruk. The head of the Presidential Council "
        "called for calm, and the Council said it follows the mobilisation."
    )
    assert _council(nz, text) == ["org:pc"]


def test_no_body_of_that_head_in_the_sentence_is_no_link(nz: Normalizer) -> None:
    text = (
        "The House of Representatives met in Tobruk. Its speaker called on the Presidential "
        "Council to postpone the vote. The spokesman of the Council said the members refused."
    )
    assert set(_council(nz, text)) <= {None}


def test_one_body_of_that_head_in_reach_still_links(nz: Normalizer) -> None:
    text = (
        "The Presidential Council met in Tripoli. The National Oil Corporation reported output. "
        "Later the Council said it would meet again."
    )
    assert _council(nz, text) == ["org:pc"]
