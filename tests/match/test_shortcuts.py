"""The matcher's speed shortcuts give what the long way gives.

Each shortcut skips work whose outcome is known: the query's normalised form taken from its
analysis, the gloss matcher skipped for phrases with no translatable word.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.matcher import _Query
from normx.text.normalize import normalize_name

NAMES = [
    "Khaled Al-Mashri",
    "Abd al-Hamid Al-Dbeibah",
    "Abdelhamid Dbeibah",
    "QADDAFI, Muammar",
    "Saif al-Islam bin Muammar",
    "Abou Grein",
    "Fayez as-Sarraj",
    "Zoë O'Neill-Ḥaddād",
    "x",
    "!!!",
    "",
    "خالد المشري",
    "عبد الحميد الدبيبة",
    "Tripoli طرابلس",
]


@pytest.mark.parametrize("text", NAMES)
def test_query_normalised_form_is_normalize_name(text):
    query = _Query(text)
    assert query.normalized == (normalize_name(text) if query.core else "")


BODIES = [
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("per:khalid-al-mishri", "PER", "Khalid al-Mishri", "خالد المشري"),
]

PHRASES = [
    "reconciliation government",  # translated: glossed
    "Al-Wefaq government",  # transliterated + translated
    "Accord forces",
    "Tobruk Parliament",
    "Councils of State",  # a plural taken off
    "Wefaq",
    "Tobruk",  # a place alone: no translated word
    "Sirte",
    "Khaled Al-Mashri",  # a person: a spelling question
    "Saiqa",  # found by sound only, never on its own
    "the",
    "",
]


@pytest.fixture(scope="module")
def bodies():
    return Normalizer.from_records(BODIES)


@pytest.mark.parametrize("phrase", PHRASES)
def test_gloss_gate_never_hides_a_gloss_candidate(bodies, phrase):
    glossed = bodies.gloss_matcher.match(phrase, top=5, min_score=0.0)
    if not bodies._may_gloss(phrase):
        assert glossed == []


def test_gloss_gate_lets_translated_phrases_through(bodies):
    assert bodies._may_gloss("reconciliation government")
    assert bodies._may_gloss("Councils of State")
    assert not bodies._may_gloss("Khaled Al-Mashri")
    assert not bodies._may_gloss("Tobruk")
    # and the merged answer is still the gloss matcher's
    assert bodies.match("Al-Wefaq government")[0].id == "org:gna"
