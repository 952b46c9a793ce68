"""A sub-span never ends on Abu, Bin or Abd with the word it binds left over
(normx.resolve.person_cut.particle_bonds): "Khaled Abou | Rkhis" is not Abbou Khaled."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("particle_bonds.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_name_is_not_cut_after_its_abu(nz: Normalizer) -> None:
    assert _links(nz, "Colonel Khaled Abou Rkhis said the road was open.") == []


def test_the_name_holding_the_pair_whole_still_links(nz: Normalizer) -> None:
    assert _links(nz, "Colonel Nouri Abou Rkhis said the road was open.") == [
        ("Nouri Abou Rkhis", "per:nouri-abu-rkhis")
    ]


def test_a_family_name_with_abu_is_not_carved_out_for_a_namesake(nz: Normalizer) -> None:
    # "Abu Rkhis" is one name word (person_cut.one_name_part): carved out of another man's
    # full name it links only as a whole gazetteer name, which Nouri Abu Rkhis's is not
    found = _links(nz, "Colonel Khaled Abu Rkhis said the road was open.")
    assert ("Abu Rkhis", "per:nouri-abu-rkhis") not in found
    assert found == []


def test_a_patronymic_cut_out_of_a_name_is_not_a_village(nz: Normalizer) -> None:
    # "Ben Saud" is the man's father's or family name (person_cut.patronymic_as_place)
    found = _links(nz, "The ministry's spokesman, Tarek Ben Saud, said an inquiry was opened.")
    assert ("Ben Saud", "loc:saud") not in found


def test_a_place_named_with_bin_is_still_the_place(nz: Normalizer) -> None:
    assert _links(nz, "Fighting reached Bin Jawad on Monday.") == [("Bin Jawad", "loc:bin-jawad")]
