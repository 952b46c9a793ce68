"""An agency named for the organisation that owns it ("<owner> <head> for|of <field>") is one
name, not the owner and an unknown rest (normx.resolve.owned_body)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

EU = Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي")
EUROJUST = Record("org:eurojust", "ORG", "Eurojust", "يوروجست")
EUAA = Record("org:euaa", "ORG", "European Union Agency for Asylum", "وكالة الاتحاد الأوروبي للجوء")
ROME = Record("loc:rome", "LOC", "Rome", "روما")
links = pairs_for([EU, EUROJUST, EUAA, ROME])


def test_the_owner_inside_an_unknown_agency_is_no_mention() -> None:
    text = "Judges in Rome asked the European Union Agency for Law Enforcement Training for help."
    found = links(text)
    assert ("European Union Agency for Law Enforcement Training", None) in found
    assert not any(i == "org:eu" for _, i in found)


def test_a_known_agency_links_whole() -> None:
    found = links("The European Union Agency for Asylum opened an office in Rome.")
    assert ("European Union Agency for Asylum", "org:euaa") in found


def test_the_owner_alone_still_links() -> None:
    found = links("The European Union and Rome signed the agreement.")
    assert ("European Union", "org:eu") in found
