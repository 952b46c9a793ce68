"""A phrase that names a kind of body ("Justice Ministry") takes no one country's body of that
kind; the words translated names of operations, NGOs and companies are made of are glossed.

The records are written here by hand (Arabic names as the bodies write them); none of the
phrases matched is one of their names or aliases.
"""

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt.gloss import KIND_CAP, GlossMatcher
from normx.mt.lexicon import read_lexicon_data, validate

US_DOJ = Record("org:us-doj", "ORG", "United States Department of Justice", "وزارة العدل الأمريكية")
LY_MOJ = Record("org:ly-moj", "ORG", "Ministry of Justice (Libya)", "وزارة العدل الليبية")
INTERIOR = Record("org:ly-moi", "ORG", "Ministry of Interior", "وزارة الداخلية")
TR_MFA = Record(
    "org:tr-mfa", "ORG", "Ministry of Foreign Affairs (Turkey)", "وزارة الخارجية التركية"
)
AFRICOM = Record(
    "org:africom", "ORG", "United States Africa Command", "القيادة الأمريكية في أفريقيا"
)
HOR = Record("org:hor", "ORG", "House of Representatives", "مجلس النواب")
MSF = Record("org:msf", "ORG", "Médecins Sans Frontières", "أطباء بلا حدود")
VOLCANO = Record("org:volcano", "ORG", "Operation Volcano of Rage", "عملية بركان الغضب")
REFINERY = Record("org:zawiya-refining", "ORG", None, "شركة الزاوية لتكرير النفط")
PLACES = (
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
)


def _matcher(*records: Record) -> GlossMatcher:
    return GlossMatcher(NameIndex.build((*records, *PLACES)))


def _ids(matcher: GlossMatcher, phrase: str) -> list[str]:
    return [c.id for c in matcher.match(phrase)]


@pytest.mark.parametrize(
    "phrase", ["Justice Ministry", "Ministry of Justice", "the Justice Ministry"]
)
def test_a_kind_of_body_is_not_another_country_s_body(phrase: str) -> None:
    """Every word but the country is in وزارة العدل الأمريكية: the country is the difference."""
    assert _ids(_matcher(US_DOJ), phrase) == []
    found = _matcher(US_DOJ).match(phrase, min_score=0.0, explain=True)
    assert found and found[0].score == KIND_CAP
    assert any("kind of body" in c for c in found[0].explain["score components"]["costs"])


def test_a_kind_of_body_goes_to_the_frame_country_s_body() -> None:
    # Libya, the frame of every body of the gazetteers, goes without saying (weak_arabic)
    assert _ids(_matcher(US_DOJ, LY_MOJ), "Justice Ministry") == ["org:ly-moj"]
    assert _ids(_matcher(TR_MFA), "Foreign Ministry") == []
    assert _ids(_matcher(TR_MFA), "Ministry of Foreign Affairs") == []


def test_the_country_said_links_its_body() -> None:
    assert _ids(_matcher(US_DOJ, LY_MOJ), "American Ministry of Justice")[0] == "org:us-doj"
    assert _ids(_matcher(TR_MFA), "Turkish Foreign Ministry") == ["org:tr-mfa"]


def test_a_foreign_country_word_is_not_excused_from_a_kind_of_body() -> None:
    """The scorer excuses a place at the phrase's edge ("Tobruk Parliament": the seat); a
    foreign country's word before a kind of body names that country's body instead."""
    interior = _matcher(INTERIOR)
    assert _ids(interior, "Interior Ministry") == ["org:ly-moi"]
    assert _ids(interior, "Libyan Interior Ministry") == ["org:ly-moi"]
    assert _ids(interior, "Egyptian Interior Ministry") == []
    hor = _matcher(HOR)
    assert _ids(hor, "Tobruk Parliament") == ["org:hor"]  # a town: the body's seat
    assert _ids(hor, "Turkish Parliament") == []


def test_a_name_with_more_than_a_kind_keeps_its_country_optional() -> None:
    # "Africa" is no generic word nor portfolio: the phrase names this command, not a kind
    assert _ids(_matcher(AFRICOM), "Africa Command") == ["org:africom"]


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("Doctors Without Borders", "org:msf"),  # أطباء بلا حدود
        ("Volcano of Wrath", "org:volcano"),  # الغضب: rage, anger, wrath
        ("Volcano of Fury", "org:volcano"),
        ("Al-Zawiya Oil Refining Company", "org:zawiya-refining"),  # لتكرير: ل folded
    ],
)
def test_translated_names_of_operations_ngos_and_companies(phrase: str, expected: str) -> None:
    matcher = _matcher(MSF, VOLCANO, REFINERY, US_DOJ)
    assert _ids(matcher, phrase)[:1] == [expected]


def test_portfolios_are_an_optional_list_of_english_words() -> None:
    data = read_lexicon_data()
    assert "justice" in data["portfolios"] and "interior" in data["portfolios"]
    without = {k: v for k, v in data.items() if k != "portfolios"}
    assert validate(without) == []
    bad = {**data, "portfolios": ["عدل"]}
    assert validate(bad) == ["portfolios: 'عدل': wrong script"]
