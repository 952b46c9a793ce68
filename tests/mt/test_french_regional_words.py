"""French words of Libyan bodies' names in AFP copy (the GMMR, the Amazigh council, the
country after "de"): a French name reaches a body the gazetteer holds under its Arabic name
only, and "de Libye" stays inside the name instead of linking Libya."""

from link_pairs import linked_pairs

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:gmmr", "LOC", None, "النهر الصناعي العظيم"),
    Record("org:amazigh-council", "ORG", None, "المجلس الأعلى للأمازيغ"),
    Record("org:cbl", "ORG", None, "مصرف ليبيا المركزي"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    return linked_pairs(Normalizer.from_records(RECORDS), text)


def test_the_french_name_of_the_man_made_river_reaches_its_arabic_name():
    text = "The water of the Grande rivière artificielle does not reach the town."
    assert _links(text) == [("Grande rivière artificielle", "loc:gmmr")]


def test_de_libye_stays_inside_a_french_body_name():
    assert _links("The Haut conseil amazigh de Libye called on voters to take part.") == [
        ("Haut conseil amazigh de Libye", "org:amazigh-council")
    ]
    assert _links("The Banque centrale de Libye said on Monday.") == [
        ("Banque centrale de Libye", "org:cbl")
    ]
