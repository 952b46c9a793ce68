"""A country said alone is not a body whose name opens with it (normx.resolve.country_alone):
in a gazetteer without the United States, "The United States said." is not USAID, "Saudi
Arabia" not Saudi Arabian Airlines, "Le Qatar" not Qatar Airways. A body still keeps a name
of its own and a longer mention. Fails on lead34 95f264b7 (the first test)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:usaid",
        "ORG",
        "United States Agency for International Development",
        "الوكالة الأمريكية للتنمية الدولية",
    ),
    Record("org:ukba", "ORG", "United Kingdom Border Agency", "وكالة الحدود البريطانية"),
    Record("org:saudia", "ORG", "Saudi Arabian Airlines", "الخطوط الجوية العربية السعودية"),
    Record("org:qatar-airways", "ORG", "Qatar Airways", "الخطوط الجوية القطرية"),
    Record("org:ss-red-cross", "ORG", "South Sudan Red Cross", "الصليب الأحمر جنوب السودان"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    "text",
    [
        "The United States said.",
        "And the United States welcomed it in Tripoli.",
        "Officials in the United Kingdom said.",
        "Saudi Arabia said.",
        "South Sudan said.",
        "Le Qatar a dit.",
    ],
)
def test_a_country_said_alone_is_no_body(normalizer: Normalizer, text: str) -> None:
    doc = normalizer.canonicalize(text)
    linked = [(m.text, m.id) for m in doc.mentions if m.id is not None and m.type == "ORG"]
    assert linked == []


def test_the_body_named_in_full_still_links(normalizer: Normalizer) -> None:
    doc = normalizer.canonicalize("The United Kingdom Border Agency said on Monday.")
    assert [(m.text, m.id) for m in doc.mentions] == [("United Kingdom Border Agency", "org:ukba")]


def test_a_body_held_under_the_country_name_keeps_it() -> None:
    records = [Record("org:qatar-charity", "ORG", "Qatar", "قطر الخيرية")]
    doc = Normalizer.from_records(records).canonicalize("Qatar said on Monday.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Qatar", "org:qatar-charity")]
