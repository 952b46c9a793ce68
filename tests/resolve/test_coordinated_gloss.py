"""A body's Arabic name translated word for word, with "and the" between its conjuncts
("Libyan Company for the Post and the Telecommunications and the Information Technology" for
الشركة الليبية للبريد والاتصالات وتقنية المعلومات), is one name when the gloss reads the
whole: the Arabic name writes its own "and" (و) onto the second conjunct's word
(normx.resolve.one_name._arabic_and_said). The words a sentence opens with ("And the") do not
count towards the span limit (normx.detect.spans). Two names joined by "and" stay two."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("coordinated_gloss.yaml")
NAME = "Authority for the Post and the Telecommunications and the Information Technology"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "text",
    [
        # a word of the Arabic name the span leaves to its context: the demonym
        f"The Libyan {NAME} met officials from Tripoli and Ankara.",
        # a word of the Arabic name the span does not say at all
        f"The {NAME} met officials from Tripoli and Ankara.",
        # "And the" opening the sentence: the name is still twelve words, not cut by the limit
        f"And the Libyan {NAME}, which owns both firms, met officials from Tripoli and Ankara.",
    ],
)
def test_the_glossed_name_is_read_whole(nz: Normalizer, text: str) -> None:
    assert mention_pairs(nz, text) == [
        (NAME, "org:libyan-post-authority"),  # not "Telecommunications": Northland Telecom
        ("Tripoli", "loc:tripoli"),  # two places joined by "and" stay two
        ("Ankara", "loc:ankara"),
    ]


def test_a_later_conjunct_alone_is_no_name_of_the_body(nz: Normalizer) -> None:
    """A span that opens at the name's second conjunct (والاتصالات) is a piece of the name,
    not the body; and a Latin name said with "the" before its conjuncts links as before."""
    text = (
        "The Telecommunications and the Information Technology office met in Tripoli. "
        "The Ministry of the Oil and the Gas met in Ankara."
    )
    links = dict(mention_pairs(nz, text))
    assert links.get("Telecommunications and the Information Technology") is None
    assert links["Ministry of the Oil and the Gas"] == "org:oil-gas-ministry"
