"""A short body name that two bodies of the document answer to ("the Supreme Council" after the
Amazigh Supreme Council and the Supreme Council of State): the body whose own name the matcher
finds in the words, not the nearer one; when the matcher cannot tell either, the nearer one, as
before."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:asc", "ORG", "Amazigh Supreme Council", "المجلس الأعلى للأمازيغ"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:ssc", "ORG", "Supreme Security Committee", "اللجنة الأمنية العليا"),
    Record("org:sce", "ORG", "Supreme Elections Committee", "اللجنة العليا للانتخابات"),
    Record("loc:zuwara", "LOC", "Zuwara", "زوارة"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _ids(nz: Normalizer, text: str, said: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == said]


def test_the_body_whose_name_holds_the_words(nz: Normalizer) -> None:
    text = (
        "The Amazigh Supreme Council in Zuwara announced a boycott. The laws were drafted "
        "with the Supreme Council of State, which rejected the objection. A minister sent "
        "greetings, a gesture that the Supreme Council called insufficient."
    )
    assert _ids(nz, text, "Supreme Council") == ["org:asc"]


def test_one_body_covering_the_words_is_meant(nz: Normalizer) -> None:
    text = (
        "The Amazigh Supreme Council in Zuwara announced a boycott. Later the Supreme "
        "Council said the gesture was insufficient."
    )
    assert _ids(nz, text, "Supreme Council") == ["org:asc"]


def test_the_matcher_undecided_leaves_the_nearest(nz: Normalizer) -> None:
    text = (
        "The Supreme Security Committee deployed in Zuwara. The Supreme Elections Committee "
        "postponed the vote. The Supreme Committee said on Monday that it was ready."
    )
    assert _ids(nz, text, "Supreme Committee") == ["org:sce"]
