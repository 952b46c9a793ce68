"""A country's record answers, in running text, to its names in other languages (CLDR
exonyms: "Tunisie", "Allemagne", "Almanya"), unless another record holds the name or the
country is ambiguous; the matcher never reads other words loosely as exonyms."""

from pathlib import Path

from normx import Normalizer
from normx.gazetteer.exonyms import DATA, country_exonyms, exonym_table

GAZETTEER = """\
- id: loc:tunisia
  type: LOC
  name: {en: Tunisia}
- id: loc:tunis
  type: LOC
  name: {en: Tunis}
- id: loc:germany
  type: LOC
  name: {en: Germany}
- id: loc:libia-town
  type: LOC
  name: {en: Libia}
- id: loc:libya
  type: LOC
  name: {en: Libya}
- id: loc:kuwait
  type: LOC
  name: {en: Kuwait}
"""

TABLE = """\
languages: [fr, de]
countries:
  AA: {en: ["Aland"], fr: ["Alandie", "Common"], de: ["Borland"]}
  BB: {en: ["Borland"], fr: ["Common", "Borlandie"]}
  CC: {en: ["Cland"], fr: ["Clandie", "Cla"]}
"""


def _load(tmp_path: Path, text: str = GAZETTEER) -> Normalizer:
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    return Normalizer.load([path], defaults=False, use_cache=False)


def _linked(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_the_table_is_cldr_data_with_its_source_stated() -> None:
    head = DATA.read_text(encoding="utf-8").splitlines()[:6]
    assert any("CLDR" in line for line in head)
    assert any("Unicode License" in line for line in head)
    assert (DATA.parent / "LICENSE-CLDR.txt").is_file()
    table = exonym_table()
    english, others = table["TN"]
    assert english == ("Tunisia",)
    assert ("fr", "Tunisie") in others and ("de", "Tunesien") in others
    assert ("fr", "Allemagne") in table["DE"][1] and ("tr", "Almanya") in table["DE"][1]
    assert len(table) > 200  # every country, not a chosen few


def test_a_foreign_country_name_links_the_users_country_not_the_city(tmp_path: Path) -> None:
    nz = _load(tmp_path)
    found = _linked(nz, "He came back via Tunisie and Allemagne, then went to Tunis.")
    assert found == {"Tunisie": "loc:tunisia", "Allemagne": "loc:germany", "Tunis": "loc:tunis"}


def test_a_name_another_record_holds_stays_that_records(tmp_path: Path) -> None:
    nz = _load(tmp_path)
    assert _linked(nz, "They reached Libia on Monday.") == {"Libia": "loc:libia-town"}


def test_exonyms_are_spelled_not_matched_loosely(tmp_path: Path) -> None:
    nz = _load(tmp_path)
    # Turkish "Kuveyt" is Kuwait's; "Covid" resembles it, and must not link
    assert _linked(nz, "Doctors fought Covid in the south.").get("Covid") is None
    assert _linked(nz, "He flew to Kuveyt.") == {"Kuveyt": "loc:kuwait"}


def test_two_records_of_one_country_gain_nothing(tmp_path: Path) -> None:
    twice = GAZETTEER + "- id: loc:tunisia-2\n  type: LOC\n  name: {en: Tunisia}\n"
    nz = _load(tmp_path, twice)
    assert _linked(nz, "He came back via Tunisie.").get("Tunisie") in (None, "loc:tunis")


def test_the_rules_on_a_small_table(tmp_path: Path) -> None:
    table = tmp_path / "t.yaml"
    table.write_text(TABLE, encoding="utf-8")
    loaded = {
        "aland": [("loc:a", "LOC", 0)],
        "cland": [("org:c", "ORG", 1)],  # a body named like a country is no country
    }
    found = country_exonyms(lambda key: loaded.get(key, ()), table)
    # "Common" is two countries' exonym, "Borland" another country's English name
    assert [(e.record_id, e.name_id, e.text) for e in found] == [("loc:a", 0, "Alandie")]
    loaded["alandie"] = [("loc:x", "LOC", 2)]  # another record holds it
    assert country_exonyms(lambda key: loaded.get(key, ()), table) == []
