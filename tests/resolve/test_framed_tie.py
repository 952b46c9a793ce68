"""A bare "Prosecution" tied between the frame's office and a foreign prosecution service is
the frame's (:mod:`normx.resolve.framed_tie`, with the gloss lexicon's "prosecution")."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

AGO = Record("org:ago-ly", "ORG", "Office of the Attorney General (Libya)", "مكتب النائب العام")
PP_EGYPT = Record("org:pp-egypt", "ORG", "Public Prosecution (Egypt)", "النيابة العامة (مصر)")
EGYPT = Record("loc:egypt", "LOC", "Egypt", "مصر")
GARABULLI = Record("loc:garabulli", "LOC", "Garabulli", "القره بوللي")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([AGO, PP_EGYPT, EGYPT, GARABULLI])


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_the_bare_prosecution_reaches_the_office_by_its_head() -> None:
    # the gloss: النيابة is headed by النائب العام, whose office Libya's gazetteer names
    nz = Normalizer.from_records([AGO, GARABULLI])
    found = nz.match("Prosecution")
    assert found and found[0].id == "org:ago-ly"


def test_a_tie_with_a_foreign_service_goes_to_the_frame_s_office(nz: Normalizer) -> None:
    text = "Two smugglers arrested off Garabulli were referred to the Prosecution on Monday."
    assert _links(nz, text).get("Prosecution") == "org:ago-ly"


def test_a_document_naming_the_country_near_the_word_keeps_the_tie(nz: Normalizer) -> None:
    text = "Two smugglers were referred to the Egyptian Prosecution on Monday."
    assert _links(nz, text).get("Egyptian Prosecution", "absent") != "org:ago-ly"
    assert _links(nz, text).get("Prosecution", "absent") != "org:ago-ly"


def test_a_story_about_the_country_keeps_the_tie(nz: Normalizer) -> None:
    text = (
        "Egypt arrested two smugglers. Egypt said they were referred to the Prosecution, "
        "and Egyptian officials said Egypt would ask for more."
    )
    assert _links(nz, text).get("Prosecution") != "org:ago-ly"
