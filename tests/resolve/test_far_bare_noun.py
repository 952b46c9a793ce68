"""A bare head noun the document already used for one body goes on meaning it, paragraphs
later (normx.resolve.far_bare_noun)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

ARMY = Record(
    "org:army",
    "ORG",
    "Northland National Army",
    name_ar="الجيش الوطني",
    aliases_en=("General Command of the Northland Armed Forces",),
)
HOUSE = Record("org:house", "ORG", "House of Deputies", name_ar="مجلس النواب")
AFRICOM = Record("org:africom", "ORG", "Southern Command", name_ar="القيادة الجنوبية")

OPENING = (
    "The General Command of the Northland Armed Forces announced an operation in the south, "
    "and accused the rebels of an attack, which the Command denied on Monday. "
)
FILLER = "The House of Deputies met in the city and discussed the budget of the year. " * 25


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_noun_used_for_one_body_means_it_again_far_on():
    text = OPENING + FILLER + "The rebels were not mentioned in the statement of the Command."
    got = links([ARMY, HOUSE], text)
    assert got.count(("Command", "org:army")) == 2


def test_another_body_that_says_the_noun_leaves_it_undecided():
    text = (
        OPENING
        + FILLER
        + "The Southern Command sent aircraft. "
        + FILLER
        + "The rebels were not mentioned in the statement of the Command."
    )
    got = links([ARMY, HOUSE, AFRICOM], text)
    assert got.count(("Command", "org:army")) == 1
