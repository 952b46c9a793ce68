"""Gloss words machine translation writes for Libyan body and event names word for word:
"Accountability" (المحاسبة of ديوان المحاسبة), "Communications" (المواصلات, the transport
ministry's word), "Hurricane" (إعصار, and عاصفة: one named storm is called both)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:state-audit-office-sahla", "ORG", "State Audit Office of Sahla", "ديوان المحاسبة"),
    Record(
        "org:transport-ministry-sahla", "ORG", "Transport Department of Sahla", "وزارة المواصلات"
    ),
    Record("loc:storm-zorba", "LOC", "Storm Zorba", "العاصفة زوربا"),
]

_links = pairs_for(RECORDS)


def test_accountability_bureau_is_the_audit_body() -> None:
    found = _links("The Accountability Bureau said most contracts were signed without tender.")
    assert found == [("Accountability Bureau", "org:state-audit-office-sahla")]


def test_ministry_of_communications_is_the_transport_ministry() -> None:
    found = _links("The Ministry of Communications is studying offers for a new port.")
    assert found == [("Ministry of Communications", "org:transport-ministry-sahla")]


def test_hurricane_is_the_named_storm() -> None:
    found = _links("The town was hit by Hurricane Zorba in September.")
    assert found == [("Hurricane Zorba", "loc:storm-zorba")]


CHAMBER = [
    Record("org:hor-sahla", "ORG", "House of Representatives of Sahla", "مجلس النواب"),
    Record("loc:ghat", "LOC", "Ghat", "غات"),
]


def test_a_french_chamber_of_commerce_is_one_name_not_the_house_and_the_town() -> None:
    # "commerce" is a word of the French section: the name runs to its seat, and no gazetteer
    # here holds the chamber (before: "Chambre" -> the House, "Ghat" -> the town)
    text = (
        "The Chambre des représentants met on Monday. The forum was organised by the "
        "Chambre de commerce de Ghat and gathered 300 companies."
    )
    found = pairs_for(CHAMBER)(text)
    assert ("Chambre de commerce de Ghat", None) in found
    assert ("Ghat", "loc:ghat") not in found
