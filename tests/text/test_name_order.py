"""'SURNAME, Given' is inverted; a body's name that lists its fields after a comma is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx import Normalizer
from normx.text.normalize import normalize_name


@pytest.mark.parametrize(
    ("inverted", "natural"),
    [("QADHAFI, Muammar", "Muammar QADHAFI"), ("al-Mishri, Khaled", "Khaled al-Mishri")],
)
def test_person_written_surname_first_reads_in_natural_order(inverted: str, natural: str) -> None:
    assert normalize_name(inverted) == normalize_name(natural)


@pytest.mark.parametrize(
    "name",
    [
        "General Authority for Roads, Bridges and Transport",
        "Ministry of Labour, Rehabilitation and Training",
        "Autorité générale des routes, ponts et transports",
    ],
)
def test_body_listing_its_fields_keeps_its_order(name: str) -> None:
    assert normalize_name(name) == normalize_name(name.replace(",", ""))


def test_case_says_nothing_in_all_lower_or_all_upper_text() -> None:
    # "turki, hassan" and "TURKI, HASSAN" are still read surname first
    assert normalize_name("turki, hassan") == normalize_name("hassan turki")
    assert normalize_name("TURKI, HASSAN") == normalize_name("HASSAN TURKI")


def test_body_name_without_its_comma_matches_exactly(tmp_path: Path) -> None:
    gazetteer = tmp_path / "g.yaml"
    gazetteer.write_text(
        "- id: org:roads\n  type: ORG\n"
        '  name: {en: "General Authority for Roads, Bridges and Transport"}\n'
        "  source: test\n",
        encoding="utf-8",
    )
    normalizer = Normalizer.load(gazetteers=[gazetteer], defaults=False)
    best = normalizer.match("General Authority for Roads Bridges and Transport")[0]
    assert best.id == "org:roads"
    assert best.score == 1.0
