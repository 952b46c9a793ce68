"""An acronym that opens the name linked right after it is one mention of that name
(normx.resolve.acronym_opened): "the U.N. Support Mission in Libya"."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_acronym_opens_the_mission_s_name() -> None:
    got = links("The deal was signed at the U.N. Support Mission in Libya in Tripoli.")
    assert ("U.N. Support Mission in Libya", "org:unsmil") in got
    assert not any(i == "org:un" for _, i in got)


def test_the_acronym_alone_is_the_parent() -> None:
    got = links("The U.N. envoy arrived in Tripoli on Monday.")
    assert ("U.N.", "org:un") in got


def _m(text: str, whole: str, mid: str | None, canonical: str | None, kind: str, method: str):
    from normx.resolve.document import Mention

    start = whole.index(text)
    return Mention(start, start + len(text), text, mid, canonical, kind, 0.9, method, {})


def test_the_acronym_joins_the_body_linked_after_it() -> None:
    from normx.resolve.acronym_opened import acronyms_opening

    text = "at the U.N. Support Mission in Libya today"
    mentions = (
        _m("U.N.", text, "org:un", "United Nations", "ORG", "acronym"),
        _m("Support Mission in Libya", text, "org:unsmil", RECORDS[1].canonical, "ORG", "fuzzy"),
    )
    got = acronyms_opening(text, mentions)
    assert [(m.text, m.id) for m in got] == [("U.N. Support Mission in Libya", "org:unsmil")]


def test_a_body_whose_name_does_not_open_with_the_acronym_s_stays_apart() -> None:
    from normx.resolve.acronym_opened import acronyms_opening

    text = "the U.N. Tripoli office"
    mentions = (
        _m("U.N.", text, "org:un", "United Nations", "ORG", "acronym"),
        _m("Tripoli", text, "loc:tripoli", "Tripoli", "LOC", "exact"),
    )
    assert acronyms_opening(text, mentions) == mentions


PANEL = Record(
    "org:panel", "ORG", "Panel of Experts on Chad", "فريق خبراء الأمم المتحدة المعني بتشاد"
)
OWN_PANEL = Record("org:panel", "ORG", "Panel of Experts on Chad", "فريق الخبراء المعني بتشاد")


def test_a_body_whose_arabic_name_holds_the_parent_s_is_opened_by_its_acronym() -> None:
    # the English name leaves the parent out; the Arabic name says it whole
    doc = Normalizer.from_records([*RECORDS, PANEL]).canonicalize(
        "Diplomats said the U.N. Panel of Experts had found new evidence in Tripoli."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert ("U.N. Panel of Experts", "org:panel") in got
    assert not any(i == "org:un" for _, i in got)


def test_a_body_whose_arabic_name_lacks_the_parent_s_is_not_joined() -> None:
    doc = Normalizer.from_records([*RECORDS, OWN_PANEL]).canonicalize(
        "Diplomats said the U.N. Panel of Experts had found new evidence in Tripoli."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert ("U.N.", "org:un") in got


US = Record("loc:us", "LOC", "United States", "الولايات المتحدة", aliases_en=("U.S.",))
EMBASSY = Record(
    "org:us-embassy",
    "ORG",
    "Embassy of the United States, Tripoli",
    "سفارة الولايات المتحدة في طرابلس",
)
OTHER_EMBASSY = Record(
    "org:it-embassy", "ORG", "Embassy of Italy, Tripoli", "سفارة إيطاليا في طرابلس"
)


def test_a_country_s_acronym_opens_its_body_by_the_arabic_name_too() -> None:
    """Not only a body's acronym ("U.N. Panel of Experts"): "the U.S. Embassy in Tripoli"
    is one mention of the embassy, whose Arabic name says the country's. Read only for a
    body's parent, "U.S." stayed a mention of the country beside the embassy."""
    records = [US, EMBASSY, RECORDS[2]]
    doc = Normalizer.from_records(records).canonicalize(
        "The U.S. Embassy in Tripoli said on Monday that talks resumed."
    )
    got = [(m.text, m.id) for m in doc.mentions]
    assert got == [("U.S. Embassy in Tripoli", "org:us-embassy")]


def test_a_country_s_acronym_opens_no_other_country_s_body() -> None:
    from normx.resolve.acronym_opened import acronyms_opening

    text = "at the U.S. Embassy in Tripoli today"
    mentions = (
        _m("U.S.", text, US.id, US.canonical, "LOC", "acronym"),
        _m("Embassy in Tripoli", text, OTHER_EMBASSY.id, OTHER_EMBASSY.canonical, "ORG", "fuzzy"),
    )
    names = {
        US.id: (("الولايات", "المتحدة"),),
        OTHER_EMBASSY.id: (("سفارة", "إيطاليا", "في", "طرابلس"),),
    }
    assert acronyms_opening(text, mentions, lambda i: names.get(i, ())) == mentions
