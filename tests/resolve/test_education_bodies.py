"""Education bodies in translated Libyan news (session 24, h-v42fix24).

Hand-written gazetteers in the article sets' style: Libya's ministries under their own Arabic
names, foreign namesakes told apart by a country qualifier in English (Wikipedia's titles) and
the country's adjective in Arabic; a body held under its Arabic name only; a university named
after a person the gazetteer also holds; the government the cabinet belongs to.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.mt.kind_qualifier import kind_phrase
from normx.mt.lexicon import default_lexicon

MOE = Record("org:moe-ly", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم")
MOHE = Record(
    "org:mohe-ly",
    "ORG",
    "Ministry of Higher Education and Scientific Research (Libya)",
    "وزارة التعليم العالي والبحث العلمي",
)
MOE_MY = Record("org:moe-my", "ORG", "Ministry of Education (Malaysia)", "وزارة التعليم الماليزية")
MOHE_MY = Record(
    "org:mohe-my",
    "ORG",
    "Ministry of Higher Education (Malaysia)",
    "وزارة التعليم العالي الماليزية",
)
DFE_UK = Record("org:dfe-uk", "ORG", "Department for Education", "وزارة التعليم البريطانية")
EXAMS = Record("org:exams-ly", "ORG", None, "المركز الوطني للامتحانات")
OMU = Record("org:omu", "ORG", "Omar Al-Mukhtar University", "جامعة عمر المختار")
MUKHTAR = Record("per:mukhtar", "PER", "Omar al-Mukhtar", "عمر المختار")
GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
GNS = Record("org:gns", "ORG", "Government of National Stability", "حكومة الاستقرار الوطني")
AGO = Record("org:ago", "ORG", "Office of the Attorney General (Libya)", "مكتب النائب العام")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [MOE, MOHE, MOE_MY, MOHE_MY, DFE_UK, EXAMS, OMU, MUKHTAR, GNU, GNS, AGO]
    )


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_kind_phrase() -> None:
    lex = default_lexicon()
    assert kind_phrase("Higher Education Ministry", lex)
    assert kind_phrase("Ministry of the Higher Education", lex)
    assert kind_phrase("ministère de l'Education", lex)  # the elided article split off
    assert not kind_phrase("Malaysian Higher Education Ministry", lex)  # a country said
    assert not kind_phrase("Omar Al-Mukhtar University", lex)


@pytest.mark.parametrize(
    "query",
    [
        "Ministry of Higher Education",
        "Higher Education Ministry",
        "Ministry of the Higher Education",
    ],
)
def test_kind_phrase_takes_no_foreign_qualified_body(nz: Normalizer, query: str) -> None:
    """Malaysia's ministry spells the phrase better, but its qualifier names a country the
    phrase lacks (normx.mt.kind_qualifier); Libya's goes without saying."""
    found = nz.match(query)
    assert found and found[0].id == "org:mohe-ly"
    assert all(c.score < found[0].score for c in found if c.id == "org:mohe-my")


def test_kind_phrase_without_a_home_body() -> None:
    """Only the foreign ministry held: a kind phrase does not name it (capped below the
    no-match threshold)."""
    nz = Normalizer.from_records([MOHE_MY, OMU])
    assert nz.match("Higher Education Ministry") == []
    assert nz.match("Ministry of Higher Education (Malaysia)")[0].id == "org:mohe-my"


def test_the_country_said_keeps_the_foreign_body(nz: Normalizer) -> None:
    assert nz.match("Ministry of Higher Education (Malaysia)")[0].id == "org:mohe-my"


@pytest.mark.parametrize("query", ["Ministry of the Education", "Education Ministry"])
def test_country_adjective_in_arabic_name(nz: Normalizer, query: str) -> None:
    """الماليزية and البريطانية are country words of the lexicon now: the gloss no longer ties
    Libya's ministry with Malaysia's and Britain's."""
    found = nz.match(query)
    assert found and found[0].id == "org:moe-ly"
    assert all(c.score < found[0].score for c in found if c.id in {"org:moe-my", "org:dfe-uk"})


@pytest.mark.parametrize(
    "query",
    [
        "National Center for the Exams",
        "National Centre for Examinations",
        "Centre national des examens",
    ],
)
def test_examinations_centre_by_its_arabic_name(nz: Normalizer, query: str) -> None:
    found = nz.match(query)
    assert found and found[0].id == "org:exams-ly"


def test_university_of_eponym(nz: Normalizer) -> None:
    """The University of Omar Al-Mukhtar is the university, not the man (person_named_body)."""
    links = _links(nz, "He teaches at the University of Omar Al-Mukhtar in Al-Bayda.")
    assert links.get("University of Omar Al-Mukhtar") == "org:omu"
    assert "per:mukhtar" not in links.values()
    links = _links(nz, "The statue of Omar Al-Mukhtar stands in Benghazi.")
    assert links.get("Omar Al-Mukhtar") == "per:mukhtar"


def test_council_of_ministers_is_the_one_government(nz: Normalizer) -> None:
    text = (
        "The Government of National Unity said on Monday that the Council of the Ministers "
        "allocated 250 million dinars, while the Government of National Stability objected."
    )
    links = _links(nz, text)
    assert links.get("Council of the Ministers") == "org:gnu"


def test_council_of_ministers_left_alone(nz: Normalizer) -> None:
    """No government linked, a country before it, or the eastern one's frame: unread."""
    assert "Council of Ministers" not in _links(nz, "A decision of the Council of Ministers.")
    text = (
        "The Government of National Unity met. The Egyptian Council of Ministers approved it, "
        "and the Council of Ministers of the eastern government objected."
    )
    links = _links(nz, text)
    assert all(v != "org:gnu" for k, v in links.items() if "Ministers" in k)


def test_lower_case_office(nz: Normalizer) -> None:
    links = _links(nz, "He was referred to the Attorney General's office on Monday.")
    assert links.get("Attorney General's office") == "org:ago"
