"""Generic nouns that refer back to a body beyond the usual reach or wording: "the Congress"
paragraphs after the one body named "Congress", "the new Congress", "the Alliance of
<person>"; and glosses of MT renderings of body names (conference / congress, building /
construction, installations / facilities, the State Department).

The records are written here by hand (Arabic names as the bodies write them, some with no
English name so that only the gloss can reach them); the sentences are made up for the test.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.generic import FAR_DISTANCE, MAX_DISTANCE

GNC = Record("org:gnc", "ORG", "General National Congress", "المؤتمر الوطني العام")
AMAZIGH = Record(
    "org:amazigh-congress", "ORG", "Libyan Amazigh Congress", "المؤتمر الليبي الأمازيغي"
)
NFA = Record("org:nfa", "ORG", "National Forces Alliance", "تحالف القوى الوطنية")
JIBRIL = Record("per:jibril", "PER", "Mahmoud Jibril", "محمود جبريل")
JCP = Record("org:jcp", "ORG", None, "حزب العدالة والبناء")
PFG = Record("org:pfg", "ORG", None, "حرس المنشآت النفطية")
HNEC = Record(
    "org:hnec", "ORG", "High National Elections Commission", "المفوضية الوطنية العليا للانتخابات"
)
EU = Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي")
ASHTON = Record("per:ashton", "PER", "Catherine Ashton")
BERLIN = Record("loc:berlin", "LOC", "Berlin", "برلين")
SIRTE = Record("loc:sirte", "LOC", "Sirte", "سرت")

FILLER = "Talks on the budget went on for days in the capital without result. " * (
    MAX_DISTANCE // 60 + 1
)


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_the_one_body_named_by_the_noun_is_meant_however_far() -> None:
    text = "The General National Congress met in Sirte. " + FILLER + "The Congress voted."
    found = _links([GNC, SIRTE], text)
    assert found[-1] == ("Congress", "org:gnc")


def test_a_text_of_many_articles_is_not_one_report() -> None:
    long_filler = FILLER * (FAR_DISTANCE // len(FILLER) + 1)
    text = "The General National Congress met in Sirte. " + long_filler + "The Congress voted."
    found = _links([GNC, SIRTE], text)
    assert ("Congress", "org:gnc") not in found


def test_two_bodies_named_by_the_noun_leave_a_far_noun_unlinked() -> None:
    text = (
        "The General National Congress met in Sirte. The Libyan Amazigh Congress objected. "
        + FILLER
        + "The Congress voted."
    )
    found = _links([GNC, AMAZIGH, SIRTE], text)
    assert all(t != "Congress" for t, _ in found)


def test_a_word_of_time_may_stand_between_the_and_the_noun() -> None:
    base = "The General National Congress met in Sirte. Observers await "
    assert ("Congress", "org:gnc") in _links([GNC, SIRTE], base + "the new Congress.")
    assert ("Congress", "org:gnc") in _links([GNC, SIRTE], base + "the outgoing Congress.")
    # any other word is no reference ("the Berber Congress" would be another body)
    found = _links([GNC, SIRTE], base + "the tall Congress.")
    assert ("Congress", "org:gnc") not in found


def test_the_noun_of_a_person_is_the_body_named_before() -> None:
    text = (
        "The National Forces Alliance won the vote in Sirte. Later the Alliance of Mahmoud "
        "Jibril boycotted the session."
    )
    found = _links([NFA, JIBRIL, SIRTE], text)
    assert ("Alliance", "org:nfa") in found
    assert ("Mahmoud Jibril", "per:jibril") in found


def test_conference_and_congress_both_render_the_arabic_head() -> None:
    doc = Normalizer.from_records([GNC, SIRTE]).canonicalize(
        "The General National Conference met in Sirte on Monday."
    )
    assert ("General National Conference", "org:gnc") in [(m.text, m.id) for m in doc.mentions]
    # a body held under its Arabic name only: the gloss alone reaches it
    nz = Normalizer.from_records([Record("org:gnc-ar", "ORG", None, "المؤتمر الوطني العام"), SIRTE])
    for phrase in ("National Conference", "National Congress"):
        doc = nz.canonicalize(f"The {phrase} met in Sirte on Monday.")
        assert (phrase, "org:gnc-ar") in [(m.text, m.id) for m in doc.mentions], phrase


def test_building_and_construction_both_render_bina() -> None:
    nz = Normalizer.from_records([JCP, SIRTE])
    for phrase in ("Justice and Building Party", "Justice and Construction Party"):
        doc = nz.canonicalize(f"The {phrase} won seats in Sirte.")
        assert (phrase, "org:jcp") in [(m.text, m.id) for m in doc.mentions], phrase


def test_installations_render_the_facilities_of_the_guard() -> None:
    found = _links([PFG, SIRTE], "The Oil Installations Guard closed the port near Sirte.")
    assert ("Oil Installations Guard", "org:pfg") in found


def test_the_state_department_is_the_us_foreign_ministry() -> None:
    # held under its Arabic name only, beside other countries' foreign ministries
    us = Record("org:us-state-ar", "ORG", None, "وزارة الخارجية الأمريكية")
    turkey = Record(
        "org:tr-mfa", "ORG", "Ministry of Foreign Affairs (Turkey)", "وزارة الخارجية التركية"
    )
    records = [us, turkey, SIRTE]
    found = _links(records, "The State Department condemned the attack in Sirte.")
    assert ("State Department", "org:us-state-ar") in found
    # the kind of body alone names no one country's ministry (as before)
    found = _links(records, "The Foreign Ministry condemned the attack in Sirte.")
    assert all(i not in ("org:us-state-ar", "org:tr-mfa") for _, i in found)


def test_a_gathering_named_for_a_place_is_no_body_of_that_head() -> None:
    # "conference" glosses مؤتمر, the head of the GNC's Arabic name; a place beside it is
    # where the conference met, not the seat of a body (as "Tobruk Parliament" is)
    nz = Normalizer.from_records(
        [Record("org:gnc-ar", "ORG", None, "المؤتمر الوطني العام"), BERLIN]
    )
    doc = nz.canonicalize("Delegates flew home after the Berlin Conference ended on Sunday.")
    assert all(m.id != "org:gnc-ar" for m in doc.mentions)


def test_high_representative_is_a_title_not_a_body_word() -> None:
    text = (
        "The High National Elections Commission published the results. The High "
        "Representative of the European Union, Catherine Ashton, welcomed them."
    )
    found = _links([HNEC, EU, ASHTON], text)
    assert all(not (t == "High" and i is not None) for t, i in found)
    assert ("European Union", "org:eu") in found
