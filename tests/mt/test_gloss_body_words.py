"""Gloss words of body names: "Electoral" is also الانتخابات ("the Electoral Commission" is the body
whose Arabic name says مفوضية ... للانتخابات), "Man-Made", "River", "Implementation"."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:high-national-elections-commission",
        "ORG",
        "High National Elections Commission",
        "المفوضية الوطنية العليا للانتخابات",
    ),
    Record("org:central-bank-of-libya", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
]


_links = pairs_for(RECORDS)


def test_electoral_commission_links_the_elections_commission():
    found = _links("The Electoral Commission said registration would close on Sunday.")
    assert found == [("Electoral Commission", "org:high-national-elections-commission")]


def test_an_electoral_body_the_gazetteer_lacks_stays_unlinked():
    # the elections commission is not every electoral body: "Electoral Court" is another
    found = _links("The Electoral Court rejected the appeal on Sunday.")
    assert ("Electoral Court", "org:high-national-elections-commission") not in found


AUTHORITY = [
    Record(
        "org:great-man-made-river-authority",
        "ORG",
        None,
        "جهاز تنفيذ وإدارة مشروع النهر الصناعي",
    ),
    Record("loc:great-man-made-river", "LOC", "Great Man-Made River", "النهر الصناعي العظيم"),
]


def test_a_body_known_by_its_arabic_name_only_is_reached_word_by_word():
    # man-made = الصناعي, river = النهر, implementation = تنفيذ: the body's Arabic name whole
    doc = Normalizer.from_records(AUTHORITY).canonicalize(
        "The Man-Made River Project Implementation and Management Authority said on Sunday."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [
        (
            "Man-Made River Project Implementation and Management Authority",
            "org:great-man-made-river-authority",
        )
    ]


GOVERNMENTS = [
    Record("org:national-salvation-government", "ORG", None, "حكومة الإنقاذ الوطني"),
    Record("org:government-of-national-accord", "ORG", None, "حكومة الوفاق الوطني"),
]


def test_rescue_is_the_salvation_of_a_government_named_inqadh():
    # إنقاذ is "rescue" as often as "salvation" in translation
    found = [
        (m.text, m.id)
        for m in Normalizer.from_records(GOVERNMENTS)
        .canonicalize("The Government of National Rescue rejected the council.")
        .mentions
    ]
    assert found == [("Government of National Rescue", "org:national-salvation-government")]


def test_the_high_commissioner_is_the_office_named_mufawadiya():
    # UNHCR's Arabic name says المفوضية السامية, its English one "High Commissioner"
    records = [
        Record("org:unhcr", "ORG", None, "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
        Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    ]
    doc = Normalizer.from_records(records).canonicalize(
        "The UN High Commissioner for Refugees began the evacuation."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("UN High Commissioner for Refugees", "org:unhcr")
    ]


def test_a_chairperson_of_the_au_commission_is_a_title_before_the_body():
    # "Chairperson" is a title, "AU" the African Union's short form (الاتحاد الأفريقي)
    records = [
        Record("org:african-union-commission", "ORG", None, "مفوضية الاتحاد الأفريقي"),
        Record("org:african-union", "ORG", "African Union", "الاتحاد الأفريقي"),
    ]
    doc = Normalizer.from_records(records).canonicalize(
        "The Chairperson of the AU Commission called for an inquiry."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("AU Commission", "org:african-union-commission")
    ]


def test_an_agency_may_be_a_jihaz_and_immigration_a_hijra():
    # MT renders جهاز مكافحة الهجرة غير الشرعية word by word, "Agency" for جهاز
    records = [
        Record("org:dcim", "ORG", None, "جهاز مكافحة الهجرة غير الشرعية"),
        Record(
            "org:iom", "ORG", "International Organization for Migration", "المنظمة الدولية للهجرة"
        ),
    ]
    doc = Normalizer.from_records(records).canonicalize(
        "The Illegal Immigration Combating Agency said it had opened an investigation."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Illegal Immigration Combating Agency", "org:dcim")
    ]
