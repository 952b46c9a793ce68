"""A country's record answers to its names in other languages (CLDR exonyms: "Tunisie",
"Allemagne", "Almanya"), unless another record holds the name or the country is ambiguous."""

from pathlib import Path

from normx import Normalizer
from normx.gazetteer.exonyms import DATA, country_exonyms, exonym_table
from normx.gazetteer.schema import Record

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
- id: org:egypt-fc
  type: ORG
  name: {en: Egypt}
"""


def _load(tmp_path: Path, text: str = GAZETTEER) -> Normalizer:
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    return Normalizer.load([path], defaults=False, use_cache=False)


def test_the_table_is_cldr_data_with_its_source_stated() -> None:
    head = DATA.read_text(encoding="utf-8").splitlines()[:6]
    assert any("CLDR" in line for line in head) and any("Unicode License" in line for line in head)
    table = exonym_table()
    english, others = table["TN"]
    assert english == ("Tunisia",)
    assert ("fr", "Tunisie") in others and ("de", "Tunesien") in others
    assert ("fr", "Allemagne") in table["DE"][1] and ("tr", "Almanya") in table["DE"][1]
    assert len(table) > 200  # every country, not a chosen few


def test_a_foreign_country_name_links_the_users_country_not_the_city(tmp_path: Path) -> None:
    nz = _load(tmp_path)
    top = nz.match("Tunisie", top=1, explain=True)[0]
    assert top.id == "loc:tunisia"
    assert "cldr:TN" in top.explain.get("inherited", "")
    doc = nz.canonicalize("He came back via Tunisie and Allemagne, then Tunis.")
    linked = {m.text: m.id for m in doc.mentions}
    assert linked == {"Tunisie": "loc:tunisia", "Allemagne": "loc:germany", "Tunis": "loc:tunis"}


def test_a_name_another_record_holds_stays_that_records(tmp_path: Path) -> None:
    nz = _load(tmp_path)
    assert nz.match("Libia", top=1)[0].id == "loc:libia-town"


def test_only_places_and_only_one_record_per_country() -> None:
    def norm(s: str) -> str:
        return s.lower()

    table = {"TN": (("Tunisia",), (("fr", "Tunisie"), ("tr", "Tunus")))}
    one = [Record(id="loc:t", type="LOC", name_en="Tunisia")]
    found = country_exonyms(one, norm, table=table)
    assert [(n.record_id, n.text) for n in found] == [("loc:t", "Tunisie"), ("loc:t", "Tunus")]
    org = [Record(id="org:t", type="ORG", name_en="Tunisia")]
    assert country_exonyms(org, norm, table=table) == ()
    two = [*one, Record(id="loc:t2", type="LOC", name_en="Tunisia")]
    assert country_exonyms(two, norm, table=table) == ()


def test_an_exonym_of_two_countries_or_another_countrys_name_is_left_out() -> None:
    def norm(s: str) -> str:
        return s.lower()

    table = {
        "AA": (("Aland",), (("fr", "Common"), ("de", "Borland"))),
        "BB": (("Borland",), (("fr", "Common"),)),
    }
    recs = [Record(id="loc:a", type="LOC", name_en="Aland")]
    assert country_exonyms(recs, norm, table=table) == ()
