"""Bodies of medical supply and trauma hospitals, named by their Arabic words in English."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:mso", "ORG", "", "جهاز الإمداد الطبي"),
    Record("org:abusalim", "ORG", "Abu Salim Trauma Hospital", "مستشفى أبو سليم للحوادث"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_apparatus_of_medical_supply() -> None:
    assert _links("The Apparatus of Medical Supply blames the banks.") == [
        ("Apparatus of Medical Supply", "org:mso")
    ]
    assert _links("The head of the Medical Supply Authority replied.") == [
        ("Medical Supply Authority", "org:mso")
    ]


def test_accidents_hospital_is_the_trauma_hospital() -> None:
    assert _links("The strike included the Abu Salim Accidents Hospital.") == [
        ("Abu Salim Accidents Hospital", "org:abusalim")
    ]
