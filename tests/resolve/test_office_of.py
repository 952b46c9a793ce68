"""A generic noun governed by a person's office ("the Speaker of the Council") and a noun that
is one body's own English word among bodies of one Arabic head ("the House").

Hand-written gazetteer; the rules are :mod:`normx.resolve.office_of` and
:mod:`normx.resolve.own_head`, both feeding :func:`normx.resolve.generic.find_body`.
"""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:tbmm", "ORG", "Grand National Assembly of Turkey", "مجلس الأمة التركي"),
    Record("per:abdelaal", "PER", "Ali Abdel Aal", "علي عبد العال"),
    Record("per:maiteeq", "PER", "Ahmed Maiteeq", "أحمد معيتيق"),
    Record("loc:cairo", "LOC", "Cairo", "القاهرة"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _ids(nz: Normalizer, text: str, word: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == word]


def test_the_office_of_the_noun_names_the_body_just_named(nz: Normalizer) -> None:
    text = (
        "The House of Representatives approved the deployment in Tobruk on Monday. "
        "The Speaker of the Council, Ali Abdel Aal, said the vote was unanimous."
    )
    doc = nz.canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "Council"] == ["org:hor"]
    assert "per:abdelaal" in [m.id for m in doc.mentions]  # the person keeps his own link


def test_a_compound_title_governs_the_noun_too(nz: Normalizer) -> None:
    text = (
        "The Presidential Council welcomed the victory. The Vice-President of the Council, "
        "Ahmed Maiteeq, visited the city."
    )
    assert _ids(nz, text, "Council") == ["org:pc"]


def test_two_bodies_of_the_head_in_reach_and_none_in_the_sentence_is_no_link(
    nz: Normalizer,
) -> None:
    text = (
        "The High Council of State rejected the laws. Its head called on the Presidential "
        "Council to postpone the vote. The spokesman of the Council said the members refused."
    )
    assert set(_ids(nz, text, "Council")) <= {None}


def test_an_office_with_no_body_of_that_head_named_links_nothing(nz: Normalizer) -> None:
    text = "The town of Tobruk was quiet. The Speaker of the Council said nothing in Tobruk."
    assert set(_ids(nz, text, "Council")) <= {None}


def test_a_noun_that_is_one_bodys_own_word_picks_it_among_councils(nz: Normalizer) -> None:
    # "house" glosses مجلس among other words: no literal rendering of المجلس, but the
    # English name's own word; the High Council of State does not say it
    text = (
        "The head of the High Council of State called for a new government, while the Speaker "
        "of the House of Representatives said that the House would receive the files."
    )
    assert _ids(nz, text, "House") == ["org:hor"]


def test_a_literal_gloss_among_councils_stays_undecided(nz: Normalizer) -> None:
    # "council" is مجلس's literal rendering: either body may be the Arabic المجلس
    text = (
        "The High Council of State met in Tripoli. The House of Representatives met in Tobruk. "
        "Later the Council said it would meet again."
    )
    assert set(_ids(nz, text, "Council")) <= {None}
