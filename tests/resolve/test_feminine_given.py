"""A woman's given name is not the man's name it ends like (normx.resolve.feminine_given)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.feminine_given import feminine_apart

MAN = Record("per:halim", "PER", "Halim Abdurrahman Al-Troudi", "حليم عبد الرحمن الترودي")
TEXT = "The minister of justice, {}, said in a press conference that the prisons will open."


def link(name: str) -> str | None:
    nz = Normalizer.from_records([MAN])
    found = [m.id for m in nz.canonicalize(TEXT.format(name)).mentions if m.text == name]
    return found[0] if found else None


def test_the_feminine_given_name_is_not_the_man() -> None:
    assert link("Halima Abdel Rahman") is None


def test_the_masculine_name_still_links() -> None:
    assert link("Halim Abdel Rahman") == "per:halim"


def cand(name: str, method: str = "phonetic", type: str = "PER") -> Candidate:
    return Candidate(name, name, type, 0.9, name, method)


def test_only_a_feminine_ending_after_a_consonant_on_the_given_name() -> None:
    assert feminine_apart(cand("Karim Salem"), "Karima Salem")
    assert feminine_apart(cand("Samira Al-Obeidi"), "Samir Al-Obeidi")
    assert feminine_apart(cand("Jamil Bashir"), "Jamilah Bashir")
    # one name spelled two ways, or a name that ends in a vowel already
    assert not feminine_apart(cand("Hamzah Ali"), "Hamza Ali")
    assert not feminine_apart(cand("Yahya Ali"), "Yahyaa Ali")
    # the ending on another word than the given name says nothing of the man's sex
    assert not feminine_apart(cand("Ali Karim"), "Ali Karima")


def test_only_persons_matched_by_likeness_in_latin_letters() -> None:
    assert not feminine_apart(cand("Karim Salem", method="exact"), "Karima Salem")
    assert not feminine_apart(cand("Karim Salem", method="cross-script"), "Karima Salem")
    assert not feminine_apart(cand("Karim Salem", type="LOC"), "Karima Salem")
