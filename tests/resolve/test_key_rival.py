"""A place the word spells letter for letter, vowels aside, outranks places that only share
its sound key, when nothing else settled the tie, the document included
(normx.resolve.key_rival)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.key_rival import key_rival_choice

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


def test_the_document_names_the_place_first() -> None:
    # the rule is the last word: a place the text named before is the word's antecedent
    text = "Fighting reached Zulten on Monday. Residents of Zlitan fled."
    doc = Normalizer.from_records([ZLITEN, ZULTEN]).canonicalize(text)
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Zulten", "loc:zulten"),
        ("Zlitan", "loc:zulten"),
    ]


def test_the_key_alone_still_links_without_a_finer_rival() -> None:
    assert link("Zlitan", [ZULTEN]) == "loc:zulten"


def test_two_records_of_one_name_stay_tied() -> None:
    # duplicates are no rivals to rank: both align alike, and the key-only rival beside them
    # does not break their tie
    twin = Record("loc:zliten-2", "LOC", "Zliten", "زليتن")
    assert link("Zlitan", [ZLITEN, twin, ZULTEN]) is None


def cand(
    id: str, score: float, hows: list[str], type: str = "LOC", method: str = "fuzzy"
) -> Candidate:
    pairs = [{"query": "w", "name": "n", "sim": score, "how": h} for h in hows]
    return Candidate(id, id, type, score, id, method, {"pairs": pairs})


def test_only_a_tie_of_key_rivals_is_decided() -> None:
    best = cand("a", 0.945, ["vowels"])
    key = cand("b", 0.911, ["key"])
    assert key_rival_choice(best, (key,)) is best
    # a rival aligned as finely, across scripts, a person, or a best that is no alignment:
    # the tie stands, even beside a key-only rival
    for other in (
        cand("c", 0.93, ["vowels"]),
        cand("d", 0.91, ["cross"], method="cross-script"),
        cand("e", 0.91, ["key"], type="PER"),
        cand("f", 0.945, ["key"]),  # scored as high
    ):
        assert key_rival_choice(best, (key, other)) is None
    assert key_rival_choice(cand("g", 0.945, ["key"]), (key,)) is None
    assert key_rival_choice(cand("h", 0.945, ["vowels", "vowels"]), (key,)) is None
    assert key_rival_choice(best, ()) is None
