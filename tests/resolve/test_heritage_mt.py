"""Heritage news translated from Arabic (session 36, h-v58; articles-v58, also v52 and v55):
UNESCO's Arabic name written out word for word, a transliterated place with a translated
epithet ("... the Great"), an era adjective ("the Ottoman era") beside a person surnamed
Othman, and the eastern government's ministry named with "the Libyan Stability"."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("heritage_mt.yaml")
UNESCO_MT = "Organization of the United Nations for the Education and the Science and the Culture"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "name",
    [
        UNESCO_MT,
        "Organization of the United Nations for the Education, the Science and the Culture",
    ],
)
def test_unesco_mt_name_is_joined_across_and_the(nz: Normalizer, name: str) -> None:
    text = f"A mission of the {name} visited the site of Great Suluq on Monday."
    links = link_map(nz, text)
    assert links[name] == "org:unesco"
    assert "Culture" not in links


def test_unesco_mt_name_takes_the_field_word_a_ministry_coreference_took(
    nz: Normalizer,
) -> None:
    # the ministry named before: coreference took the name's last word "Culture" for it
    text = (
        "The Ministry of the Culture announced the works on Sunday.\n\n"
        f"The site is on the list of the {UNESCO_MT} since the year 1982."
    )
    links = link_map(nz, text)
    assert links["Ministry of the Culture"] == "org:ministry-of-culture-northland"
    assert links[UNESCO_MT] == "org:unesco"
    assert "Culture" not in links


def test_transliterated_name_with_translated_epithet(nz: Normalizer) -> None:
    # the smaller namesake (سلوق الصغرى) is in the gazetteer too: the epithet tells them apart
    text = "The restoration of the theatre of Saluq the Great began on Sunday."
    assert link_map(nz, text)["Saluq the Great"] == "loc:great-suluq"


def test_an_epithet_after_an_unknown_name_links_nothing(nz: Normalizer) -> None:
    text = "The statue of Iskandar the Great was shown in the hall."
    assert link_map(nz, text).get("Iskandar the Great") is None


def test_era_adjective_is_no_surname(nz: Normalizer) -> None:
    text = (
        "The minister Salma Rida Othman visited the old city.\n\n"
        "Twenty houses from the Ottoman era were demolished, and Roman columns were found."
    )
    links = link_map(nz, text)
    assert links["Salma Rida Othman"] == "per:salma-othman"
    assert "Ottoman" not in links
    assert "Roman" not in links


def test_ministry_of_the_government_of_the_libyan_stability_is_not_tripolis(
    nz: Normalizer,
) -> None:
    text = "The Ministry of the Culture in the Government of the Libyan Stability met."
    assert link_map(nz, text).get("Ministry of the Culture") is None


def test_a_linked_body_before_a_listed_name_keeps_its_own_link(nz: Normalizer) -> None:
    # the listed name starts after "of the": the committee before it is no piece of it
    name = "United Nations Educational, Scientific and Cultural Organization"
    text = f"The Northland Heritage Committee of the {name} met in Great Suluq."
    links = link_map(nz, text)
    assert links["Northland Heritage Committee"] == "org:northland-heritage-committee"
    assert links[name] == "org:unesco"
