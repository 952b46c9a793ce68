"""A holding company said short by its kind and one field of its name ("the Holding Company for
the Communications" for الشركة القابضة للاتصالات), then by its kind alone ("the Holding"), is
the one body the document names in full whose coordinated complement holds that field
(normx.resolve.holding_short); a company with that field as its only complement is not it."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("holding_short.yaml")
FULL = "National Company for the Post and the Communications and the Information Technology"
RIVAL = "Sahara International Company for the Communications"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_short_forms_are_the_holding(nz: Normalizer) -> None:
    text = (
        "The Holding Company for the Communications approves a plan\n\n"
        f"Tripoli - The {FULL} approved a plan to merge the networks. The {RIVAL} objected. "
        "The Holding said that it will pay the debts, and the Holding Company replied."
    )
    links = mention_pairs(nz, text)
    assert ("Holding Company for the Communications", "org:national-post-company") in links
    assert (FULL, "org:national-post-company") in links
    assert (RIVAL, "org:sahara-telecom") in links
    assert ("Holding", "org:national-post-company") in links
    assert ("Holding Company", "org:national-post-company") in links


def test_no_holding_named_in_full_no_link(nz: Normalizer) -> None:
    """The document names only the company whose one complement is the field: the short form
    is no mention of it (its name coordinates nothing)."""
    text = (
        f"Tripoli - The {RIVAL} objected, and the Holding Company for the Communications "
        "replied. The Holding said that it will pay."
    )
    links = dict(mention_pairs(nz, text))
    assert links.get(RIVAL) == "org:sahara-telecom"
    assert links.get("Holding Company for the Communications") is None
    assert links.get("Holding") is None
