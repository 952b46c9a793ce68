"""A French lower-case head right before its eponym: "l'université Omar al-Mokhtar" (session
25, h-left25; normx.detect.french_lower, ``eponym_bodies`` of the gloss lexicon's French section).

Hand-written gazetteer: a university named after a man, and the man himself.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

UNIVERSITY = Record("org:u-sanusi", "ORG", "Idris al-Sanusi University", "جامعة إدريس السنوسي")
MAN = Record("per:sanusi", "PER", "Idris al-Sanusi", "إدريس السنوسي")
TOWN = Record("loc:bayda", "LOC", "Bayda", "البيضاء")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([UNIVERSITY, MAN, TOWN])


def links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_the_university_before_its_eponym_is_the_university(nz: Normalizer) -> None:
    text = "She wants to study at the université Idris al-Sanusi in Bayda, she said."
    assert links(nz, text) == [
        ("université Idris al-Sanusi", "org:u-sanusi"),
        ("Bayda", "loc:bayda"),
    ]


def test_the_man_alone_stays_the_man(nz: Normalizer) -> None:
    text = "The students remember Idris al-Sanusi in Bayda, she said."
    assert ("Idris al-Sanusi", "per:sanusi") in links(nz, text)
