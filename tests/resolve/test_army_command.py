"""'The General Command' is the command of the one army the document links
(normx.resolve.army_command); with none or two it stays unlinked."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.resolve.army_command import is_army

GAZETTEER = Path(__file__).with_name("army_command.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_general_command_is_the_army_named_before(nz: Normalizer) -> None:
    text = (
        "The Northern National Army entered Qasr Tamim. The spokesman of the General "
        "Command said the town was calm."
    )
    assert _links(nz, text) == [
        ("Northern National Army", "org:northern-army"),
        ("Qasr Tamim", "loc:qasr-tamim"),
        ("General Command", "org:northern-army"),
    ]


def test_the_army_may_be_named_after(nz: Normalizer) -> None:
    text = "The General Command denied it. The Northern National Army holds the south."
    assert ("General Command", "org:northern-army") in _links(nz, text)


def test_an_army_known_by_its_arabic_head(nz: Normalizer) -> None:
    text = "The Southland Defence Force moved in, the High Command said."
    assert _links(nz, text) == [
        ("Southland Defence Force", "org:southland-forces"),
        ("High Command", "org:southland-forces"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no army linked: nothing to refer to
        "The General Command said the Rivers Authority would pay.",
        # two armies: the words cannot say whose
        "The Northern National Army and the Southland Defence Force met; the General Command "
        "said nothing.",
        # "of ..." says whose command it is
        "The General Command of the Southland Defence Force met the Northern National Army.",
        # not definite: a title before a name ("General Command ..." is no phrase here)
        "Northern National Army chief General Commander Ali spoke.",
    ],
)
def test_no_link_without_one_army(nz: Normalizer, text: str) -> None:
    assert all(
        surface not in ("General Command", "High Command") for surface, _ in _links(nz, text)
    )


@pytest.mark.parametrize(
    ("english", "arabic", "army"),
    [
        (["Libyan National Army"], [], True),
        (["Egyptian Armed Forces"], [], True),
        (["Rapid Support Forces"], [("قوات", "دعم", "سريع")], False),
        (["X"], [("جيش", "وطني")], True),
        (["Army"], [], False),  # the head alone names no army
        (["Army of the South"], [], False),
    ],
)
def test_is_army(english: list[str], arabic: list[tuple[str, ...]], army: bool) -> None:
    assert is_army(english, arabic) is army
