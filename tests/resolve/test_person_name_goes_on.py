"""A person matched loosely by the first words of a name that goes on with another family name
is not that person: "Mohamed Idris Deby" is not Muhammad Idris al-Senussi. A match that
explains the gazetteer's whole name may be followed by a further name of the same man
("Idris Debi Itno" is Idriss Déby)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:idris-of-libya", "PER", "Muhammad Idris al-Senussi", "محمد إدريس السنوسي"),
    Record("per:idriss-deby", "PER", "Idriss Déby", "إدريس ديبي"),
    Record("loc:ndjamena", "LOC", "N'Djamena", "انجامينا"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_a_name_going_on_with_another_family_name_is_not_the_person() -> None:
    nz = Normalizer.from_records([r for r in RECORDS if r.id != "per:idriss-deby"])
    links = _links(nz, "In N'Djamena, the president, Mohamed Idris Deby, received a letter.")
    assert all(i != "per:idris-of-libya" for _, i in links)
    assert ("Mohamed Idris Deby", None) in links


def test_a_further_name_after_the_whole_gazetteer_name_keeps_the_person(nz: Normalizer) -> None:
    links = _links(nz, "His father, President Idris Debi Itno, was killed in April 2021.")
    assert any(i == "per:idriss-deby" for _, i in links)
