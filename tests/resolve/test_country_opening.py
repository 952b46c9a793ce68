"""A sentence that opens with a country ("In Egypt, the Supreme Judicial Council ...") frames
the body named right after it as that country's (normx.resolve.country_frame.opened_choice);
the French adjective after a body ("Conseil ... saoudien") names Saudi Arabia (gloss lexicon)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.resolve.country_frame import opening_country

GAZETTEER = Path(__file__).with_name("country_opening.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("In Egypt, the", "org:judicial-council-egypt"),
        ("In Saudi Arabia, the", "org:judicial-council-saudi"),
    ],
)
def test_the_opening_country_frames_the_body(nz: Normalizer, opening: str, body: str) -> None:
    text = f"Judges met in Qasr Tamim. {opening} Supreme Judicial Council announced the date."
    assert link_map(nz, text)["Supreme Judicial Council"] == body


def test_without_a_country_the_libyan_body_stands(nz: Normalizer) -> None:
    text = "Judges met in Qasr Tamim. The Supreme Judicial Council announced the date."
    assert link_map(nz, text)["Supreme Judicial Council"] == "org:judicial-council-libya"


def test_the_opening_is_read_only_right_before_the_span() -> None:
    text = "In Saudi Arabia, the Judicial Council met."
    assert opening_country(text, text.index("Judicial")) == "Saudi Arabia"
    text = "In Saudi Arabia, officials said the Judicial Council met."
    assert opening_country(text, text.index("Judicial")) == ""
