"""A capitalised Government named by its prime minister is that government
(normx.resolve.head_government): "the Government of Hammad", "the Hammad Government"."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.head_government import head_surname

RECORDS = [
    Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني"),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("per:hammad", "PER", "Osama Hammad", "أسامة حماد"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("org:moj", "ORG", "Ministry of Justice (Libya)", "وزارة العدل"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_government_of_its_head() -> None:
    assert ("Government of Hammad", "org:gns") in links("The Government of Hammad shut the oil.")


def test_head_then_government() -> None:
    got = links("The queues came back after the closure decided by the Hammad Government.")
    assert ("Hammad Government", "org:gns") in got


def test_the_owner_of_the_other_governments_ministry_is_part_of_its_name() -> None:
    got = links(
        "Osama Hammad said that its Ministry of Justice in the Government of Hammad formed a"
        " committee."
    )
    assert ("Ministry of Justice", None) in got
    assert not any(i == "org:gns" for _, i in got)


def test_the_government_after_the_tripoli_ministry_is_still_linked() -> None:
    got = links("The Ministry of Justice met, and the Government of Hammad shut the oil.")
    assert ("Ministry of Justice", "org:moj") in got
    assert ("Government of Hammad", "org:gns") in got


def test_a_surname_the_data_has_no_government_for() -> None:
    got = links("The Government of Sirte met.")
    assert not any(i in ("org:gns", "org:gnu") for _, i in got)


def test_shapes() -> None:
    assert head_surname("Government of Hammad") == "hammad"
    assert head_surname("the Government of Osama Hammad") == "hammad"
    assert head_surname("Al-Dbeibah Government") == "dbeibah"
    assert head_surname("Dbeibah government") is None  # lower case: prose, no name
