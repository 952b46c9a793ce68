"""A holding company said short by its kind and one field of its name ("the Holding Company for
the Communications" for الشركة القابضة للاتصالات), then by its kind alone ("the Holding"), is
the one body the document names in full whose coordinated complement holds that field
(normx.resolve.holding_short); a company with that field as its only complement is not it."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer
from normx.resolve.holding_short import named_by_kind

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


OWN = "Company of Fezzan for the Communications and the Technology"


def test_a_firm_with_its_own_word_is_no_holding(nz: Normalizer) -> None:
    """A subsidiary called by its own word (فزان للاتصالات والتقنية, after Libya Telecom &
    Technology) coordinates the same fields, but is never "the Holding": with the holding not
    named in full, the short forms stay unlinked (articles-v50, 5004)."""
    text = (
        f"Tripoli - The director of the {OWN} said that the cable was cut. The head of the "
        "committee demanded the Holding Company of the Communications to build a second cable. "
        "And the Holding replied that it spent more."
    )
    links = dict(mention_pairs(nz, text))
    assert links.get(OWN) == "org:fezzan-telecom"
    assert links.get("Holding Company of the Communications") is None
    assert links.get("Holding") is None


def test_the_holding_beside_its_own_word_subsidiary(nz: Normalizer) -> None:
    """Both named in full: the short form is the body named by its kind and fields, not the
    one named by its own word (which would otherwise make two bodies fit, and no link)."""
    text = (
        f"Tripoli - The {FULL} approved a plan, and the director of the {OWN} objected. The "
        "Holding Company of the Communications said that it will pay the debts."
    )
    links = mention_pairs(nz, text)
    assert (OWN, "org:fezzan-telecom") in links
    assert ("Holding Company of the Communications", "org:national-post-company") in links


@pytest.mark.parametrize(
    ("arabic", "by_kind"),
    [
        (("الشركة الليبية للبريد والاتصالات وتقنية المعلومات",), True),
        (("ليبيا للاتصالات والتقنية",), False),  # its own word first
        (("شركة الصحراء للاتصالات والتقنية",), False),  # the kind word in construct
        (("ليبيانا", "الشركة الوطنية للاتصالات"), True),  # one name by its kind is enough
        ((), True),  # no Arabic name: not judged
    ],
)
def test_named_by_kind(arabic: tuple[str, ...], by_kind: bool) -> None:
    assert named_by_kind(arabic) is by_kind
