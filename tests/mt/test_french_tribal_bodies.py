"""AFP keeps the French names of Libyan tribal and reconciliation bodies, capitalising the
first word only: the gloss lexicon's French words carry the name on (normx/mt/data/gloss.yaml)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:sheikhs",
        "ORG",
        "Supreme Council of Sheikhs and Notables",
        "المجلس الأعلى لمشائخ وأعيان ليبيا",
    ),
    Record(
        "org:tribes",
        "ORG",
        "Supreme Council of Tribes and Cities",
        "المجلس الأعلى للقبائل والمدن الليبية",
    ),
    Record(
        "org:reconciliation", "ORG", "Reconciliation Commission", "المفوضية العليا للمصالحة الوطنية"
    ),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Conseil suprême des cheikhs et notables", "org:sheikhs"),
        ("Haut conseil des tribus et des villes libyennes", "org:tribes"),
        ("Commission nationale de réconciliation", "org:reconciliation"),
    ],
)
def test_a_french_name_with_lower_case_words_links_whole(name: str, expected: str):
    text = f"Le {name} a appelé au calme, the statement said."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    assert [(m.text, m.id) for m in doc.mentions] == [(name, expected)]
