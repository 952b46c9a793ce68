"""The title "High Commissioner" before a name is its holder's (normx/detect/data/titles.yaml,
like "High Representative"), not the Office of the High Commissioner: "The High Commissioner
Zeid Ra'ad al-Hussein" names the man only."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer

GAZETTEER = """\
- id: org:ohchr
  type: ORG
  name: {en: "Office of the United Nations High Commissioner for Human Rights"}
- id: per:zeid
  type: PER
  name: {en: "Zeid Ra'ad al-Hussein"}
"""


UNHCR = """\
- id: org:unhcr
  type: ORG
  name: {en: "United Nations High Commissioner for Refugees"}
"""


def _normalizer(tmp_path: Path, text: str = GAZETTEER) -> Normalizer:
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    return Normalizer.load([path], defaults=False, use_cache=False)


def test_the_title_before_its_holder_is_not_the_office(tmp_path: Path) -> None:
    nz = _normalizer(tmp_path)
    doc = nz.canonicalize("The High Commissioner Zeid Ra'ad al-Hussein had expressed concern.")
    linked = {m.text: m.id for m in doc.mentions if m.id}
    assert "org:ohchr" not in linked.values()
    assert "per:zeid" in linked.values()


def test_the_office_named_in_full_still_links(tmp_path: Path) -> None:
    nz = _normalizer(tmp_path, GAZETTEER + UNHCR)
    doc = nz.canonicalize("The United Nations High Commissioner for Refugees said on Monday.")
    assert "org:unhcr" in {m.id for m in doc.mentions}
