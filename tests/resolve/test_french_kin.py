"""A relative marked by a French kin noun: the bare family name after him is the principal's
(relative_namesake reads AFP's French copy too; session 25, h-left25).

Hand-written gazetteer: a father and his son sharing a family name, in English spellings the
French text does not use exactly.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

FATHER = Record("per:father", "PER", "Mansour Barakati", "منصور البركاتي")
SON = Record("per:son", "PER", "Tarek Mansour Barakati", "طارق منصور البركاتي")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([FATHER, SON])


def bare(nz: Normalizer, text: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == "Barakati"]


def test_a_son_marked_by_fils_leaves_the_bare_name_to_the_father(nz: Normalizer) -> None:
    text = (
        "Depuis la chute de Mansour Barakati en 2011, le pays est divisé.\n\n"
        "La cour réclame Tarek Barakati, fils de l'ancien dirigeant, depuis 2011.\n\n"
        "L'ancien chef des renseignements, beau-frère de Barakati, est détenu à la prison."
    )
    assert bare(nz, text) == ["per:father"]


def test_without_the_kin_noun_the_nearest_namesake_stands(nz: Normalizer) -> None:
    text = (
        "Depuis la chute de Mansour Barakati en 2011, le pays est divisé.\n\n"
        "La cour réclame Tarek Barakati, candidat à la présidentielle, depuis 2011.\n\n"
        "L'ancien chef des renseignements, proche de Barakati, est détenu à la prison."
    )
    assert bare(nz, text) == ["per:son"]
