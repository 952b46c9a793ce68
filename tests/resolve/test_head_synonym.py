"""A body's head noun translated by another English word for the same Arabic word ("Commission"
for a Committee, both لجنة) leaves the match clean (normx.resolve.head_synonym)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.detect.lexicon import lexicon
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.head_synonym import heads_translated


def _cand(query: list[str], name: list[str], person: bool = False) -> Candidate:
    """A phonetic match of *query* to *name* pairing the words both spell alike."""
    pairs = [{"query": w, "name": w, "sim": 1.0, "how": "exact"} for w in query if w in name]
    explain = {
        "pairs": pairs,
        "query_tokens": [{"form": w} for w in query],
        "matched_tokens": [{"form": w} for w in name],
    }
    return Candidate(
        "x:1", " ".join(name), "PER" if person else "ORG", 0.9, " ".join(name), "phonetic", explain
    )


def test_commission_for_committee_is_one_name() -> None:
    lex = lexicon()
    q = ["higher", "commission", "for", "village", "water", "tariffs"]
    n = ["higher", "committee", "for", "village", "water", "tariffs"]
    assert heads_translated(_cand(q, n), lex)


def test_another_kind_of_head_or_a_word_more_is_not() -> None:
    lex = lexicon()
    n = ["higher", "committee", "for", "village", "water", "tariffs"]
    assert not heads_translated(_cand(["higher", "court", "for", "village", "water"], n), lex)
    q = ["higher", "commission", "for", "village", "water", "prices"]
    assert not heads_translated(_cand(q, n), lex)
    q = ["higher", "commission", "for", "village", "water", "tariffs"]
    assert not heads_translated(_cand(q, n, person=True), lex)


def test_the_translated_name_links_whole() -> None:
    records = [
        Record(
            "org:village-water-tariffs",
            "ORG",
            "Higher Committee for Village Water Tariffs",
            "اللجنة العليا لتعرفة مياه القرى",
        )
    ]
    found = pairs_for(records)(
        "Prices were set by the Higher Commission for Village Water Tariffs."
    )
    assert ("Higher Commission for Village Water Tariffs", "org:village-water-tariffs") in found
