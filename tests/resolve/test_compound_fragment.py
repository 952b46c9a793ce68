"""A linked word the text joins by a hyphen to a lower-case word, the two making a compound of
the entity's own name, is no mention (normx.resolve.compound_fragment): the "Sun" of "the
Sun-dried Lake Works Authority" is half of the word "Sun-dried", not the Great Sun-Dried Lake.
A word that stands alone in the entity's names stays linked however it is joined."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.resolve.compound_fragment import compound_fragments_dropped, compound_of_its_name
from normx.resolve.document import Mention

GAZETTEER = Path(__file__).with_name("compound_fragment.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_half_of_the_names_compound_is_no_mention(nz: Normalizer) -> None:
    text = (
        "Farmers near the Great Sun-Dried Lake protested. "
        "The Sun-dried Lake Works Authority said the wells were closed."
    )
    assert _links(nz, text) == [("Great Sun-Dried Lake", "loc:great-sun-dried-lake")]


def test_a_word_of_its_own_stays_linked(nz: Normalizer) -> None:
    text = "The Ghadir-based brigade withdrew on Monday."
    assert _links(nz, text) == [("Ghadir", "loc:ghadir")]


def _mention(text: str, start: int, word: str, rid: str | None) -> Mention:
    assert text[start : start + len(word)] == word
    return Mention(start, start + len(word), word, rid, rid, "LOC", 0.9, "coref")


def test_the_rule_reads_the_text_and_the_names() -> None:
    names = {"loc:lake": ("Great Sun-Dried Lake",), "loc:ghadir": ("Ghadir",)}.get
    text = "The Sun-dried works and the Sun-baked works, and the Ghadir-based unit."
    sun = _mention(text, 4, "Sun", "loc:lake")
    assert compound_of_its_name(text, sun, lambda rid: names(rid, ()))
    baked = _mention(text, 28, "Sun", "loc:lake")  # "Sun-baked": no compound of the name
    assert not compound_of_its_name(text, baked, lambda rid: names(rid, ()))
    ghadir = _mention(text, 53, "Ghadir", "loc:ghadir")
    assert not compound_of_its_name(text, ghadir, lambda rid: names(rid, ()))
    unlinked = _mention(text, 4, "Sun", None)
    assert not compound_of_its_name(text, unlinked, lambda rid: names(rid, ()))
    kept = (baked, ghadir)
    assert compound_fragments_dropped(text, kept, lambda rid: names(rid, ())) is kept
    assert compound_fragments_dropped(text, (sun, *kept), lambda rid: names(rid, ())) == kept
