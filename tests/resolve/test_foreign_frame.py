"""A foreign body named without its country, in a document that never names that country, is
not meant (:mod:`normx.resolve.foreign_frame`)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

PP_EGYPT = Record("org:pp-egypt", "ORG", "Public Prosecution (Egypt)", "النيابة العامة (مصر)")
CAA_EGYPT = Record(
    "org:ecaa", "ORG", "Egyptian Civil Aviation Authority", "سلطة الطيران المدني المصري"
)
NSC_LY = Record("org:nsc-ly", "ORG", None, "اللجنة الأمنية الوطنية")
NSC_EG = Record(
    "org:nsc-eg", "ORG", "National Security Committee (Egypt)", "لجنة الأمن القومي (مصر)"
)
EGYPT = Record("loc:egypt", "LOC", "Egypt", "مصر")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
EU = Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([PP_EGYPT, CAA_EGYPT, EGYPT, TRIPOLI, EU])


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_an_unnamed_country_s_body_is_not_linked(nz: Normalizer) -> None:
    text = (
        "Tripoli - The Public Prosecution ordered the imprisonment of two officials, and the "
        "Civil Aviation Authority closed the airport. The Prosecution said more would follow."
    )
    links = _links(nz, text)
    assert links.get("Public Prosecution", "absent") is None
    assert links.get("Civil Aviation Authority", "absent") is None
    assert links.get("Prosecution") is None  # no foreign antecedent for the repeat
    assert links.get("Tripoli") == "loc:tripoli"


@pytest.mark.parametrize(
    "where", ["in Egypt", "in the Egyptian capital", "with Egyptians", "in Cairo, Egypt"]
)
def test_a_document_that_names_the_country_keeps_the_link(nz: Normalizer, where: str) -> None:
    text = f"The Public Prosecution ordered the imprisonment of two officials {where}."
    assert _links(nz, text).get("Public Prosecution") == "org:pp-egypt"


def test_peoples_and_regions_are_no_country(nz: Normalizer) -> None:
    text = "Tripoli - The European Union said it would help."
    assert _links(nz, text).get("European Union") == "org:eu"


def test_the_frame_s_body_the_gloss_reaches_takes_the_link() -> None:
    nz = Normalizer.from_records([NSC_LY, NSC_EG, EGYPT, TRIPOLI])
    text = "Tripoli - The National Security Committee ordered the arrest."
    assert _links(nz, text).get("National Security Committee") == "org:nsc-ly"
    text = "Cairo, Egypt - The National Security Committee ordered the arrest."
    assert _links(nz, text).get("National Security Committee") == "org:nsc-eg"


def test_a_town_s_qualifier_marks_no_country() -> None:
    shura = Record("org:shura-bg", "ORG", "Shura Council of Revolutionaries (Benghazi)", None)
    benghazi = Record("loc:benghazi", "LOC", "Benghazi", "بنغازي")
    nz = Normalizer.from_records([shura, benghazi, TRIPOLI, EGYPT])
    text = "Tripoli - The Shura Council of Revolutionaries rejected the truce."
    assert _links(nz, text).get("Shura Council of Revolutionaries") == "org:shura-bg"
