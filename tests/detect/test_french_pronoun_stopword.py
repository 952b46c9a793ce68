"""A French first-person pronoun opening a quoted sentence ("Je travaille ici ...") is no name:
AFP copy quotes its speakers in French, and the capital only says a sentence begins. Without
the stop word, "Je" reached a two-letter company name by sound.

Hand-written gazetteer: a company whose initials sound like the pronoun, and a town.
"""

from __future__ import annotations

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:ge-vernova", "ORG", "GE Vernova", "جي إي فيرنوفا"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]


@pytest.mark.parametrize(
    "text",
    [
        'Il a dit: "Je travaille ici depuis huit ans, sur les chantiers de Misrata."',
        "Je travaille à Misrata depuis 2019.",
    ],
)
def test_je_opening_a_sentence_is_no_name(text: str) -> None:
    found = link_map(Normalizer.from_records(RECORDS), text)
    assert "Je" not in found
    assert found.get("Misrata") == "loc:misrata"
