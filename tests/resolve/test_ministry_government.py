"""A ministry named by its government ("the Ministry of Foreign Affairs in the National Unity
Government"): every country's ministry of that name ties; the government after "in" says which
(normx.resolve.ministry_government)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
GNS = Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني")
TUNISIA = Record("loc:tunisia", "LOC", "Tunisia", "تونس")
MFA = [
    Record("org:mfa-libya", "ORG", "Ministry of Foreign Affairs (Libya)", "وزارة الخارجية الليبية"),
    Record("org:mfa-egypt", "ORG", "Ministry of Foreign Affairs (Egypt)", "وزارة الخارجية المصرية"),
    Record(
        "org:mfa-tunisia", "ORG", "Ministry of Foreign Affairs (Tunisia)", "وزارة الخارجية التونسية"
    ),
]
EAST = Record(
    "org:mfa-east",
    "ORG",
    "Ministry of Foreign Affairs (Government of National Stability)",
    "وزارة الخارجية بالحكومة الليبية",
)
links = pairs_for([GNU, GNS, TUNISIA, *MFA, EAST])


def test_the_government_after_in_says_whose_ministry() -> None:
    text = "On Friday the Ministry of Foreign Affairs in the Government of National Unity objected."
    found = links(text)
    assert ("Ministry of Foreign Affairs", "org:mfa-libya") in found
    assert ("Government of National Unity", "org:gnu") in found


def test_a_government_its_ministry_is_qualified_by() -> None:
    text = "The Ministry of Foreign Affairs in the Government of National Stability objected."
    assert ("Ministry of Foreign Affairs", "org:mfa-east") in links(text)


def test_a_country_after_in() -> None:
    text = "On Friday the Ministry of Foreign Affairs in Tunisia objected."
    assert ("Ministry of Foreign Affairs", "org:mfa-tunisia") in links(text)


def test_no_government_after_leaves_the_tie() -> None:
    found = links("On Friday the Ministry of Foreign Affairs objected.")
    assert not any(i and i.startswith("org:mfa") for _, i in found)
