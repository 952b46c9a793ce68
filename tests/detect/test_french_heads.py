"""French body heads AFP copy keeps ("the Parlement", "the Ministère") refer like English ones."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:mof", "ORG", "Ministry of Finance (Libya)", "وزارة المالية"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_parlement_is_the_chamber_named_before() -> None:
    found = _links(
        "The Chambre des représentants voted. The President of the Parlement called for a "
        "unified budget."
    )
    assert ("Parlement", "org:hor") in found


def test_the_ministere_is_the_ministry_named_before() -> None:
    found = _links(
        "The Ministère des Finances paid late. The Ministère said the delay was technical."
    )
    assert ("Ministère", "org:mof") in found


def test_the_parlement_alone_reads_as_the_parliament_does() -> None:
    # a gloss that is one body's whole Arabic name (مجلس النواب), as "the Parliament"
    assert _links("The Parlement said no.") == [("Parlement", "org:hor")]
    assert _links("The Parliament said no.") == [("Parliament", "org:hor")]
