"""A piece cut from a longer body name whose head the piece leaves out names another body.

"Civil Aviation" of "the Libyan Civil Aviation Authority" is not the International Civil
Aviation Organization: the run's head (Authority) is a body head the organisation's names
lack, while they hold their own (Organization).
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.run_head import cut_from_other_body

HEADS = frozenset({"authority", "organization", "ministry", "center", "government", "council"})
ICAO = Candidate(
    "org:icao",
    "International Civil Aviation Organization",
    "ORG",
    0.9,
    "منظمة الطيران المدني الدولي",
    "gloss",
    {},
)


def _cut(text: str, piece: str, cand: Candidate = ICAO) -> bool:
    start = text.index(piece)
    return cut_from_other_body(text, start, start + len(piece), cand, (cand.name,), HEADS)


def test_a_piece_without_the_runs_head_is_another_body() -> None:
    text = "The Libyan Civil Aviation Authority suspended flights on Monday."
    assert _cut(text, "Civil Aviation")


def test_a_head_before_of_or_for_is_the_runs_head() -> None:
    ministry = Candidate(
        "org:mohe", "Ministry of Higher Education and Scientific Research", "ORG", 0.8,
        "Ministry of Higher Education and Scientific Research", "fuzzy", {},
    )  # fmt: skip
    text = "the head of the Center for Curricula and Educational Research said."
    assert _cut(text, "Educational Research", ministry)


def test_a_body_whose_names_hold_a_head_of_the_run_stands() -> None:
    gna = Candidate(
        "org:gna", "Government of National Accord", "ORG", 0.8, "Government of National Accord",
        "phonetic", {},
    )  # fmt: skip
    text = "The head of the Presidential Council of the Government of Accord, Fayez Al-Serraj."
    assert not _cut(text, "Accord", gna)


def test_a_piece_with_a_head_of_its_own_or_an_exact_name_is_not_judged() -> None:
    text = "The Libyan Civil Aviation Organization Authority said."
    assert not _cut(text, "Civil Aviation Organization")
    exact = Candidate(ICAO.id, ICAO.name, "ORG", 1.0, "Civil Aviation", "exact", {})
    assert not _cut("The Libyan Civil Aviation Authority said.", "Civil Aviation", exact)


def test_the_whole_run_said_is_not_judged() -> None:
    assert not _cut("Flights were suspended, Civil Aviation said.", "Civil Aviation")


RECORDS = [
    Record(
        "org:international-civil-aviation-organization",
        "ORG",
        "International Civil Aviation Organization",
        "منظمة الطيران المدني الدولي",
    ),
    Record("loc:mitiga", "LOC", "Mitiga", "معيتيقة"),
]


def test_the_authority_is_not_linked_to_the_organization() -> None:
    text = "The Libyan Civil Aviation Authority suspended flights at Mitiga on Monday."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    linked = {m.text: m.id for m in doc.mentions}
    assert "org:international-civil-aviation-organization" not in linked.values()
    assert linked.get("Mitiga") == "loc:mitiga"


def test_the_whole_name_but_its_head_is_the_body_with_its_head_rendered_otherwise() -> None:
    rada = Candidate(
        "org:rada", "Special Deterrence Force", "ORG", 0.9, "Special Deterrence Force",
        "fuzzy", {},
    )  # fmt: skip
    text = "Clashes with the Special Deterrence Apparatus on Monday."
    assert not _cut(text, "Special Deterrence", rada)
