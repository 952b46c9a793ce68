"""Bodies of justice and rights in translated copy (session 14, articles-v20's kinds):
lexicon words MT renders (دائرة "Circuit", القضاء "Judicial", الحريات "Liberties", العليا
"Higher"), a coordinated name glossed whole ("... Public Liberties and Human Rights"), a
foreign namesake marked by its country word ("Iraqi ...") in a text that never names it, and
a French court named with its lower-case accented adjective ("Cour suprême")."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.detect.french_accents import written_french
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.segment import matched_words

RECORDS = [
    Record("org:supreme-court-libya", "ORG", "Supreme Court of Libya", "المحكمة العليا الليبية"),
    Record("org:con-chamber", "ORG", None, "الدائرة الدستورية بالمحكمة العليا"),
    Record("org:sjc-libya", "ORG", "Supreme Judicial Council (Libya)", "المجلس الأعلى للقضاء"),
    Record(
        "org:sjp-morocco",
        "ORG",
        "Superior Council of Judicial Power",
        "المجلس الأعلى للسلطة القضائية",
    ),
    Record(
        "org:nchrl",
        "ORG",
        "National Commission for Human Rights in Libya",
        "المجلس الوطني للحريات العامة وحقوق الإنسان",
    ),
    Record(
        "org:ihchr-iraq",
        "ORG",
        "Iraqi High Commission for Human Rights",
        "المفوضية العليا لحقوق الإنسان (العراق)",
    ),
    Record("org:icc", "ORG", "International Criminal Court", "المحكمة الجنائية الدولية"),
    Record("loc:berlin", "LOC", "Berlin", "برلين"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _links(nz: Normalizer, text: str) -> set[tuple[str, str | None]]:
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


def test_higher_court_and_its_circuit(nz: Normalizer) -> None:
    found = _links(nz, "The Higher Court activates its Constitutional Circuit in Tripoli.")
    assert ("Higher Court", "org:supreme-court-libya") in found
    assert ("Constitutional Circuit", "org:con-chamber") in found


def test_a_city_court_is_not_the_chamber(nz: Normalizer) -> None:
    found = _links(nz, "A Berlin court rejected his appeal on Monday.")
    assert not any(eid == "org:con-chamber" for _, eid in found)


def test_judicial_council_is_the_judiciary_council(nz: Normalizer) -> None:
    found = _links(nz, "The Higher Judicial Council issued a brief statement.")
    assert ("Higher Judicial Council", "org:sjc-libya") in found


def test_coordinated_name_glossed_whole(nz: Normalizer) -> None:
    text = "The National Council for Public Liberties and Human Rights said the prisons need it."
    found = _links(nz, text)
    assert ("National Council for Public Liberties and Human Rights", "org:nchrl") in found


def test_matched_words_splits_a_phrase_gloss() -> None:
    cand = Candidate(
        "org:x", "X", "ORG", 1.0, "X", "gloss", {"matched_words": [{"english": "human rights"}]}
    )
    assert matched_words(cand) == {"human rights": 1, "human": 1, "rights": 1}


def test_iraqi_namesake_unnamed_country(nz: Normalizer) -> None:
    found = _links(nz, "The High Commissioner for Human Rights welcomed the report in Geneva.")
    assert not any(eid == "org:ihchr-iraq" for _, eid in found)


def test_written_french() -> None:
    assert written_french("suprême")
    assert not written_french("supreme")
    assert not written_french("Suprême")


def test_cour_supreme_is_one_name(nz: Normalizer) -> None:
    text = (
        "The Cour pénale internationale still demands his transfer. The verdicts must be "
        "examined by the Cour suprême, which reviews death sentences."
    )
    found = _links(nz, text)
    assert ("Cour pénale internationale", "org:icc") in found
    assert ("Cour suprême", "org:supreme-court-libya") in found
