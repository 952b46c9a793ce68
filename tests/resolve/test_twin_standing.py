"""Two of the user's places tie for a name: the one identified with a shipped town of note is
the link (normx.resolve.twin_standing)."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.standing import MAJOR, MINOR, USER
from normx.resolve.twin_standing import UNKNOWN, note_of_the_town, twin_standings

# the user's town, identified by its Wikidata id with the shipped town Adiri (OSM place=town),
# and a place of the user's that normx ships nothing for, spelled nearly alike
TOWN = """- id: loc:u-idri
  type: LOC
  name: {en: "Idri", ar: "إدري"}
  xref: {wikidata: Q68382}
"""
OTHER = """- id: loc:u-edrie
  type: LOC
  name: {en: "Edrie", ar: "إدريه"}
"""
TEXT = "Fighting was reported in {} on Monday, the ministry said."


def links(tmp_path: Path, body: str, name: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return [(m.text, m.id) for m in nz.canonicalize(TEXT.format(name)).mentions]


def test_the_town_of_note_wins_a_tie_with_a_place_normx_does_not_ship(tmp_path: Path) -> None:
    # "Idrie" is Edrie spelled out (0.94) and Idri by likeness (0.91): a tie
    assert links(tmp_path, TOWN + OTHER, "Idrie") == [("Idrie", "loc:u-idri")]
    assert links(tmp_path, TOWN + OTHER, "Edri") == [("Edri", "loc:u-idri")]


def test_without_a_shipped_twin_the_tie_stays(tmp_path: Path) -> None:
    # the same two places under names normx ships for neither: "Edri" still ties (0.935 and
    # 0.913, as above) and links nothing
    unknown = TOWN.replace("  xref: {wikidata: Q68382}\n", "").replace(
        '"Idri", ar: "إدري"', '"Idry", ar: "إدرى"'
    )
    assert links(tmp_path, unknown + OTHER, "Edri") == [("Edri", None)]


def cand(rid: str, score: float, type: str = "LOC") -> Candidate:
    return Candidate(rid, rid, type, score, rid, "fuzzy")


def decide(twins: dict[str, int], *group: Candidate) -> str | None:
    got = note_of_the_town(group, lambda rid: USER, lambda rid: twins.get(rid, UNKNOWN))
    return None if got is None else got.id


def test_only_one_place_of_note_decides() -> None:
    a, b, c = cand("a", 0.95), cand("b", 0.94), cand("c", 0.93)
    assert decide({"b": MAJOR}, a, b, c) == "b"
    assert decide({"b": MAJOR, "a": MINOR}, a, b, c) == "b"
    # two towns of note, or a village against an unknown record: still a tie
    assert decide({"b": MAJOR, "c": MAJOR}, a, b, c) is None
    assert decide({"b": MINOR}, a, b, c) is None


def test_one_word_of_a_longer_name_is_no_town() -> None:
    """ "Sidi" resembles one word of "Sidi Khalifa": the town's name is not what the text says."""
    part = Candidate(
        "b",
        "Sidi Khalifa",
        "LOC",
        0.94,
        "Sidi Khalifa",
        "fuzzy",
        {"pairs": [{"sim": 1.0}], "query_tokens": ["sidi"], "matched_tokens": ["sidi", "khalifa"]},
    )
    assert decide({"b": MAJOR}, cand("a", 0.95), part) is None


def test_persons_bodies_and_shipped_records_are_left_alone() -> None:
    a, b = cand("a", 0.95), cand("b", 0.94)
    assert decide({"b": MAJOR}, a, cand("b", 0.94, "ORG")) is None
    assert decide({"b": MAJOR}, cand("a", 0.95, "PER"), b) is None
    # a shipped village in the group: normx.resolve.standing's matter
    shipped = note_of_the_town((a, b), lambda rid: MINOR if rid == "a" else USER, lambda rid: MAJOR)
    assert shipped is None


def test_twins_take_the_shipped_records_standing() -> None:
    notes = {"s:town": "OSM place=town", "s:village": "OSM place=village", "s:curated": None}
    pairs = [("u1", "s:town"), ("u2", "s:village"), ("u3", "s:curated")]
    got = twin_standings(pairs, lambda: notes)
    assert got == {"u1": MAJOR, "u2": MINOR, "u3": MAJOR}
    assert twin_standings([], lambda: notes) == {}
