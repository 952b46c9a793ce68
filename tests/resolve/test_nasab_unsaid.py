"""A name that says "son of" (bin, ben) is not a person whose names never do
(normx.resolve.nasab_unsaid)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.nasab_unsaid import son_of_unsaid

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
    assert son_of_unsaid(cand("Ali Ammar"), "Ali Ben Amer")
    assert not son_of_unsaid(cand("Ali Ammar", method="exact"), "Ali Ben Amer")
    assert not son_of_unsaid(cand("Ali Amer", "LOC"), "Ali Ben Amer")
    # the particle must stand between two name words: "Ben Amer" alone is a family name
    assert not son_of_unsaid(cand("Ali Ammar"), "Ben Amer")
    assert not son_of_unsaid(cand("Ali Benamer"), "Ali Ben Amer")
    assert not son_of_unsaid(cand("علي بن عمار", method="cross-script"), "Ali Ben Amer")


def test_the_words_stay_one_unknown_name() -> None:
    """No village Naima and village Ammar: the words read as one man's name."""
    naima, ammar = Record("loc:naima", "LOC", "Naima"), Record("loc:ammar", "LOC", "Ammar")
    nz = Normalizer.from_records([naima, ammar, Record("per:n", "PER", "Naima Ammari")])
    got = [(m.text, m.id) for m in nz.canonicalize(TEXT.format("Naima Ben Ammar")).mentions]
    assert got == [("Naima Ben Ammar", None)]
