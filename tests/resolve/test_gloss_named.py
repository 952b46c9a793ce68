"""A definite generic noun whose Arabic gloss is one body's whole name ("the Parliament":
مجلس النواب) names that body even when the document never spells it out
(normx.resolve.gloss_named)."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("gloss_named.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_parliament_unnamed_in_the_text(nz: Normalizer) -> None:
    text = "The government of Osama Hamad, designated by the Parliament, met in Qasr Tamim."
    assert _links(nz, text) == [
        ("Osama Hamad", "per:osama-hamad-test"),
        ("Parliament", "org:northland-chamber"),
        ("Qasr Tamim", "loc:qasr-tamim"),
    ]


def test_a_council_named_beside_it_is_no_rival(nz: Normalizer) -> None:
    # the Presidential Council's Arabic name opens with مجلس, not with مجلس النواب
    text = "The Parliament rejected the decision of the Northland Presidential Council."
    assert ("Parliament", "org:northland-chamber") in _links(nz, text)


def test_a_named_body_the_gloss_heads_leaves_it_undecided(nz: Normalizer) -> None:
    # مجلس النواب الجنوبي opens with the gloss: "the Parliament" may be that chamber
    text = "The Southland Assembly of Deputies met; the Parliament said nothing."
    assert ("Parliament", "org:northland-chamber") not in _links(nz, text)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament members met in Qasr Tamim.",  # not definite: no generic noun
        "The Chamber met in Qasr Tamim.",  # "chamber" glosses only one-word heads
    ],
)
def test_no_link_without_a_whole_name_gloss(nz: Normalizer, text: str) -> None:
    assert all(oid != "org:northland-chamber" for _, oid in _links(nz, text))


def test_two_bodies_with_that_whole_name_tie(tmp_path: Path) -> None:
    twin = tmp_path / "twin.yaml"
    twin.write_text(
        "- id: org:other-chamber\n  type: ORG\n  name: {en: Other Chamber, ar: مجلس النواب}\n",
        encoding="utf-8",
    )
    nz = Normalizer.load([GAZETTEER, twin], defaults=False, use_cache=False)
    assert _links(nz, "It was designated by the Parliament.") == []


def test_the_house_beside_a_council_the_document_names(nz: Normalizer) -> None:
    # "house" glosses مجلس as well as مجلس النواب: the one-word gloss heads the Presidential
    # Council's Arabic name, but English calls no council "the House"
    text = (
        "The Northland Presidential Council met, and the government designated by the House "
        "rejected its decision."
    )
    assert ("House", "org:northland-chamber") in _links(nz, text)


def test_the_house_beside_a_chamber_the_gloss_heads_stays_undecided(nz: Normalizer) -> None:
    text = "The Southland Assembly of Deputies met; the House said nothing."
    assert ("House", "org:northland-chamber") not in _links(nz, text)
