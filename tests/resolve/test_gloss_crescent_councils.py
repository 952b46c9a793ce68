"""Gloss lexicon words machine translation uses for Libyan names: "Crescent" (الهلال: the Oil
Crescent, "Petroleum Crescent") and the broken plural "Councils" (مجالس), which no plural "s"
rule reaches from "council" (مجلس)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:oil-crescent", "LOC", "Oil Crescent", "الهلال النفطي"),
    Record(
        "org:ccmce",
        "ORG",
        "Central Committee for Municipal Council Elections",
        "اللجنة المركزية لانتخابات المجالس البلدية",
    ),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_crescent():
    assert _links("Guards closed the ports of the Petroleum Crescent on Monday.") == [
        ("Petroleum Crescent", "loc:oil-crescent")
    ]


def test_councils():
    text = (
        "It took the file over from the Central Committee for the Elections of the "
        "Municipal Councils."
    )
    assert [link for _, link in _links(text)] == ["org:ccmce"]
