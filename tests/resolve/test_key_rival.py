"""A place the word spells letter for letter, vowels aside, outranks a place that only shares
its sound key (normx.resolve.key_rival)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.key_rival import key_rivals_dropped

ZLITEN = Record("loc:zliten", "LOC", "Zliten", "زليتن")
# the same key, ZLTN, with the vowels elsewhere (and an alias spelled as OSM transliterates)
ZULTEN = Record("loc:zulten", "LOC", "Zulten", "زلطن", aliases_en=("Zaltan",))
TEXT = "Clashes broke out in {} on Monday."


def link(word: str, records: list[Record]) -> str | None:
    doc = Normalizer.from_records(records).canonicalize(TEXT.format(word))
    found = [m.id for m in doc.mentions if m.text == word]
    return found[0] if found else None


def test_the_place_spelled_letter_for_letter_wins_the_tie() -> None:
    assert link("Zlitan", [ZLITEN, ZULTEN]) == "loc:zliten"


def test_the_key_alone_still_links_without_a_finer_rival() -> None:
    assert link("Zlitan", [ZULTEN]) == "loc:zulten"


def cand(
    id: str, score: float, hows: list[str], type: str = "LOC", method: str = "fuzzy"
) -> Candidate:
    pairs = [{"query": "w", "name": "n", "sim": score, "how": h} for h in hows]
    return Candidate(id, id, type, score, id, method, {"pairs": pairs})


def test_only_key_rivals_of_a_letter_aligned_place_are_dropped() -> None:
    best = cand("a", 0.945, ["vowels"])
    key = cand("b", 0.911, ["key"])
    assert key_rivals_dropped(best, (key,)) == ()
    # a rival aligned as finely, across scripts, a person, or a best that is no alignment
    assert key_rivals_dropped(best, (cand("c", 0.93, ["vowels"]),)) != ()
    assert key_rivals_dropped(best, (cand("d", 0.91, ["cross"], method="cross-script"),)) != ()
    assert key_rivals_dropped(best, (cand("e", 0.91, ["key"], type="PER"),)) != ()
    assert key_rivals_dropped(cand("f", 0.945, ["key"]), (key,)) == (key,)
