"""What in the document decides a bare head noun ("the Council", "the Centre", "the Ministry")
when several bodies in reach share its Arabic head (session 17, h-generic17):

* the one such body named in the noun's paragraph, when none is in its sentence
  (:func:`normx.resolve.generic.find_body`);
* the headline's body, once the bare noun has meant it (:mod:`normx.resolve.headline_subject`,
  :mod:`normx.resolve.bare_head`), against a body of that head named once in passing since;
  not against the body named in the noun's own sentence;
* "the University" like any other generic head (gloss lexicon ``generic``);
* "the House": the House of Representatives when the document names no body the word can
  mean, and not the one Council in reach whose English name lacks the word
  (gloss ``house: مجلس النواب``; :func:`normx.resolve.generic._head_of_another`); that
  Council is no rival of the House of Representatives either (session 22,
  :mod:`normx.resolve.gloss_named`).
"""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.bare_head import settled_head
from normx.resolve.coref import Antecedent

RECORDS = [
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:jc", "ORG", "Supreme Judicial Council", "المجلس الأعلى للقضاء"),
    Record(
        "org:ncdc", "ORG", "National Centre for Disease Control", "المركز الوطني لمكافحة الأمراض"
    ),
    Record("org:tmc", "ORG", "Tripoli Medical Center", "مركز طرابلس الطبي"),
    Record("org:bmc", "ORG", "Benghazi Medical Centre", "مركز بنغازي الطبي"),
    Record("org:moe", "ORG", "Ministry of Education", "وزارة التربية والتعليم"),
    Record("org:mohe", "ORG", "Ministry of Higher Education", "وزارة التعليم العالي"),
    Record("org:uot", "ORG", "University of Tripoli", "جامعة طرابلس"),
    Record("org:gecol", "ORG", "General Electricity Company", "الشركة العامة للكهرباء"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _ids(nz: Normalizer, text: str, word: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == word]


def test_the_one_body_of_that_head_named_in_the_paragraph_is_meant(nz: Normalizer) -> None:
    text = (
        "Votes\n\n"
        "The House of Representatives passed the law in Tobruk.\n\n"
        "The Supreme Judicial Council remained silent for two days. It then issued a brief "
        "statement. A member of the Council said that the judges fear the division."
    )
    assert _ids(nz, text, "Council") == ["org:jc"]


def test_two_bodies_of_that_head_in_the_paragraph_leave_the_noun_unlinked(
    nz: Normalizer,
) -> None:
    text = (
        "Votes\n\n"
        "The House of Representatives met in Tobruk. Its speaker called on the Presidential "
        "Council to postpone the vote. The spokesman of the Council said the members refused."
    )
    assert set(_ids(nz, text, "Council")) <= {None}


HEADLINE = "The Ministry of Education announces the results of the exams\n\n"
LEAD = (
    "Tripoli - The Minister announced the results on Thursday, in a ceremony held in the hall "
    "of the Ministry in Tripoli.\n\n"
)
PASSING = "The first ten were promised a scholarship of the Ministry of Higher Education.\n\n"


def test_the_bare_noun_used_for_the_headlines_body_goes_on_meaning_it(nz: Normalizer) -> None:
    text = HEADLINE + LEAD + PASSING + "Later the Ministry said that the results are final."
    assert _ids(nz, text, "Ministry") == ["org:moe", "org:moe"]


def test_without_the_headline_one_use_settles_nothing(nz: Normalizer) -> None:
    lead = LEAD.replace("The Minister", "The Ministry of Education")
    text = "Exams\n\n" + lead + PASSING + "Later the Ministry said that the results are final."
    assert _ids(nz, text, "Ministry") == ["org:moe"]  # the last: either ministry, no link


def test_the_body_named_in_the_nouns_sentence_outranks_the_headline(nz: Normalizer) -> None:
    text = (
        "The House of Representatives grants confidence to the government\n\n"
        "The House of Representatives met in Tobruk, according to the spokesman of the "
        "Council.\n\n"
        "The head of the Presidential Council called for calm, and the Council said that it "
        "follows the mobilisation with concern."
    )
    assert _ids(nz, text, "Council") == ["org:hor", "org:pc"]


def test_the_university_is_the_university_just_named(nz: Normalizer) -> None:
    text = (
        "Students protest in Tripoli\n\n"
        "Students of the University of Tripoli protested on Sunday. The University said that "
        "the exams would be held."
    )
    assert _ids(nz, text, "University") == ["org:uot"]


def test_the_house_no_body_named_is_the_house_of_representatives(nz: Normalizer) -> None:
    text = (
        "Power cuts in Sabha\n\n"
        "The General Electricity Company cut the power in Sabha. The head of the government "
        "designated by the House visited the city."
    )
    assert _ids(nz, text, "House") == ["org:hor"]


def test_the_house_is_not_the_one_council_in_reach(nz: Normalizer) -> None:
    text = (
        "Municipal elections\n\n"
        "The Presidential Council welcomed the vote. The mission called on the House to pass "
        "the budget."
    )
    # English calls no council "the House": the Presidential Council is no rival of the House
    # of Representatives, the one body whose whole Arabic name "house" glosses (gloss_named)
    assert _ids(nz, text, "House") == ["org:hor"]


def _found(position: int, rid: str) -> tuple[Antecedent, tuple[str, ...]]:
    cand = Candidate(rid, rid, "ORG", 1.0, rid, "exact", {})
    return Antecedent(position, cand, rid, ()), ("مركز",)


def test_a_tie_between_two_uses_goes_to_the_headlines_body() -> None:
    glosses = [("مركز",)]
    history: dict = {}
    settled_head(history, glosses, _found(1, "org:ncdc"), [], 2, frozenset({"org:ncdc"}))
    settled_head(history, glosses, _found(3, "org:bmc"), [], 4, frozenset({"org:ncdc"}))
    antecedents = [_found(5, "org:tmc")[0]]
    got = settled_head(history, glosses, None, antecedents, 6, frozenset({"org:ncdc"}))
    assert got is not None and got[0].cand.id == "org:ncdc"
