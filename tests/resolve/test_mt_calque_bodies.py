"""Bodies' names machine translation writes word for word from Arabic (session 30, h-v43fix).

* An unpaired "the" after "of" / "for" / "and" is the Arabic article written out ("Ministry of
  the Hajj and the Umrah" for وزارة الحج والعمرة): no word a whole span's spelling match must
  explain (normx.resolve.segment.calque_articles, spelled_whole), and across "and" such a
  match is one name whatever pieces the span's title and stop words cut
  (normx.resolve.one_name.one_name_across): "Hajj" is an honorific, "Umrah" a stop word.
* A name's "&" explains the query's "and" (normx.resolve.segment.ampersand_ands).
* A span of context words only that makes nothing whole is read as the names its "and" joins
  (normx.resolve.linker.SpanLinker._context_conjuncts): "Ministry of Interior" is all title
  words.
* A run too long for one span that opens with an organ "of the" its body is cut before "of
  the", so the body's coordinated name stays whole (normx.detect.spans._organ_cut).
"""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("mt_calque_bodies.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        (
            "The quota was approved by the Ministry of the Hajj and the Umrah in Tripoli.",
            "Ministry of the Hajj and the Umrah",
            "org:pilgrimage-ministry",
        ),
        (
            "And the Ministry of the Hajj and the Umrah announced the quota.",
            "Ministry of the Hajj and the Umrah",
            "org:pilgrimage-ministry",
        ),
    ],
)
def test_a_coordinated_name_spelled_whole(
    nz: Normalizer, text: str, name: str, entity: str
) -> None:
    links = dict(mention_pairs(nz, text))
    assert links.get(name) == entity


def test_a_partial_calque_is_still_a_piece(nz: Normalizer) -> None:
    """The discount is for the article only: a span that leaves a word of its own unpaired
    ("Hajj" said, "Umrah" not) is no spelling of the whole ministry."""
    links = dict(mention_pairs(nz, "The Ministry of the Hajj and the Zakat met in Tripoli."))
    assert "org:pilgrimage-ministry" not in links.values()


def test_an_ampersand_is_the_word_and(nz: Normalizer) -> None:
    text = "The report said that Fezzan Telecom and Technology did not pay its debts in Tripoli."
    assert mention_pairs(nz, text) == [
        ("Fezzan Telecom and Technology", "org:fezzan-telecom"),  # not "Fezzan" the region
        ("Tripoli", "loc:tripoli"),
    ]


def test_title_words_joined_by_and_are_read_as_two_names(nz: Normalizer) -> None:
    text = "He demanded the Attorney General and the Ministry of Interior to arrest them."
    assert ("Ministry of Interior", "org:interior-ministry") in mention_pairs(nz, text)


def test_titles_joined_by_and_stay_nothing(nz: Normalizer) -> None:
    assert mention_pairs(nz, "The Defense and Interior Ministers met.") == []


def test_an_organ_of_a_long_coordinated_name(nz: Normalizer) -> None:
    """Sixteen words: "General Assembly" of the company, whose twelve-word name is said whole
    (cut at its last "and", the company lost "Information Technology")."""
    name = "National Company for the Post and the Communications and the Information Technology"
    text = f"Tripoli - The General Assembly of the {name} approved the plan."
    links = mention_pairs(nz, text)
    assert (name, "org:national-post-company") in links
    assert "org:unga" not in dict(links).values()
