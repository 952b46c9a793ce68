"""A body said with a place its record does not hold: another body (nil), or a constituency
(normx.resolve.body_of_place); and a body's lone head word before "of <town>"
(normx.resolve.unknown_body_seat)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
MISRATA = Record("loc:misrata", "LOC", "Misrata", "مصراتة")
SIRTE = Record("loc:sirte", "LOC", "Sirte", "سرت")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
CHAMBERS = Record(
    "org:union-of-chambers",
    "ORG",
    "General Union of Chambers of Commerce",
    "الاتحاد العام لغرف التجارة",
)
TRIPOLI_CHAMBER = Record(
    "org:tripoli-chamber", "ORG", "Tripoli Chamber of Commerce", "غرفة التجارة طرابلس"
)
ZINTAN = Record("org:zintan-tribe", "ORG", "Zintana", "الزنتان")
TUBU = Record("org:tubu-tribe", "ORG", "Tubuwa", "التبو")
TUBU_COUNCIL = Record("org:tubu-council", "ORG", None, "المجلس الاجتماعي لقبائل التبو")
PARLIAMENT = Record("org:parliament", "ORG", "House of Representatives", "مجلس النواب")


def _mentions(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_chamber_of_a_town_is_not_the_general_union():
    text = "Traders met at the Chamber of the Commerce of Tripoli on Sunday."
    found = _mentions([TRIPOLI, CHAMBERS], text)
    assert ("Chamber of the Commerce of Tripoli", None) in found
    assert all(i is None for t, i in found if "Tripoli" in t or "Chamber" in t)


def test_a_town_before_the_chamber_is_its_seat_too():
    text = "The head of the Misrata Chamber of the Commerce said prices rose."
    found = _mentions([MISRATA, CHAMBERS], text)
    assert ("Misrata Chamber of the Commerce", None) in found


def test_the_body_whose_name_holds_the_town_keeps_its_link():
    text = "Traders met at the Chamber of the Commerce of Tripoli on Sunday."
    found = _mentions([TRIPOLI, TRIPOLI_CHAMBER], text)
    assert any(i == "org:tripoli-chamber" for _, i in found)


def test_the_council_of_another_tribe_is_another_council():
    text = "The head of the Social Council of the Tribes of Zintana said they paid a high price."
    found = _mentions([ZINTAN, TUBU, TUBU_COUNCIL], text)
    assert ("Social Council of the Tribes of Zintana", None) in found
    assert not any(i == "org:tubu-council" for _, i in found)


def test_a_country_after_of_is_left_to_the_body():
    # a national body's own country, which its gazetteer name leaves out
    text = "Traders met at the Chamber of the Commerce of Libya on Sunday."
    found = _mentions([LIBYA, CHAMBERS], text)
    assert ("Chamber of the Commerce of Libya", None) not in found


def test_a_deputy_for_a_town_names_the_parliament_and_the_town():
    text = "The member of the House of the Representatives for Sirte, Ali Omar, said that."
    found = _mentions([SIRTE, PARLIAMENT], text)
    assert ("House of the Representatives", "org:parliament") in found
    assert ("Sirte", "loc:sirte") in found


def test_the_municipality_of_a_town_is_one_unknown_body():
    text = "The truce was signed in the headquarters of the Municipality of Sirte, a source said."
    found = _mentions([SIRTE], text)
    assert ("Municipality of Sirte", None) in found
    assert ("Sirte", "loc:sirte") not in found
