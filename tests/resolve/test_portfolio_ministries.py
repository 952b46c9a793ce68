"""Ministries, authorities and companies named by their portfolio (session 13, inst13).

Hand-written gazetteers: the Libyan body under its own Arabic name (the GNU ministry list's
style, some with no English name at all), the same portfolio's foreign namesakes qualified by
country, as the article sets' distractors are.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.portfolio_names import kind_words_only
from normx.resolve.rival_government import other_government

LIBYA_FIN = Record("org:mof-ly", "ORG", "Ministry of Finance (Libya)", "وزارة المالية")
EGYPT_FIN = Record("org:mof-eg", "ORG", "Ministry of Finance (Egypt)", "وزارة المالية المصرية")
LOCAL_GOV = Record("org:mlg-ly", "ORG", None, "وزارة الحكم المحلي")
HIGHER_ED = [
    Record(
        "org:mohe-ly",
        "ORG",
        "Ministry of Higher Education and Scientific Research (Libya)",
        "وزارة التعليم العالي والبحث العلمي",
    ),
    Record(
        "org:mohe-tn",
        "ORG",
        "Ministry of Higher Education and Scientific Research (Tunisia)",
        "وزارة التعليم العالي والبحث العلمي (تونس)",
    ),
]
TOURISM = [
    Record(
        "org:tour-ly",
        "ORG",
        "Ministry of Tourism and Handicrafts (Libya)",
        "وزارة السياحة والصناعات التقليدية",
    ),
    Record(
        "org:tour-eg", "ORG", "Ministry of Tourism and Antiquities (Egypt)", "وزارة السياحة والآثار"
    ),
]
ANTIQUITIES = Record("org:doa-ly", "ORG", "Department of Antiquities (Libya)", "مصلحة الآثار")
AWQAF = Record("org:awqaf-ly", "ORG", None, "الهيئة العامة للأوقاف والشؤون الإسلامية")
CENTRAL_BANK = Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي")
GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
ECONOMY = Record(
    "org:moe-ly", "ORG", "Ministry of Economy and Trade (Libya)", "وزارة الاقتصاد والتجارة"
)
ZAWIYA_U = Record("org:zu", "ORG", "University of Zawiya", "جامعة الزاوية")
SEBHA_U = Record("org:su", "ORG", "Sebha University", "جامعة سبها")
PERSON = Record("per:toumi", "PER", "Badr Eddin al-Toumi", "بدر الدين التومي")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [
            LIBYA_FIN,
            EGYPT_FIN,
            LOCAL_GOV,
            *HIGHER_ED,
            *TOURISM,
            ANTIQUITIES,
            AWQAF,
            CENTRAL_BANK,
            GNU,
            ECONOMY,
            ZAWIYA_U,
            SEBHA_U,
            PERSON,
        ]
    )


def linked(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_a_portfolio_gloss_reaches_the_libyan_ministry(nz: Normalizer) -> None:
    # Egypt's namesake spells the name but for its qualifier; Libya's is reached by its gloss
    assert ("Ministry of Finance", "org:mof-ly") in linked(
        nz, "The file went to the Ministry of Finance on Monday."
    )


def test_a_sector_gloss_reaches_an_authority_named_otherwise(nz: Normalizer) -> None:
    assert ("Antiquities Authority", "org:doa-ly") in linked(
        nz, "The Antiquities Authority opened the site."
    )


def test_a_qualifier_in_arabic_marks_the_foreign_namesake(nz: Normalizer) -> None:
    found = linked(nz, "He wrote to the Ministry of Higher Education on Monday.")
    assert any(i == "org:mohe-ly" for _, i in found)


def test_a_qualifier_in_english_marks_the_foreign_namesake(nz: Normalizer) -> None:
    # the Egyptian ministry's Arabic name says no country; its English qualifier does
    found = linked(nz, "The government called the Ministry of Tourism to act.")
    assert ("Ministry of Tourism", "org:tour-ly") in found


def test_a_ministry_then_another_body_after_and(nz: Normalizer) -> None:
    found = linked(nz, "It addressed the Ministry of Finance and the Central Bank in this regard.")
    assert ("Ministry of Finance", "org:mof-ly") in found
    assert ("Central Bank", "org:cbl") in found


def test_a_ministry_of_its_government(nz: Normalizer) -> None:
    found = linked(nz, "The Ministry of Local Government of the Unity Government said so.")
    assert ("Ministry of Local Government", "org:mlg-ly") in found
    assert any(i == "org:gnu" for _, i in found)


def test_no_lead_swallows_the_next_body(nz: Normalizer) -> None:
    found = linked(nz, "The strike includes the University of Zawiya and the University of Sebha.")
    assert ("University of Zawiya", "org:zu") in found
    assert ("University of Sebha", "org:su") in found


def test_the_eastern_governments_ministry_stays_unlinked(nz: Normalizer) -> None:
    text = (
        "The municipality addressed the Ministry of Local Government in the eastern "
        "government three times. The Ministry of Finance of the government headed by "
        "Osama Hammad denied it."
    )
    found = linked(nz, text)
    assert ("Ministry of Local Government", None) in found
    assert all(i != "org:mof-ly" and i != "org:mlg-ly" for _, i in found)


def test_the_tripoli_ministry_beside_it_still_links(nz: Normalizer) -> None:
    text = (
        "The Ministry of Local Government of the eastern government denied it. In Tripoli, "
        "the Ministry of Local Government said the salaries were paid."
    )
    ids = [i for _, i in linked(nz, text)]
    assert ids.count("org:mlg-ly") == 1


def test_a_ministers_portfolio_is_no_mention_of_the_ministry(nz: Normalizer) -> None:
    text = "The Minister of Local Government, Badr Eddin al-Toumi, visited Gharyan."
    assert all(i != "org:mlg-ly" for _, i in linked(nz, text))


def test_a_lower_case_portfolio_phrase_names_a_kind(nz: Normalizer) -> None:
    text = "Officials visited Tripoli, according to Libya's economy ministry."
    assert all(i != "org:moe-ly" for _, i in linked(nz, text))


@pytest.mark.parametrize(
    ("tail", "before", "expected"),
    [
        (" in the eastern government three times", "", True),
        (" of the government headed by Osama Hamad.", "", True),
        (" of the Benghazi-based government said", "", True),
        (" said", "the Hammad government's ", True),
        (" of the Government of National Unity", "", False),
        (" said, while the eastern government denied it", "", False),  # another clause
        # word-for-word MT's "the" inside the name, and the region the ministry is "in"
        (" in the Government of the National Stability denied it", "", True),
        (" of the Government of the Stability reached its stores", "", True),
        (" in the east denies the spread of cholera", "", True),
        (" in the Government of the National Unity said", "", False),
        (" sent teams to the east", "", False),
        (" said on Tuesday in a statement", "", False),
    ],
)
def test_other_government_reads_the_words_beside(tail: str, before: str, expected: bool) -> None:
    text = f"{before}Ministry of Finance{tail}"
    start = len(before)
    assert (
        other_government(text, start, start + len("Ministry of Finance"), region=True) is expected
    )


def test_the_east_is_the_other_governments_for_a_ministry_only(nz: Normalizer) -> None:
    text = (
        "The Ministry of Finance in the east denied it, and the Department of Antiquities in "
        "the east said the site was safe."
    )
    ids = [i for _, i in linked(nz, text)]
    assert "org:mof-ly" not in ids
    assert "org:doa-ly" in ids


def test_an_authority_of_the_other_government_is_not_tripolis(nz: Normalizer) -> None:
    # one Arabic name, two bodies: each government appoints its own Awqaf authority, so one
    # placed with the eastern government, by its name or its region, is not the Tripoli record
    text = (
        "The chairman of the Awqaf Authority in the interim government said the committee "
        "will meet. The General Authority of Awqaf in the east circulated a sermon. In "
        "Tripoli, the General Authority of Awqaf announced the start of Ramadan."
    )
    tripoli = text.index("In Tripoli")
    mentions = nz.canonicalize(text).mentions
    east = [m for m in mentions if m.start < tripoli and "Awqaf" in m.text]
    west = [m for m in mentions if m.start > tripoli and "Awqaf" in m.text]
    assert len(east) == 2 and all(m.id is None for m in east)
    assert [m.id for m in west] == ["org:awqaf-ly"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("economy ministry", True),
        ("Libyan customs authority", True),
        ("higher education ministry", True),
        ("reconciliation government", False),
        ("ministry", True),
        ("finance", False),  # no head: a portfolio alone
    ],
)
def test_kind_words_only(query: str, expected: bool) -> None:
    assert kind_words_only(query) is expected
