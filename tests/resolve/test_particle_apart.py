"""A family name that begins with "Ben", written apart, is the name the gazetteer writes as
one word (normx.resolve.particle_apart)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a judge with a Maghreb family name, and a namesake given name; hand-written for this test
JUDGE = Record("per:amina-benkhaldoun", "PER", "Amina Benkhaldoun", "أمينة بنخلدون")
OTHER = Record("per:amina-said", "PER", "Amina Said", "أمينة سعيد")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([JUDGE, OTHER]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_ben_apart_is_the_joined_family_name() -> None:
    got = links("The prosecutor, Amina Ben Khaldoun, said the court would hear the case.")
    assert ("Amina Ben Khaldoun", "per:amina-benkhaldoun") in got


def test_bin_apart_too() -> None:
    got = links("The prosecutor, Amina Bin Khaldoun, said the court would hear the case.")
    assert ("Amina Bin Khaldoun", "per:amina-benkhaldoun") in got


def test_no_person_so_named_stays_unlinked() -> None:
    got = links("The prosecutor, Amina Ben Yousef, said the court would hear the case.")
    assert all(id_ != "per:amina-benkhaldoun" for _, id_ in got)
