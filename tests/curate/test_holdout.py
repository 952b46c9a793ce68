"""Hold-out discipline: no gazetteer alias may be a mention string of the seed article.

The seed article is what normx is tested on; an alias copied from it would make the test pass
by construction. A mention may appear only as the canonical name of its own record.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from normx.gazetteer import load_gazetteers

REPO = Path(__file__).resolve().parents[2]
GAZETTEERS = REPO / "gazetteers"
SEEDS = REPO / "seeds"


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _seed_mentions() -> set[str]:
    keys: set[str] = set()
    for path in sorted(SEEDS.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                keys.add(_key(json.loads(line)["text"]))
    return keys


def test_seed_mentions_are_found() -> None:
    mentions = _seed_mentions()
    assert "al-mashri" not in mentions  # sanity: keys are whole mentions, not tokens
    assert "khaled al-mashri" in mentions
    assert "adnan uzbal" in mentions


def test_no_alias_is_a_seed_mention_unless_canonical() -> None:
    mentions = _seed_mentions()
    gaz = load_gazetteers([GAZETTEERS], defaults=False, use_cache=False)
    leaks = []
    for rec in gaz.records:
        canonical = {_key(n) for n in (rec.name_en, rec.name_ar) if n}
        for alias in (*rec.aliases_en, *rec.aliases_ar):
            key = _key(alias)
            if key in mentions and key not in canonical:
                leaks.append(f"{rec.id}: alias {alias!r}")
    assert leaks == []


def test_holdout_check_would_catch_a_leak() -> None:
    # The check above compares whole casefolded strings: a leaked spelling differs only in case.
    mentions = _seed_mentions()
    assert _key("Salah  AL-NIMROUSH") in mentions
