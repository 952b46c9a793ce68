"""French names in a record (``name.fr``, ``aliases.fr``): read, kept, spelled only.

A record may give its French names for French wires ("Syrte" for Sirte). They are validated
like English names, survive the cache, are inherited by a user's record of the same entity,
and reach only the name trie: a text's exact French name links the record, and no other word
is read loosely as one (they are not in the matcher's index).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normx import Normalizer
from normx.errors import GazetteerError
from normx.gazetteer import load_gazetteers

FRENCH = """\
- id: loc:sirte
  type: LOC
  name: {en: Sirte, ar: سرت, fr: Syrte}
- id: org:unsc
  type: ORG
  name: {en: United Nations Security Council, fr: Conseil de sécurité des Nations unies}
  aliases: {en: [UN Security Council], fr: [Conseil de sécurité]}
- id: org:un
  type: ORG
  name: {en: United Nations, fr: Organisation des Nations unies}
  aliases: {en: [UN], fr: [ONU, UE]}
"""


def _write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _linked(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_french_names_are_read_and_survive_the_cache(tmp_path: Path) -> None:
    path = _write(tmp_path, FRENCH)
    for use_cache in (False, True, True):  # fresh, cache written, cache read
        gaz = load_gazetteers([path], defaults=False, use_cache=use_cache)
        by_id = {r.id: r for r in gaz.records}
        assert by_id["loc:sirte"].names("fr") == ("Syrte",)
        assert by_id["org:unsc"].names("fr") == (
            "Conseil de sécurité des Nations unies",
            "Conseil de sécurité",
        )
        assert by_id["org:unsc"].to_dict()["aliases"]["fr"] == ["Conseil de sécurité"]
        # the matched names stay English and Arabic
        assert {lang for lang, _, _ in by_id["loc:sirte"].all_names()} == {"en", "ar"}


def test_a_french_name_is_checked_like_an_english_one(tmp_path: Path) -> None:
    bad = "- id: loc:x\n  type: LOC\n  name: {en: X, fr: سرت}\n"
    with pytest.raises(GazetteerError, match=r"name\.fr.*must not contain Arabic"):
        load_gazetteers([_write(tmp_path, bad)], defaults=False, use_cache=False)
    only_french = "- id: loc:x\n  type: LOC\n  name: {fr: Syrte}\n"
    with pytest.raises(GazetteerError, match="'en' or 'ar'"):
        load_gazetteers([_write(tmp_path, only_french, "b.yaml")], defaults=False, use_cache=False)


def test_a_french_wire_links_the_french_names_exactly(tmp_path: Path) -> None:
    nz = Normalizer.load([_write(tmp_path, FRENCH)], defaults=False, use_cache=False)
    doc = nz.canonicalize("Des combats ont éclaté à Syrte, selon le Conseil de sécurité.")
    found = {m.text: (m.id, m.method) for m in doc.mentions}
    assert found["Syrte"] == ("loc:sirte", "exact")
    assert found["Conseil de sécurité"] == ("org:unsc", "exact")


def test_french_names_are_spelled_never_matched_loosely(tmp_path: Path) -> None:
    nz = Normalizer.load([_write(tmp_path, FRENCH)], defaults=False, use_cache=False)
    assert all(name.lang in ("en", "ar") for name in nz.index.names)
    # a two-letter French name is never spelled (too short to tell from other words)
    assert _linked(nz, "Des diplomates de l'UE sont arrivés.").get("UE") is None
    assert _linked(nz, "Une réunion de l'ONU a eu lieu.").get("ONU") == "org:un"


def test_a_users_record_inherits_the_shipped_french_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = _write(tmp_path, FRENCH, "shipped.yaml")
    own = _write(tmp_path, "- id: loc:my-sirte\n  type: LOC\n  name: {en: Sirte}\n", "own.yaml")
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(shipped))
    nz = Normalizer.load([own], use_cache=False)
    assert nz.by_id["loc:my-sirte"].names("fr") == ("Syrte",)
    assert _linked(nz, "Des combats ont éclaté à Syrte.")["Syrte"] == "loc:my-sirte"
