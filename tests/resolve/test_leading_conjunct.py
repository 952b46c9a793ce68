"""A body held under its Arabic name only is called by the first conjunct of its name ("the
General Authority of Endowments" for الهيئة العامة للأوقاف والزكاة): the gloss index holds that
leading part as a name of the body too (normx.mt.gloss_index._leading_conjunct)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.mt.gloss_index import _leading_conjunct

GAZETTEER = Path(__file__).with_name("leading_conjunct.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "name",
    ["General Authority of Endowments", "General Authority of the Endowments", "Awqaf Authority"],
)
def test_the_first_conjunct_names_the_arabic_only_body(nz: Normalizer, name: str) -> None:
    links = link_map(nz, f"The {name} announced the plan in Qasr Tamim.")
    assert links[name] == "org:awqaf-zakat-authority"
    assert links["Qasr Tamim"] == "loc:qasr-tamim"


def test_the_whole_name_still_reaches_each_body(nz: Normalizer) -> None:
    text = "The General Authority of Zakat and Endowments met in Qasr Tamim."
    assert link_map(nz, text)["General Authority of Zakat and Endowments"] == (
        "org:zakat-endowments-authority"
    )


def test_the_tail_alone_is_no_name() -> None:
    assert _leading_conjunct(("الهيئه", "العامه", "للاوقاف", "والزكاه")) == 3
    assert _leading_conjunct(("الهيئه", "العامه", "للاوقاف")) == 0  # no tail
    assert _leading_conjunct(("وزاره", "والزكاه")) == 0  # a head alone is no name
