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


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


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
    doc = nz.canonicalize(text)
    assert all(m.text != "Public" or m.id is None for m in doc.mentions)
    assert {m.text: m.id for m in doc.mentions}.get("Public Prosecution Office") == "org:pp-libya"
