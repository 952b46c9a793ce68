"""'Higher Education Minister X' names the minister's office, not the ministry."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:mohe",
        "ORG",
        "Ministry of Higher Education and Scientific Research (Libya)",
        "وزارة التعليم العالي والبحث العلمي",
    ),
    Record("per:qib", "PER", "Imran al-Qib", "عمران القيب"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_portfolio_before_minister_is_no_ministry() -> None:
    found = _links("Higher Education Minister Imran al-Qib said the lists were sent.")
    assert ("Imran al-Qib", "per:qib") in found
    assert all(i != "org:mohe" for _, i in found)


def test_the_ministry_itself_stays() -> None:
    found = _links("The Ministry of Higher Education said the lists were sent.")
    assert ("Ministry of Higher Education", "org:mohe") in found


ENERGY = Record(
    "org:reaol", "ORG", "Renewable Energy Authority of Sahla", "جهاز الطاقات المتجددة بسهلة"
)


def test_a_second_portfolio_of_a_minister_is_no_body() -> None:
    found = pairs_for([*RECORDS, ENERGY], linked_only=True)(
        "And the Minister of the Electricity and the Renewable Energy, Imran al-Qib, said "
        "the station was ready."
    )
    assert ("Imran al-Qib", "per:qib") in found
    assert all(i != "org:reaol" for _, i in found)


def test_the_authority_named_after_a_minister_stays() -> None:
    found = pairs_for([*RECORDS, ENERGY], linked_only=True)(
        "The Minister of Oil met the Renewable Energy Authority on Monday."
    )
    assert ("Renewable Energy Authority", "org:reaol") in found


_STATE = pairs_for(
    [
        Record(
            "org:mscpa",
            "ORG",
            "Ministry of State for Communication and Political Affairs (Libya)",
            "وزارة الدولة لشؤون الاتصال والشؤون السياسية",
        ),
        Record("per:lafi", "PER", "Walid Ellafi", "وليد اللافي"),
    ],
    linked_only=True,
)


def test_political_affairs_after_a_minister_of_state_is_his_office() -> None:
    found = _STATE(
        "The Minister of State for the Affairs of the Communication and the Political Affairs, "
        "Walid Al-Lafi, said the arrest was legal."
    )
    assert ("Walid Al-Lafi", "per:lafi") in found
    assert all(i != "org:mscpa" for _, i in found)


def test_only_a_title_stands_between_minister_of_and_the_second_portfolio() -> None:
    """Only the minister's title sits between "Minister of" and "and" (capitalised words and
    a title's function words): in "the Minister of Oil visited Sahla and the Health ..." the
    sentence's own words come first, and "Health" is not his second portfolio (session 26:
    the pattern read any 60 characters there)."""
    from normx.resolve.portfolio_minister import _SECOND

    assert _SECOND.search("the Minister of Oil visited Sahla and the ") is None
    assert _SECOND.search("said the Minister for Oil, and the ") is None
    assert _SECOND.search("the Minister of the Electricity and the ") is not None
    assert _SECOND.search("the Minister of Oil and Gas and ") is not None
    office = "The Minister of State for the Affairs of the Communication and the "
    assert _SECOND.search(office) is not None
