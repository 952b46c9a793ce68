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
