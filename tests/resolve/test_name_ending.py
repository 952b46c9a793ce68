"""Two name words a closing ة apart are two names (normx.resolve.name_ending): "Jamilla Faraj"
is Jamila Faraj Obeidi, and Jamil Faraj Ghanem is no rival of hers
(normx.resolve.person_rivals.ending_apart); alone, he still takes "Jamila Faraj"."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.name_ending import pairs_ta_marbuta_apart, ta_marbuta_apart

GAZETTEER = Path(__file__).with_name("name_ending.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_rival_without_the_ending_does_not_hold_the_name_back(nz: Normalizer) -> None:
    assert _links(nz, "Jamilla Faraj told reporters the talks had failed.") == [
        ("Jamilla Faraj", "per:jamila-faraj-obeidi")
    ]


def test_a_tie_break_not_a_veto() -> None:
    """A family name a closing ة apart still stands alone (the press writes Osama Hamad,
    أسامة حماد, as "Osama Hamada"). A given name so apart is a woman's name against a man's,
    which normx.resolve.feminine_given refuses (session 24: this test asserted before that
    Jamil Faraj Ghanem alone takes "Jamila Faraj")."""
    alone = Normalizer.from_records([Record("per:osama-hamad", "PER", "Osama Hamad", "أسامة حماد")])
    assert _links(alone, "Osama Hamada told reporters the talks had failed.") == [
        ("Osama Hamada", "per:osama-hamad")
    ]
    man = Normalizer.from_records(
        [Record("per:jamil-faraj-ghanem", "PER", "Jamil Faraj Ghanem", "جميل فرج غانم")]
    )
    assert _links(man, "Jamila Faraj told reporters the talks had failed.") == []


@pytest.mark.parametrize(("a", "b"), [("aqila", "aqil"), ("jamil", "jamilah"), ("nabila", "nabil")])
def test_a_closing_a_or_ah_against_a_consonant(a: str, b: str) -> None:
    assert ta_marbuta_apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hamza", "hamzah"),  # both written with the ة
        ("hikmet", "hikma"),  # Turkish t for ة
        ("amine", "amin"),  # French silent e
        ("aqila", "aqib"),  # other consonants
    ],
)
def test_other_endings_are_no_evidence(a: str, b: str) -> None:
    assert not ta_marbuta_apart(a, b)


def test_only_pairs_not_spelled_alike_count() -> None:
    assert pairs_ta_marbuta_apart([{"query": "aqila", "name": "aqil", "sim": 0.92}])
    assert not pairs_ta_marbuta_apart([{"query": "aqila", "name": "aqila", "sim": 1.0}])
