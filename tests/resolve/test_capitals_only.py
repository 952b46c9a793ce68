"""A given name inside a longer run of names ("Anas el-Gomati") is no body known by its
acronym (ANAS); the word alone still links, and so does an acronym written in capitals."""

from __future__ import annotations

from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.acronym_likeness import acronym_shaped_name
from normx.resolve.capitals_only import capitals_only, written_in_capitals

RECORDS = [
    Record("org:anas", "ORG", "ANAS", "أناس"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _cand(matched: str) -> Candidate:
    return Candidate("org:x", matched, "ORG", 1.0, matched, "exact")


def test_capitals_only() -> None:
    assert capitals_only("Anas", [_cand("ANAS")])
    assert not capitals_only("ANAS", [_cand("ANAS")])
    assert not capitals_only("Anas", [_cand("ANAS"), _cand("Anas")])
    assert not capitals_only("Tripoli", [_cand("Tripoli")])
    assert not capitals_only("Anas", None)


def test_a_given_name_is_not_carved_out_as_the_acronym() -> None:
    nz = Normalizer.from_records(RECORDS)
    links = link_map(nz, "Analyst Anas el-Gomati, head of a think tank in Tripoli, said so.")
    assert "Anas" not in links
    assert links.get("Anas el-Gomati") is None
    assert links.get("Tripoli") == "loc:tripoli"


def test_the_word_alone_still_links() -> None:
    nz = Normalizer.from_records(RECORDS)
    links = link_map(nz, "The works are supervised by the Italian company Anas.")
    assert links.get("Anas") == "org:anas"


def test_written_in_capitals_is_the_one_test_of_a_name_read_by_its_letters() -> None:
    # shared with normx.resolve.acronym_likeness (one word of capitals: an acronym)
    assert written_in_capitals("GNA") and written_in_capitals("U.N.")
    assert written_in_capitals("BATEL GROUP")  # several words: acronym_likeness asks one
    assert not acronym_shaped_name("BATEL GROUP")
    assert not written_in_capitals("U") and not written_in_capitals("Gna")
    assert not written_in_capitals("") and not acronym_shaped_name("")
