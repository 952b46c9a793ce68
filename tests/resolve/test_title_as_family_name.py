"""A title word after a hyphen-joined article is a family name, not a title.

"Bashir Al-Sheikh Hammouda" (الشيخ) is one unknown person: read as "Bashir" + title "Sheikh" +
"Hammouda", the lone surname went by coreference to Osama Hamad. "Sheikh" standing alone
before a name is still a title.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [Record("per:hamad", "PER", "Osama Hamad", "أسامة حماد")]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_al_sheikh_is_part_of_the_name(nz: Normalizer) -> None:
    text = "Osama Hamad spoke. Their spokesman, Bashir Al-Sheikh Hammouda, said more."
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert found == [("Osama Hamad", "per:hamad"), ("Bashir Al-Sheikh Hammouda", None)]


def test_sheikh_alone_is_a_title(nz: Normalizer) -> None:
    found = [(m.text, m.id) for m in nz.canonicalize("Then Sheikh Osama Hamad spoke.").mentions]
    assert found == [("Osama Hamad", "per:hamad")]
