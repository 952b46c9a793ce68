"""'The month of Ramadan' is the month, not the minister Ramadan named before it."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:ramadan-abu-janah", "PER", "Ramadan Abu Janah", "رمضان أبو جناح"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_month_of_ramadan_is_no_man() -> None:
    found = _links(
        "The Minister of Health, Ramadan Abu Janah, opened the campaign in Tripoli. "
        "The campaign coincides with the month of Ramadan, and the centers will open late."
    )
    assert ("Ramadan Abu Janah", "per:ramadan-abu-janah") in found
    assert ("Ramadan", "per:ramadan-abu-janah") not in found


def test_the_holy_ramadan_is_no_man() -> None:
    found = _links("Ramadan Abu Janah spoke. Prices rose before the holy Ramadan in Tripoli.")
    assert ("Ramadan", "per:ramadan-abu-janah") not in found


def test_the_man_by_his_first_name_stays() -> None:
    found = _links("Ramadan Abu Janah arrived in Tripoli. Ramadan said the doses were ready.")
    assert found.count(("Ramadan", "per:ramadan-abu-janah")) == 1
