"""The same gazetteer files loaded in another order must not reuse the first order's caches.

The compiled match index (and the other caches keyed on ``Gazetteer.fingerprint``) refer to
records by position, so a fingerprint that ignored the load order sent "Mashri" to whatever
record sat at the position Khaled al-Mishri had held in the first run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normx import Normalizer
from normx.gazetteer import load_gazetteers

PERSONS = """\
- id: per:khaled-al-mishri
  type: PER
  name: {en: "Khaled al-Mishri", ar: "خالد المشري"}
  source: hand-written test record
- id: loc:zawiya
  type: LOC
  name: {en: "Zawiya", ar: "الزاوية"}
  source: hand-written test record
"""

BODIES = """\
- id: org:government-of-national-accord
  type: ORG
  name: {en: "Government of National Accord", ar: "حكومة الوفاق الوطني"}
  source: hand-written test record
- id: loc:misrata
  type: LOC
  name: {en: "Misrata", ar: "مصراتة"}
  source: hand-written test record
"""


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "persons.yaml", tmp_path / "bodies.yaml"
    first.write_text(PERSONS, encoding="utf-8")
    second.write_text(BODIES, encoding="utf-8")
    return first, second


def test_fingerprint_depends_on_load_order(two_files):
    first, second = two_files
    forward = load_gazetteers([first, second], defaults=False)
    backward = load_gazetteers([second, first], defaults=False)
    assert forward.fingerprint != backward.fingerprint


def test_a_reversed_load_links_to_the_same_entities(two_files, tmp_path, monkeypatch):
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path / "cache"))
    first, second = two_files
    for order in ([first, second], [second, first]):
        normalizer = Normalizer.load(gazetteers=order, defaults=False)
        assert normalizer.match("Khaled Al-Mashri")[0].id == "per:khaled-al-mishri"
        assert normalizer.match("Misurata")[0].id == "loc:misrata"
        assert normalizer.match("Zawia")[0].id == "loc:zawiya"
