"""Hospitals AFP names in French, head first and adjective after ("Centre médical de Tripoli",
"Hôpital central de Misrata"): the name is the hospital's, not the town's (session 23,
h-v38fix23). Hand-written gazetteer: the hospitals under their English and Arabic names only,
beside the towns they are named after.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:tmc", "ORG", "Tripoli Medical Center", "مركز طرابلس الطبي"),
    Record("org:mch", "ORG", "Misrata Central Hospital", "مستشفى مصراتة المركزي"),
    Record("org:bank", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:derna", "LOC", "Derna", "درنة"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def linked(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "At the Centre médical de Tripoli, doctors went on strike.",
            "Centre médical de Tripoli",
            "org:tmc",
        ),
        (
            "The strike began at the Hôpital central de Misrata on Sunday.",
            "Hôpital central de Misrata",
            "org:mch",
        ),
    ],
)
def test_a_french_hospital_name_links_the_hospital(
    nz: Normalizer, text: str, name: str, expected: str
) -> None:
    found = linked(nz, text)
    assert (name, expected) in found
    assert all(i not in ("loc:tripoli", "loc:misrata") for _, i in found)


def test_an_unknown_french_hospital_is_no_link_to_its_town(nz: Normalizer) -> None:
    found = linked(nz, "The Centre médical de Derna reopened on Sunday.")
    assert all(i != "loc:derna" for _, i in found)


def test_english_central_stays_english(nz: Normalizer) -> None:
    found = linked(nz, "The Central Bank of Libya said Tripoli had paid the salaries.")
    assert ("Central Bank of Libya", "org:bank") in found
    assert ("Tripoli", "loc:tripoli") in found
