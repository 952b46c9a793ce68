"""A body named with its people's demonym ("the Russian Ministry of Defense") links through
the demonym when the rest ties between namesakes (normx.resolve.demonym_body)."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("demonym_body.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    ("text", "oid"),
    [
        (
            "Later the Russian Ministry of Defense took over in Qasr Tamim.",
            "org:defence-ministry-northland",
        ),
        (
            "Later the Egyptian Ministry of Defense took over in Qasr Tamim.",
            "org:defence-ministry-southland",
        ),
    ],
)
def test_the_demonym_tells_the_namesakes_apart(nz: Normalizer, text: str, oid: str) -> None:
    assert _links(nz, text) == [
        (text.split(" the ", 1)[1].split(" took")[0], oid),
        ("Qasr Tamim", "loc:qasr-tamim"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a title after the demonym: the person's context, no body
        "The Russian Defense Minister Sergei Volkov arrived.",
        # a demonym no name of the bodies glosses: nothing to tell them apart
        "Later the Chinese Ministry of Defense took over.",
    ],
)
def test_no_body_without_the_demonym_in_its_name(nz: Normalizer, text: str) -> None:
    assert all(not oid.startswith("org:") for _, oid in _links(nz, text))


def test_a_lower_case_head_describes(nz: Normalizer) -> None:
    # "parliament" glosses مجلس النواب: the capitalised name links, the description does not
    assert _links(nz, "The Egyptian parliament met.") == []
    assert _links(nz, "The Egyptian Parliament met.") == [
        ("Egyptian Parliament", "org:southland-deputies")
    ]
