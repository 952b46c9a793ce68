"""A record named after a name (its name holds the name with more words) is no rival for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer.longer_names import is_named_after


@pytest.mark.parametrize(
    ("name", "other", "expected"),
    [
        ("Bani Walid", "Bani Walid Airport", True),
        ("Ain Zara", "Ain Zara Center", True),
        ("Tripoli", "Tripoli International Airport", True),
        ("Tripoli", "Old city of Tripoli", True),
        ("Bani Walid", "Bani Walid", False),  # the same name: a real rival
        ("Bani Walid", "Beni Walid Airport", False),  # another spelling: the matcher decides
        ("Bani Walid", "Walid Bani Airport", False),  # the words, but not in order
        ("Jufra", "Al Jufrah", False),
    ],
)
def test_is_named_after(name: str, other: str, expected: bool) -> None:
    assert is_named_after(name, other) is expected


def test_arabic_only_town_inherits_its_name_beside_its_airport(tmp_path: Path) -> None:
    # the user holds the town under its Arabic name only; the shipped gazetteers know its
    # English name, and the airport named after it must not keep that name from it
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: loc:bani-walid\n  type: LOC\n  name: {ar: بني وليد}\n"
        "- id: loc:bani-walid-airport\n  type: LOC\n"
        "  name: {en: Bani Walid Airport, ar: مطار بني وليد}\n",
        encoding="utf-8",
    )
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    town = next(r for r in nz.records if r.id == "loc:bani-walid")
    assert "Bani Walid" in town.aliases_en
    doc = nz.canonicalize("Fighters left Bani Walid on Monday.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Bani Walid", "loc:bani-walid")]
