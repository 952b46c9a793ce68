"""A person record of given names only does not take the last words of a longer unknown name
(normx.resolve.given_name_tail): in "Minister Warda Khalil Abdel Karim", "Abdel Karim" are her
father's and grandfather's names, and the three words make one unknown woman's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.resolve.document import Mention
from normx.resolve.given_name_tail import given_names_joined

GAZETTEER = Path(__file__).with_name("given_name_tail.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _mentions(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_the_end_of_an_unknown_name_is_no_given_name_record(nz: Normalizer) -> None:
    text = "The justice minister, Warda Khalil Abdel Karim, said the court would rule."
    assert _mentions(nz, text) == [("Warda Khalil Abdel Karim", None)]


def test_said_alone_the_given_name_still_links(nz: Normalizer) -> None:
    text = "The justice minister met Abdel Karim on Monday."
    assert _mentions(nz, text) == [("Abdel Karim", "per:abdul-al-karim")]


def test_a_full_name_record_is_not_judged_so(nz: Normalizer) -> None:
    text = "The minister, Salma Yusuf Haddad, said the court would rule."
    assert _mentions(nz, text) == [("Salma Yusuf Haddad", "per:salma-yusuf-haddad")]


def _m(text: str, word: str, rid: str | None, canonical: str | None, **kw: object) -> Mention:
    start = text.index(word)
    method = str(kw.get("method", "exact" if rid else "none"))
    evidence = dict(kw.get("evidence", {}))  # type: ignore[call-overload]
    return Mention(start, start + len(word), word, rid, canonical, "PER", 1.0, method, evidence)


def test_only_an_unknown_capitalised_name_right_before_it() -> None:
    never = lambda rid: False  # noqa: E731
    text = "Warda Khalil Abdel Karim and Tripoli, Abdel Karim"
    warda = _m(text, "Warda Khalil", None, None)
    abdel = _m(text, "Abdel Karim", "per:a", "Abdul Al-Karim")
    (joined,) = given_names_joined(text, (warda, abdel), never)
    assert (joined.text, joined.id, joined.type) == ("Warda Khalil Abdel Karim", None, "PER")
    # a link the document made (coreference) is left alone
    coref = _m(text, "Abdel Karim", "per:a", "Abdul Al-Karim", method="coref")
    assert given_names_joined(text, (warda, coref), never) == (warda, coref)
    # a full name is judged only when all its words are common (the gazetteer's counts)
    full = _m(text, "Abdel Karim", "per:b", "Abdel Karim Haddad")
    assert given_names_joined(text, (warda, full), never) == (warda, full)
    assert len(given_names_joined(text, (warda, full), lambda rid: True)) == 1
    # not right before it: a comma between
    tripoli = Mention(29, 36, "Tripoli", None, None, "LOC", 0.0, "none")
    after = Mention(38, 49, "Abdel Karim", "per:a", "Abdul Al-Karim", "PER", 1.0, "exact")
    assert text[after.start : after.end] == "Abdel Karim"
    assert given_names_joined(text, (tripoli, after), never) == (tripoli, after)
