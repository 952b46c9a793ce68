"""A firm translated "Company of (the) X (for the Y)", the Arabic construct شركة X لـY word
for word, is the firm X names: its gazetteer name (a Wikipedia title) leaves شركة out.

Three ways in (session 30, h-v49fix, articles-v49): the gloss matcher excuses an unmatched kind
of firm at the phrase's edge (the lexicon's ``unsaid_kinds``: normx.mt.gloss_score) and glosses
an airline's kind words ("Airlines": الخطوط الجوية, الخطوط); a name it cannot say is asked by
its own word X alone (normx.resolve.firm_of), read as a business's own word (a look-alike place
is no rival); and "the Company" after an airline named by its own name's kind words refers to
it (normx.resolve.firm_noun)."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("firm_of.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_demonym_airline_said_with_company_links_whole(nz: Normalizer) -> None:
    text = "The Company of the Algerian Airlines resumed its flights to Tripoli on Monday."
    assert mention_pairs(nz, text) == [
        ("Company of the Algerian Airlines", "org:air-algerie"),  # not the steel company
        ("Tripoli", "loc:tripoli"),
    ]


def test_an_airline_named_by_its_kind_word_alone_in_arabic(nz: Normalizer) -> None:
    """الخطوط without الجوية (Tunisair is الخطوط التونسية) still glosses "Airlines"."""
    text = "The Company of the Sudanese Airlines opened a line to Tunis."
    assert mention_pairs(nz, text) == [
        ("Company of the Sudanese Airlines", "org:sudanair"),
        ("Tunis", "loc:tunis"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "rid"),
    [
        (
            "The Company of Zeltan said that its planes are ready.",
            "Company of Zeltan",
            "org:zeltan-airways",
        ),
        (
            "And the Company of the Nafoura for the Air Transport announced three weekly trips.",
            "Company of the Nafoura for the Air Transport",
            "org:nafoura-air",  # not the town An Nafurah, a look-alike of the own word
        ),
        (
            "The Company of the Nafoura said it will fly.",
            "Company of the Nafoura",
            "org:nafoura-air",
        ),
    ],
)
def test_a_firm_named_by_its_own_word_after_company_of(
    nz: Normalizer, text: str, name: str, rid: str
) -> None:
    assert (name, rid) in mention_pairs(nz, text)


def test_the_company_after_an_airline_is_that_airline(nz: Normalizer) -> None:
    text = (
        "On its part, the spokesman of the Sahara Airlines, Ali Omar, said that the Company "
        "prepared two planes for the line of Tunis."
    )
    links = dict(mention_pairs(nz, text))
    assert links["Sahara Airlines"] == "org:sahara-airlines"
    assert links["Company"] == "org:sahara-airlines"


def test_the_company_of_a_firm_named_only_once_is_that_firm(nz: Normalizer) -> None:
    """A later "Company" refers to the firm named after "Company of" (the whole is the mention,
    linked before coreference), not to an airline named earlier."""
    text = (
        "The spokesman of the Sahara Airlines, Ali Omar, said that the Company prepared two "
        "planes, and that the Company will return the line of Tunis.\n\n"
        "And the Company of Zeltan announced the return of its trips, and its director said that "
        "the Company received the approval."
    )
    found = mention_pairs(nz, text)
    assert ("Company of Zeltan", "org:zeltan-airways") in found
    assert found[-1] == ("Company", "org:zeltan-airways")
