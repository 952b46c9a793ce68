"""A generic noun two bodies of the document say ("the Bank" after a central bank and a
development bank) links only to the one named in its sentence or paragraph, else to nothing
(normx.resolve.noun_rivals)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a hand-written gazetteer: two banks whose Arabic heads differ (مصرف, بنك), both "Bank" in
# English, and a city
CENTRAL = Record("org:central-bank-a", "ORG", "Central Bank of Wadiya", "مصرف واديا المركزي")
GROWTH = Record("org:growth-bank", "ORG", "Growth Bank", "البنك الانمائي")
CITY = Record("loc:wadi-city", "LOC", "Qarawa", "قراوة")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([CENTRAL, GROWTH, CITY])


def _bank_ids(nz: Normalizer, text: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == "Bank"]


def test_one_bank_named_before_is_the_bank(nz: Normalizer) -> None:
    text = "The Central Bank of Wadiya met in Qarawa. The board of the Bank approved the rate."
    assert _bank_ids(nz, text) == ["org:central-bank-a"]


def test_two_banks_named_and_neither_near_leaves_the_bank_unlinked(nz: Normalizer) -> None:
    text = (
        "The Central Bank of Wadiya met in Qarawa.\n\n"
        "The Growth Bank said in a report that spending rose.\n\n"
        "In Qarawa, the government asked the Bank to pay for the reconstruction."
    )
    assert _bank_ids(nz, text) in ([], [None])


def test_the_bank_named_in_the_same_sentence_wins(nz: Normalizer) -> None:
    text = (
        "The Central Bank of Wadiya met in Qarawa.\n\n"
        "The Growth Bank said in a report that spending rose, and the Bank warned of debt."
    )
    assert _bank_ids(nz, text) == ["org:growth-bank"]
