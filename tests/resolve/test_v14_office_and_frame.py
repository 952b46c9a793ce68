"""A minister's office is not the ministry (:mod:`normx.resolve.minister_office`); Libya, the
gazetteers' frame, decides a tie between Libya's body and a foreign namesake whose country the
text leaves unsaid (:mod:`normx.resolve.country_frame`); "the Al-Azhar" after "Al-Azhar
University" is the university (:mod:`normx.resolve.article_word`)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.country_frame import framed_choice
from normx.resolve.minister_office import is_ministry, ministries_dropped, names_an_office

JUSTICE = Record("org:moj", "ORG", "Ministry of Justice (Libya)", "وزارة العدل")
HEALTH = Record(
    "org:moh", "ORG", "Ministry of Health (Libya)", "وزارة الصحة الليبية", ("Ministry of Health",)
)
GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
IFTA_LY = Record("org:ifta-ly", "ORG", None, "دار الإفتاء الليبية")
IFTA_EG = Record("org:ifta-eg", "ORG", "Dar al-Ifta al-Misriyyah", "دار الإفتاء المصرية")
AZHAR_U = Record("org:azhar-u", "ORG", "Al-Azhar University", "جامعة الأزهر")
AZHAR_M = Record("org:azhar-m", "ORG", "Al-Azhar Mosque", "الجامع الأزهر")
CAIRO = Record("loc:cairo", "LOC", "Cairo", "القاهرة")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [JUSTICE, HEALTH, GNU, IFTA_LY, IFTA_EG, AZHAR_U, AZHAR_M, CAIRO, LIBYA]
    )


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


@pytest.mark.parametrize(
    "phrase",
    [
        "Minister of Justice",
        "Deputy Minister of Health",
        "Acting Minister for Health",
        "Justice Minister",
        "Labor Minister",
    ],
)
def test_an_office_phrase_is_recognised(phrase: str) -> None:
    assert names_an_office(phrase)


@pytest.mark.parametrize("phrase", ["Ministry of Justice", "Justice Ministry", "Minister"])
def test_other_phrases_are_no_office(phrase: str) -> None:
    assert not names_an_office(phrase)


def test_only_ministries_are_dropped_after_an_office() -> None:
    ministry = Candidate(
        "org:moj", "Ministry of Justice (Libya)", "ORG", 0.97, "وزارة العدل", "gloss", {}
    )
    gov = Candidate(
        "org:gnu",
        "Government of National Unity",
        "ORG",
        0.9,
        "Government of National Unity",
        "fuzzy",
        {},
    )
    assert is_ministry(ministry) and not is_ministry(gov)
    assert ministries_dropped("Minister of the Government of National Unity", [ministry, gov]) == [
        gov
    ]
    assert ministries_dropped("Ministry of Justice", [ministry, gov]) == [ministry, gov]


def test_the_minister_of_health_is_no_link_to_the_ministry() -> None:
    nz = Normalizer.from_records([HEALTH, CAIRO, LIBYA])
    found = _links(nz, "The Minister of Health visited Cairo.")
    assert ("Cairo", "loc:cairo") in found
    assert all(link != "org:moh" for _, link in found)


def test_the_labor_minister_is_no_link_to_the_ministry() -> None:
    labour = Record("org:mol", "ORG", "Ministry of Labour (Libya)", "وزارة العمل")
    nz = Normalizer.from_records([labour, CAIRO, LIBYA])
    found = _links(nz, "The Labor Minister flew to Cairo.")
    assert ("Cairo", "loc:cairo") in found
    assert all(link != "org:mol" for _, link in found)


def test_the_ministers_government_is_still_named(nz: Normalizer) -> None:
    found = _links(nz, "He is the Minister of Justice of the Government of National Unity.")
    assert ("Government of National Unity", "org:gnu") in found
    assert all(link != "org:moj" for _, link in found)


def test_a_bare_body_name_is_libyas_when_the_foreign_one_needs_its_country(
    nz: Normalizer,
) -> None:
    found = _links(nz, "In Tripoli, the Dar al-Ifta issued a fatwa on Friday.")
    assert ("Dar al-Ifta", "org:ifta-ly") in found


def test_a_country_word_before_the_name_picks_that_countrys_body(nz: Normalizer) -> None:
    found = _links(nz, "The Egyptian Dar al-Ifta did not comment on the fatwa.")
    assert any(text.endswith("Dar al-Ifta") and link == "org:ifta-eg" for text, link in found)


def test_no_choice_when_both_or_neither_hold_a_foreign_country() -> None:
    eg = Candidate("org:ifta-eg", "Dar al-Ifta al-Misriyyah", "ORG", 0.93, "x", "phonetic", {})
    tn = Candidate("org:ifta-tn", "Dar al-Ifta (Tunisia)", "ORG", 0.92, "x", "phonetic", {})
    names = {
        "org:ifta-eg": (("دار", "افتاء", "مصريه"),),
        "org:ifta-tn": (("دار", "افتاء", "تونسيه"),),
    }
    assert framed_choice("Dar al-Ifta", "the", [eg, tn], lambda rid: names[rid]) is None
    assert framed_choice("Dar al-Ifta", "the", [eg, tn], None) is None


def test_the_short_name_after_the_full_one_is_that_body(nz: Normalizer) -> None:
    text = "He studied at Al-Azhar University in Cairo. Later the Al-Azhar did not comment."
    found = _links(nz, text)
    assert found.count(("Al-Azhar", "org:azhar-u")) == 1
    assert ("Al-Azhar University", "org:azhar-u") in found
