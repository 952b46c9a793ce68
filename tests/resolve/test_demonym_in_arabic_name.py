"""A demonym is a body's own when its country is a word of the body's Arabic name, however its
English names say the country ("The American Central Command": القيادة المركزية الأمريكية,
United States Central Command); another people's demonym still undoes a partial match."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

CENTCOM = Record(
    "org:centcom", "ORG", "United States Central Command", "القيادة المركزية الأمريكية"
)
TR_MOD = Record(
    "org:tr-mod", "ORG", "Ministry of National Defense of Turkey", "وزارة الدفاع التركية"
)
HCS = Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة")


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_a_demonym_of_the_arabic_name_keeps_a_partial_body_match():
    found = _links([CENTCOM], "The American Central Command said on Monday.")
    assert found == [("Central Command", "org:centcom")]


def test_another_peoples_demonym_still_undoes_it():
    assert _links([CENTCOM], "The Tuareg Central Command said on Monday.") == []
    assert _links([HCS], "The Tuareg High Council condemned the closure.") == []


def test_a_demonym_and_a_head_name_the_body_whose_arabic_name_holds_the_country():
    found = _links([TR_MOD], "The Turkish Ministry of Defense said on Monday.")
    assert found == [("Turkish Ministry of Defense", "org:tr-mod")]
    assert _links([TR_MOD], "The Egyptian Ministry of Defense said on Monday.") == []
