"""A place a person is named "of" is no surname of his (normx.resolve.of_designation): the
country said alone beside "Henrik of Denmark" is the country."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.of_designation import named_of_place

PRINCE = Record("per:prince-henrik", "PER", "Prince Henrik of Denmark", "الأمير هنريك الدنماركي")
DENMARK = Record("loc:denmark", "LOC", "Denmark", "الدنمارك")
KONI = Record("per:musa-koni", "PER", "Musa al-Koni", "موسى الكوني")


def test_named_of_place() -> None:
    assert named_of_place("denmark", ["Henrik of Denmark", "Prince Henrik of Denmark"])
    assert not named_of_place("koni", ["Musa al-Koni"])
    assert not named_of_place("henrik", ["Prince Henrik of Denmark"])


def test_the_country_before_the_prince_of_it_is_the_country() -> None:
    doc = Normalizer.from_records([PRINCE, DENMARK, KONI]).canonicalize(
        "The funds are held at a bank in Denmark, the lawyer said.\n\n"
        "The case was brought by Henrik of Denmark, who claims the interest."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert ("Denmark", "loc:denmark") in got
    assert ("Henrik of Denmark", "per:prince-henrik") in got
