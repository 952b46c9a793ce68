"""Long machine-translated names of transport bodies, and what may not pass for one
(session 30, h-v49fix, articles-v49).

- "Company of the Chinese Railways for the Construction" (الشركة الصينية لإنشاءات السكك
  الحديدية): the demonym cuts a piece after the head, but the match pairs that head in the name
  (normx.resolve.one_name: the name's own head with its complement), so the whole is CRCC.
- "Agency of the European Union for the Safety of the Aviation": "safety" glosses سلامة.
- "Afriqiyah chairman ..." opening a sentence, after "Afriqiyah Airways": the airline's own word,
  though a look-alike ("2Africa") rivals it (normx.resolve.core_name.named_in_full).
- "And in the east, ... the Agency of the Libyan News in Binghazi": the eastern branch, no
  mention of the Tripoli agency (normx.resolve.rival_government: MT opens the sentence "And").
"""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("mt_transport_names.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    ("text", "name", "rid"),
    [
        (
            "The works stopped in 2011 after the departure of the Company of the Chinese "
            "Railways for the Construction from Sirte.",
            "Company of the Chinese Railways for the Construction",
            "org:crcc",
        ),
        (
            "The Agency of the European Union for the Safety of the Aviation will send a team "
            "to Tripoli.",
            "Agency of the European Union for the Safety of the Aviation",
            "org:easa",
        ),
    ],
)
def test_a_long_translated_name_links_whole(nz: Normalizer, text: str, name: str, rid: str) -> None:
    assert (name, rid) in mention_pairs(nz, text)


def test_an_airlines_own_word_after_its_full_name(nz: Normalizer) -> None:
    text = (
        "All Libyan carriers, including Libyan Airlines and Afriqiyah Airways, are barred.\n\n"
        "Afriqiyah chairman Ahmed al-Mashri said the company had leased two aircraft."
    )
    assert ("Afriqiyah", "org:afriqiyah-airways") in mention_pairs(nz, text)


def test_the_eastern_branch_of_the_news_agency(nz: Normalizer) -> None:
    text = (
        "And in the east, the head of the eastern aviation body said to the Agency of the Libyan "
        "News in Binghazi that the inspection must include Benghazi."
    )
    links = dict(mention_pairs(nz, text))
    assert links.get("Agency of the Libyan News") is None
    assert links.get("Binghazi") is None  # the branch's label, not a mention of the town
