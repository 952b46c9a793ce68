"""A person named with the father's name inside is the person, not the father.

"Saddam Khalifa Haftar" is Saddam, son of Khalifa Haftar: the gazetteer's exact "Khalifa
Haftar" inside the span must not cut it, and the later bare "Saddam" refers to the son.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:khalifa", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:saddam", "PER", "Saddam Haftar", "صدام حفتر"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_the_fathers_name_inside_does_not_cut_the_sons(nz: Normalizer) -> None:
    text = (
        "Units moved from Sabha under the command of Brigadier General Saddam Khalifa Haftar. "
        "Later Saddam visited the front."
    )
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert ("Saddam Khalifa Haftar", "per:saddam") in found
    assert ("Saddam", "per:saddam") in found
    assert all(i != "per:khalifa" for _, i in found)


def test_the_father_named_alone_is_still_the_father(nz: Normalizer) -> None:
    found = [(m.text, m.id) for m in nz.canonicalize("Khalifa Haftar met Saddam Haftar.").mentions]
    assert found == [("Khalifa Haftar", "per:khalifa"), ("Saddam Haftar", "per:saddam")]


def test_an_unknown_given_name_before_a_known_person_is_not_the_son(nz: Normalizer) -> None:
    found = [(m.text, m.id) for m in nz.canonicalize("Then Hafez Khalifa Haftar spoke.").mentions]
    assert all(i != "per:saddam" for _, i in found)
