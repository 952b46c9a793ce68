"""A body's generic words alone, with its field unsaid, name a kind of body
(:mod:`normx.resolve.unsaid_field`)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.unsaid_field import field_unsaid

AVIATION = Record(
    "org:aviation-holding",
    "ORG",
    "Libyan African Aviation Holding Company",
    "الشركة الليبية الأفريقية للطيران القابضة",
)
SECURITY = Record("org:ssc", "ORG", "Supreme Security Committee", "اللجنة الأمنية العليا")
HNEC = Record(
    "org:hnec", "ORG", "High National Elections Commission", "المفوضية الوطنية العليا للانتخابات"
)
CBL = Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")


def _cand(name: str, method: str = "phonetic") -> Candidate:
    return Candidate("org:x", name, "ORG", 0.9, name, method, {})


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Holding Company", "Libyan African Aviation Holding Company"),
        ("Supreme Committee", "Supreme Security Committee"),
        ("National Center", "National Centre for Disease Control"),
        ("International Federation", "International Federation of Red Cross Societies"),
    ],
)
def test_a_field_left_unsaid_makes_a_kind(said: str, name: str) -> None:
    assert field_unsaid(said.lower().split(), _cand(name))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Election Commission", "High National Elections Commission"),  # weak words unsaid
        ("Unity Government", "Government of National Unity"),
        ("Central Bank", "Central Bank of Libya"),  # the frame
        ("High Council", "High Council of State"),  # whose body: the frame too
        ("Investment Authority", "Libyan Investment Authority"),  # a field word said
        ("United Nations Mission", "United Nations Support Mission in Libya"),  # a name said
        ("Union générale", "Union générale tunisienne du travail"),  # French goes on
    ],
)
def test_short_forms_that_say_the_body_stand(said: str, name: str) -> None:
    assert not field_unsaid(said.lower().split(), _cand(name))


def test_only_links_by_likeness_are_judged() -> None:
    name = "Supreme Security Committee"
    assert not field_unsaid(["supreme", "committee"], _cand(name, "exact"))
    assert not field_unsaid(["supreme", "committee"], _cand(name, "normalised"))


def test_the_rest_of_the_name_written_beside_the_span_says_the_field() -> None:
    cand = _cand("Libyan African Aviation Holding Company")
    assert not field_unsaid(["holding", "company"], cand, {"aviation"})


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([AVIATION, SECURITY, HNEC, CBL, TRIPOLI])


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_a_generic_name_of_another_body_is_not_linked(nz: Normalizer) -> None:
    text = (
        "The government appointed a board for the Holding Company for Post and Communications "
        "in Tripoli, and the Supreme Committee for Iftaa met on Sunday."
    )
    links = _links(nz, text)
    assert links.get("Holding Company", "absent") is None
    assert links.get("Supreme Committee", "absent") is None
    assert links.get("Tripoli") == "loc:tripoli"


def test_the_body_named_in_full_stays_linked(nz: Normalizer) -> None:
    text = "The Supreme Security Committee deployed its units in Tripoli on Sunday."
    assert _links(nz, text).get("Supreme Security Committee") == "org:ssc"
