"""A body head with a modifier ("Islamic Bank") refers back only to a body whose name holds
the modifier, not to the nearest body of that head (normx.resolve.head_modifier)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a hand-written gazetteer: two banks, one of them Islamic, and a town
DESERT = Record("org:dune-bank", "ORG", "Dune Bank", "مصرف الكثبان")
FAITH = Record("org:wadiyan-islamic-bank", "ORG", "Wadiyan Islamic Bank", "المصرف الإسلامي الواديي")
TOWN = Record("loc:qarawa", "LOC", "Qarawa", "قراوة")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([DESERT, FAITH, TOWN])


def _ids(nz: Normalizer, text: str, surface: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == surface]


def test_islamic_bank_is_not_the_nearest_bank_whose_name_lacks_islamic(nz: Normalizer) -> None:
    text = "Customers queued at Dune Bank in Qarawa. The Islamic Bank said cash would come."
    assert "org:dune-bank" not in _ids(nz, text, "Islamic Bank")


def test_islamic_bank_after_a_body_whose_name_holds_the_word(nz: Normalizer) -> None:
    text = "Customers queued at the Wadiyan Islamic Bank in Qarawa. The Islamic Bank said more."
    assert _ids(nz, text, "Islamic Bank") == ["org:wadiyan-islamic-bank"]


def test_a_bare_head_without_modifier_still_refers_back(nz: Normalizer) -> None:
    text = "Customers queued at Dune Bank in Qarawa. Dune Bank said the Bank had cash."
    assert _ids(nz, text, "Dune Bank") == ["org:dune-bank", "org:dune-bank"]
