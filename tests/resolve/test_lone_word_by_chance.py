"""A lone word that resembles a place's name only loosely is no mention of it.

With tens of thousands of village names loaded, any capitalised word resembles one of them:
"Eritreans" ~ Érythron, "Aquarius" (a ship) ~ Al Qawarishah, or one word of a longer name
("Anas" ~ Qaryat Abu Al Ahnash). Such a lone word stays unlinked; a word that spells a word of
the name ("Emirates") or is close to the whole name (Tarabulus ~ طرابلس) still links.
"""

from __future__ import annotations

import pytest
from link_pairs import link_map as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:al-qawarishah", "LOC", "Al Qawarishah", "القوارشة"),
    Record("loc:al-athrun", "LOC", "Érythron", "الأثرون"),
    Record("loc:qaryat-abu-al-ahnash", "LOC", "Qaryat Abu Al Ahnash", "قرية أبو الأحنش"),
    Record("loc:uae", "LOC", "United Arab Emirates", "الإمارات العربية المتحدة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:malta", "LOC", "Malta", "مالطا"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rescue ship, the Aquarius, was turned away by Malta.", "Aquarius"),
        ("Two Eritreans were listed by the committee in Malta.", "Eritreans"),
        ("The brigade of Anas controlled the coast near Malta.", "Anas"),
    ],
)
def test_a_loose_look_alike_of_a_village_is_no_link(nz: Normalizer, text: str, word: str) -> None:
    links = _links(nz, text)
    assert links.get(word) is None
    assert links.get("Malta") == "loc:malta"


def test_a_word_that_spells_a_word_of_the_name_still_links(nz: Normalizer) -> None:
    links = _links(nz, "Teams from Malta, Tripoli and the Emirates are still working.")
    assert links.get("Emirates") == "loc:uae"


def test_a_close_variant_of_the_whole_name_still_links(nz: Normalizer) -> None:
    assert _links(nz, "The minister arrived in Tarabulus on Monday.").get("Tarabulus") == (
        "loc:tripoli"
    )
