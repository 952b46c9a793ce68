"""A Libyan text's bare name of a body every state has is Libya's, even when the text names the
foreign country elsewhere (:mod:`normx.resolve.foreign_frame`, :mod:`normx.resolve.country_frame`,
:mod:`normx.resolve.place_body_kind`, :mod:`normx.resolve.title_modifier`)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

PP_EGYPT = Record("org:pp-egypt", "ORG", "Public Prosecution (Egypt)", "النيابة العامة (مصر)")
AG_LIBYA = Record(
    "org:ag-libya", "ORG", "Office of the Attorney General (Libya)", "مكتب النائب العام"
)
PP_LIBYA = Record("org:pp-libya", "ORG", "Public Prosecution (Libya)", "مكتب النائب العام")
ACA_LIBYA = Record(
    "org:aca-libya", "ORG", "Administrative Control Authority (Libya)", "هيئة الرقابة الإدارية"
)
ACA_EGYPT = Record(
    "org:aca-egypt",
    "ORG",
    "Administrative Control Authority (Egypt)",
    "هيئة الرقابة الإدارية (مصر)",
)
EGYPT = Record("loc:egypt", "LOC", "Egypt", "مصر")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
CAIRO = Record("loc:cairo", "LOC", "Cairo", "القاهرة")


def _mentions(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return dict(_mentions(nz, text))


@pytest.fixture(scope="module")
def prosecution() -> Normalizer:
    return Normalizer.from_records([PP_EGYPT, AG_LIBYA, EGYPT, TRIPOLI, CAIRO])


LIBYAN_TEXT = (
    "Tripoli - Libyan students in Malaysia, Turkey and Egypt complained of delays, and the "
    "Libyan government said that the Public Prosecution is investigating a forgery case."
)


def test_the_frame_s_body_takes_the_bare_name_though_the_country_is_named(
    prosecution: Normalizer,
) -> None:
    assert _links(prosecution, LIBYAN_TEXT).get("Public Prosecution") == "org:ag-libya"


@pytest.mark.parametrize("before", ["the Egyptian", "Egypt's"])
def test_the_country_said_right_before_keeps_the_foreign_body(
    prosecution: Normalizer, before: str
) -> None:
    text = LIBYAN_TEXT.replace("that the Public", f"that {before} Public")
    links = _links(prosecution, text)
    assert links.get("Public Prosecution") == "org:pp-egypt"


def test_a_story_about_the_foreign_country_keeps_its_body(prosecution: Normalizer) -> None:
    text = (
        "Cairo - The Egyptian government said that Egypt will try the officials, and the "
        "Public Prosecution is investigating. Egyptians protested; Libyan workers left."
    )
    assert _links(prosecution, text).get("Public Prosecution") == "org:pp-egypt"


def test_a_frame_body_qualified_by_libya_is_no_kind_of_place_body(prosecution: Normalizer) -> None:
    # "(Libya)" is the frame, not a place that tells one public prosecution from another:
    # the gloss link stands in a text that never writes "Libya"
    text = "Tripoli - The Public Prosecution said the minister was detained."
    assert _links(prosecution, text).get("Public Prosecution") == "org:ag-libya"


def test_a_tie_of_namesakes_goes_to_the_one_no_foreign_country_qualifies() -> None:
    nz = Normalizer.from_records([ACA_LIBYA, ACA_EGYPT, EGYPT, LIBYA, TRIPOLI, CAIRO])
    text = (
        "Tripoli - The minister referred the matter to the Administrative Control Authority. "
        "Patients are treated in Libya, Egypt and Tunisia, mostly in Cairo."
    )
    assert _links(nz, text).get("Administrative Control Authority") == "org:aca-libya"


def test_an_ordinary_word_before_a_title_is_no_name() -> None:
    nz = Normalizer.from_records([PP_EGYPT, PP_LIBYA, TRIPOLI])
    text = (
        "The Public Prosecutor orders the imprisonment of the minister. Tripoli - The Public "
        "Prosecutor ordered on Sunday the imprisonment of the minister. The Public Prosecution "
        "Office said in a statement that the investigation revealed negligence."
    )
    mentions = _mentions(nz, text)
    assert all(m_id is None for t, m_id in mentions if t == "Public")
    assert dict(mentions).get("Public Prosecution Office") == "org:pp-libya"


AWQAF_LIBYA = Record("org:awqaf-libya", "ORG", None, "الهيئة العامة للأوقاف والشؤون الإسلامية")
AWQAF_UAE = Record(
    "org:awqaf-uae",
    "ORG",
    "General Authority of Islamic Affairs and Endowments",
    "الهيئة العامة للشؤون الإسلامية والأوقاف",
)
AWQAF_EGYPT = Record("org:awqaf-egypt", "ORG", "Ministry of Awqaf (Egypt)", "وزارة الأوقاف المصرية")


@pytest.fixture(scope="module")
def awqaf() -> Normalizer:
    return Normalizer.from_records([AWQAF_LIBYA, AWQAF_UAE, AWQAF_EGYPT, EGYPT, TRIPOLI])


def test_the_body_whose_arabic_keeps_the_span_s_order_takes_it(awqaf: Normalizer) -> None:
    text = (
        "Tripoli - The General Authority of Endowments and Islamic Affairs in Tripoli "
        "announced the prayer times."
    )
    links = _links(awqaf, text)
    assert links.get("General Authority of Endowments and Islamic Affairs") == "org:awqaf-libya"


def test_the_name_in_its_own_order_stays_the_named_body_s(awqaf: Normalizer) -> None:
    text = "Abu Dhabi - The General Authority of Islamic Affairs and Endowments announced Eid."
    links = _links(awqaf, text)
    assert links.get("General Authority of Islamic Affairs and Endowments") == "org:awqaf-uae"


def test_a_word_of_the_frame_s_linked_body_is_not_a_foreign_namesake(awqaf: Normalizer) -> None:
    text = (
        "Tripoli - The General Authority of Endowments and Islamic Affairs in Tripoli "
        "announced the prayer times for Libyans, while the Egyptian authorities disagreed. "
        "Worshippers gathered, and the Awqaf said that the mosque's restoration was completed."
    )
    assert _links(awqaf, text).get("Awqaf") == "org:awqaf-libya"


SAUDI = Record("loc:saudi-arabia", "LOC", "Saudi Arabia", "المملكة العربية السعودية")
UK = Record("loc:united-kingdom", "LOC", "United Kingdom", "المملكة المتحدة")
BRITAIN = Record("loc:britain", "LOC", "Britain", "بريطانيا")


@pytest.fixture(scope="module")
def kingdoms() -> Normalizer:
    return Normalizer.from_records([SAUDI, UK, TRIPOLI])


def test_the_kingdom_is_the_document_s_kingdom(kingdoms: Normalizer) -> None:
    text = (
        "Tripoli - The committee in the east followed the Kingdom of Saudi Arabia and announced "
        'the Eid. A researcher said that "the Kingdom has a great influence" in the east.'
    )
    ids = _mentions(kingdoms, text)
    assert ("Kingdom", "loc:united-kingdom") not in ids
    assert ("Kingdom", "loc:saudi-arabia") in ids
    assert ("Saudi Arabia", "loc:saudi-arabia") in ids


def test_the_kingdom_is_britain_in_a_text_about_britain(kingdoms: Normalizer) -> None:
    text = (
        "Tripoli - Patients were sent to the United Kingdom for treatment, and the Kingdom "
        "agreed to take more."
    )
    links = _mentions(kingdoms, text)
    assert ("Kingdom", "loc:united-kingdom") in links


def test_the_kingdom_with_no_kingdom_named_links_nothing(kingdoms: Normalizer) -> None:
    text = 'Tripoli - A researcher said that "the Kingdom has a great influence" in the east.'
    links = _mentions(kingdoms, text)
    assert all(m_id is None for t, m_id in links if t == "Kingdom")
