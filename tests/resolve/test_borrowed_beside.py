"""A lone word beside a linked place, in the same piece, that links only as a word borrowed
from another name is no mention of that name.

Arabic names the Mediterranean البحر الأبيض المتوسط, "the white middle sea", and translation
writes "White Mediterranean Sea": "White" alone resembles only the White Sea, a name whose other
word ("Sea") belongs here to the Mediterranean. Across a natural cut ("Algeria and the
Emirates") a lone word is a name of its own and keeps its link.
"""

from __future__ import annotations

import pytest
from link_pairs import link_map as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:med", "LOC", "Mediterranean Sea", "البحر الأبيض المتوسط"),
    Record("loc:white-sea", "LOC", "White Sea", "البحر الأبيض"),
    Record("loc:algeria", "LOC", "Algeria", "الجزائر"),
    Record("loc:uae", "LOC", "United Arab Emirates", "الإمارات العربية المتحدة"),
    Record("loc:turkey", "LOC", "Turkey", "تركيا"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_a_word_of_the_arabic_name_rendered_beside_the_place_is_no_other_place(
    nz: Normalizer,
) -> None:
    links = _links(nz, "Turkey will not be besieged in the White Mediterranean Sea, he said.")
    assert "loc:white-sea" not in links.values()
    assert links.get("Mediterranean Sea") == "loc:med"
    assert links.get("Turkey") == "loc:turkey"


def test_the_place_alone_still_links(nz: Normalizer) -> None:
    assert _links(nz, "Ships crossed the White Sea in winter.").get("White Sea") == "loc:white-sea"


def test_a_lone_word_across_a_cut_keeps_its_link(nz: Normalizer) -> None:
    links = _links(nz, "Teams from Turkey, Algeria and the Emirates are still working.")
    assert links.get("Emirates") == "loc:uae"
    assert links.get("Algeria") == "loc:algeria"
