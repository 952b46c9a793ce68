"""'The Minister of Health ... said that the Ministry ...': the ministry is the minister's."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.minister_ministry import title_portfolios

RECORDS = [
    Record("org:moh", "ORG", "Ministry of Health (Libya)", "وزارة الصحة"),
    Record("org:mof", "ORG", "Ministry of Finance (Libya)", "وزارة المالية"),
    Record("per:abujanah", "PER", "Ramadan Abu Janah", "رمضان أبو جناح"),
]

_links = pairs_for(RECORDS, linked_only=True)

TEXT = (
    "The budget given by the Ministry of Finance does not cover the needs. "
    "The Minister of Health, Ramadan Abu Janah, said that the Ministry will distribute "
    "the medicines. Later the Ministry of Health published the lists."
)


def test_title_portfolios() -> None:
    assert title_portfolios("The Minister of Health in the Government, X, said that the") == {
        "health"
    }
    assert title_portfolios("Higher Education Minister X said") == {"higher education"}
    assert title_portfolios("The Prime Minister said") == set()
    assert title_portfolios("The Minister of Health and the Finance Minister said") == {
        "health",
        "finance",
    }


def test_the_ministry_is_the_ministers_own() -> None:
    found = _links(TEXT)
    assert ("Ministry", "org:moh") in found
    assert ("Ministry", "org:mof") not in found


def test_without_a_title_the_last_ministry_named() -> None:
    found = _links(
        "The budget given by the Ministry of Finance does not cover the needs, and the "
        "Ministry said it will pay. Later the Ministry of Health published the lists."
    )
    assert ("Ministry", "org:mof") in found
