"""A name that says "son of" (bin, ben) is not a person whose names never do
(normx.resolve.nasab_unsaid)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.nasab_unsaid import nasab_unsaid_dropped

NISBA = Record("per:nasr", "PER", "Nasr Al-Khlifi", "نصر الخليفي")  # a family's nisba
OWN = Record("per:ammar", "PER", "Ali Ammar", "علي عمار")  # his own second name
GLUED = Record("per:farhat", "PER", "Farhat Bengdara", "فرحات بن قدارة")
TEXT = "The statement was signed by {} on Monday, the ministry said."


def link(name: str) -> str | None:
    nz = Normalizer.from_records([NISBA, OWN, GLUED])
    (m,) = [m for m in nz.canonicalize(TEXT.format(name)).mentions if m.text == name]
    return m.id


def test_a_son_of_name_is_no_look_alike_without_the_particle() -> None:
    assert link("Nacer Ben Khalifa") is None
    assert link("Ali Ben Amer") is None


def test_the_same_names_without_the_particle_still_link() -> None:
    assert link("Nacer Al-Khalifi") == "per:nasr"
    assert link("Ali Amar") == "per:ammar"


def test_a_record_holding_the_particle_glued_or_in_arabic_stays() -> None:
    assert link("Farhat Bin Qadara") == "per:farhat"


def cand(name: str, type: str = "PER", method: str = "fuzzy") -> Candidate:
    return Candidate(name, name, type, 0.9, name, method)


def test_only_persons_matched_by_likeness_are_judged() -> None:
    group = [cand("Ali Ammar"), cand("Ali Ammar", method="exact"), cand("Ali Amer", "LOC")]
    assert nasab_unsaid_dropped("Ali Ben Amer", group) == group[1:]
    # the particle must stand between two name words: "Ben Amer" alone is a family name
    assert nasab_unsaid_dropped("Ben Amer", group) == group
    assert nasab_unsaid_dropped("Ali Ben Amer", [cand("Ali Benamer")])
    arabic = {"Ali Ammar": (("علي", "بن", "عمار"),)}
    assert nasab_unsaid_dropped("Ali Ben Amer", [cand("Ali Ammar")], arabic.__getitem__)
