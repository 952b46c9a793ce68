"""Session 26 (h-v47fix26) rules, each on a small gazetteer of its own.

* :mod:`normx.resolve.cut_complement`: a body's name cut before its translated object ("... for
  the Control" of "... of the Desert Locust") is not the body it partly resembles;
* :mod:`normx.resolve.place_slot_tie`: a lone word tied between one place and a body, after
  "from"/"in", a compass noun's "of" or joined by "and" to a place, is the place;
* :func:`normx.detect.datelines.dash_heads`: a translated dateline's town ("Binghazi - The
  ...") is a name;
* :mod:`normx.resolve.owner_prefix`: "U.N. Food and Agriculture Organization" and "Organisation
  des Nations unies pour l'alimentation ..." are one mention of the organ;
* :mod:`normx.resolve.unknown_body_seat`: "the Union of the Farmers of the Green Valley" is one
  unknown body, the place a word of its name;
* gloss words for agriculture, food and livestock bodies.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.detect.datelines import dash_heads
from normx.gazetteer.schema import Record


def _links(records: list[Record], text: str) -> set[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


# --- cut_complement ---------------------------------------------------------------------------

CENTRES = [
    Record(
        "org:ncdc",
        "ORG",
        "National Centre for Disease Control (Libya)",
        "المركز الوطني لمكافحة الأمراض",
    ),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


def test_centre_cut_before_its_translated_object_is_not_linked() -> None:
    text = (
        "The National Center for the Control of the Desert Locust said on Monday that swarms "
        "reached Sabha. The director of the Center said more teams were needed."
    )
    found = _links(CENTRES, text)
    assert not any(eid == "org:ncdc" for _, eid in found)
    assert ("Sabha", "loc:sabha") in found


def test_centre_named_by_its_own_object_stays() -> None:
    text = "The National Center for the Control of the Diseases in Sabha reported new cases."
    found = _links(CENTRES, text)
    assert any(eid == "org:ncdc" for _, eid in found)


# --- place_slot_tie ---------------------------------------------------------------------------

TIED = [
    Record("loc:algeria", "LOC", "Algeria", "الجزائر"),
    Record("org:al-jazeera", "ORG", "Al Jazeera", "الجزيرة"),
    Record("loc:niger", "LOC", "Niger", "النيجر"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
]


def test_tied_word_after_from_is_the_place() -> None:
    found = _links(TIED, "The swarms arrived from Al-Jazair last week, officials said.")
    assert ("Al-Jazair", "loc:algeria") in found


def test_tied_word_joined_to_a_place_is_the_place() -> None:
    found = _links(TIED, "The same strain was seen in Tunisia and Al-Jazair last year.")
    assert ("Al-Jazair", "loc:algeria") in found


def test_tied_word_after_a_compass_noun_is_the_place() -> None:
    found = _links(TIED, "Rains fell in the south of Al-Jazair this spring.")
    assert ("Al-Jazair", "loc:algeria") in found


def test_tied_word_in_no_place_slot_stays_unlinked() -> None:
    found = _links(TIED, "Al-Jazair said on Monday that the talks had failed.")
    assert ("Al-Jazair", "loc:algeria") not in found


def test_place_one_word_short_takes_no_tie() -> None:
    records = [
        Record("loc:noor-park", "LOC", "Al-Noor Park", "حديقة النور"),
        Record("org:noor-mosque", "ORG", "Al-Noor Mosque", "مسجد النور"),
        Record("org:noor-university", "ORG", "Al-Noor University", "جامعة النور"),
    ]
    found = _links(records, "He taught the reciters in the Al-Noor for twenty years.")
    assert ("Al-Noor", "loc:noor-park") not in found


# --- dash_heads -------------------------------------------------------------------------------


def test_dash_heads() -> None:
    text = "A headline here\n\nBinghazi - The centre said.\nBani Walid - The council met.\n"
    assert [text[a:b] for a, b in dash_heads(text)] == ["Binghazi", "Bani Walid"]
    assert dash_heads("TRIPOLI - The council met.") == []  # all caps: dateline_heads'
    assert dash_heads("He said - The end.") == []  # a sentence, not a line of capitals


def test_translated_dateline_town_linked() -> None:
    records = [Record("loc:benghazi", "LOC", "Benghazi", "بنغازي")]
    text = "Locusts reach the south\n\nBinghazi - The authorities announced on Thursday an alert."
    assert ("Binghazi", "loc:benghazi") in _links(records, text)


# --- owner_prefix -----------------------------------------------------------------------------

UN = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record("org:fao", "ORG", "Food and Agriculture Organization", "منظمة الأغذية والزراعة"),
    Record("org:who", "ORG", "World Health Organization", "منظمة الصحة العالمية"),
]


def test_owner_acronym_taken_into_the_organ() -> None:
    found = _links(UN, "Officials met the U.N. World Health Organization in Geneva.")
    assert ("U.N. World Health Organization", "org:who") in found
    assert not any(eid == "org:un" for _, eid in found)


def test_acronym_before_a_title_stays() -> None:
    found = _links(UN, "The U.N. envoy met officials of the World Health Organization.")
    assert ("U.N.", "org:un") in found


def test_french_organ_around_its_parent_is_one_mention() -> None:
    text = (
        "Le projet est financé par l'Organisation des Nations unies pour l'alimentation et "
        "l'agriculture."
    )
    found = _links(UN, text)
    assert not any(eid == "org:un" for _, eid in found)
    assert any(eid == "org:fao" and t.startswith("Organisation") for t, eid in found)


# --- unknown_body_seat ------------------------------------------------------------------------


def test_seated_head_with_its_own_complement() -> None:
    records = [Record("loc:green-valley", "LOC", "Green Valley", "الوادي الأخضر")]
    text = "And the head of the Union of the Farmers of the Green Valley said the wells were dry."
    found = _links(records, text)
    assert ("Union of the Farmers of the Green Valley", None) in found
    assert ("Green Valley", "loc:green-valley") not in found


# --- gloss words and heads --------------------------------------------------------------------


def test_agricultural_bank_by_its_arabic_name_not_a_foreign_namesake() -> None:
    records = [
        Record("org:agbank", "ORG", None, "المصرف الزراعي"),
        Record("org:abc", "ORG", "Agricultural Bank of China", "البنك الزراعي الصيني"),
    ]
    found = _links(records, "Farmers queued at the Agricultural Bank in Gharyan for loans.")
    assert ("Agricultural Bank", "org:agbank") in found


def test_translated_fund_and_ministry_names() -> None:
    records = [
        Record("org:psf", "ORG", "Price Stabilization Fund (Libya)", "صندوق موازنة الأسعار"),
        Record(
            "org:agri",
            "ORG",
            "Ministry of Agriculture and Livestock (Libya)",
            "وزارة الزراعة والثروة الحيوانية",
        ),
    ]
    text = (
        "The Fund of the Stabilization of the Prices raised the subsidy, and the Ministry of the "
        "Agriculture and the Animal Wealth welcomed it."
    )
    found = _links(records, text)
    assert ("Fund of the Stabilization of the Prices", "org:psf") in found
    assert ("Ministry of the Agriculture and the Animal Wealth", "org:agri") in found


def test_water_resources_before_minister_is_a_title() -> None:
    records = [
        Record("org:mwr", "ORG", "Ministry of Water Resources (Libya)", "وزارة الموارد المائية")
    ]
    text = (
        "The wells were shut.\n\nWater Resources Minister Salem Omar said the supply would return."
    )
    assert not any(eid == "org:mwr" for _, eid in _links(records, text))


def test_executive_director_is_a_title_after_the_agency() -> None:
    records = [
        Record("org:unicef", "ORG", "UNICEF", "اليونيسف"),
        Record("per:jane-doe", "PER", "Jane Doe", "جين دو"),
    ]
    text = "Aid rose this year. UNICEF Executive Director Jane Doe said more was needed."
    found = _links(records, text)
    assert ("UNICEF", "org:unicef") in found
    assert ("Jane Doe", "per:jane-doe") in found
