"""Comma qualifiers that name a country give the bare place name; a town's do not."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.gazetteer.countries import is_country, is_home_country
from normx.gazetteer.schema import Record
from normx.gazetteer.titles import bare_forms, for_identification, with_bare_titles


def rec(rid: str, kind: str, en: str | None, ar: str | None = None) -> Record:
    return Record(id=rid, type=kind, name_en=en, name_ar=ar)


def test_countries_from_the_shipped_files() -> None:
    assert is_country("Libya") and is_country("EGYPT") and is_country("مصر")
    assert is_country("Republic of Turkey")  # an alias of a shipped country
    assert not is_country("Beirut")  # a capital in countries.yaml, not a country
    assert not is_country("Tripoli")
    assert is_home_country("Libya") and is_home_country("State of Libya")
    assert not is_home_country("Egypt")


def test_comma_bare_form_only_after_a_country() -> None:
    assert bare_forms("Zawiya, Libya", "LOC") == ("Zawiya",)
    assert bare_forms("Minya, Egypt", "LOC") == ("Minya",)
    assert bare_forms("Martyrs' Square, Beirut", "LOC") == ()  # a place inside a town
    assert bare_forms("Martyrs' Square, Tripoli", "LOC") == ()
    assert bare_forms("HAFTAR, Khalifa", "PER") == ()


def test_arabic_comma_qualifier_naming_a_country() -> None:
    out = with_bare_titles([rec("loc:z", "LOC", "Zawiya, Libya", "الزاوية، ليبيا")])
    assert out[0].aliases_en == ("Zawiya",)
    assert out[0].aliases_ar == ("الزاوية",)
    out = with_bare_titles([rec("loc:m", "LOC", None, "ساحة الشهداء، بيروت")])
    assert out[0].aliases_ar == ()


def test_an_all_capitals_qualifier_is_no_acronym() -> None:
    # "(LIBYA)" of an all-capitals list named the country: it took every "Libya" of a text
    assert bare_forms("PRESIDENTIAL GUARD (LIBYA)", "ORG") == ("PRESIDENTIAL GUARD",)
    assert bare_forms("Government of National Accord (GNA)", "ORG") == (
        "Government of National Accord",
        "GNA",
    )
    assert bare_forms("United Nations Support Mission in Libya (UNSMIL)", "ORG")[-1] == "UNSMIL"
    assert bare_forms("United States Africa Command (AFRICOM)", "ORG")[-1] == "AFRICOM"


def test_identification_reads_a_home_country_qualifier_only() -> None:
    records = [
        rec("loc:g", "LOC", "Gharyan, Libya"),
        rec("loc:t", "LOC", "Tripoli, Lebanon"),
        rec("loc:m", "LOC", "Martyrs' Square, Tripoli"),
    ]
    assert [r.name_en for r in for_identification(records)] == [
        "Gharyan",
        "Tripoli, Lebanon",
        "Martyrs' Square, Tripoli",
    ]


def test_normalizer_links_a_country_qualified_place(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: loc:lockerbie\n  type: LOC\n"
        '  name: {en: "Lockerbie, United Kingdom"}\n'
        "- id: loc:lockerbie-town\n  type: ORG\n"
        '  name: {en: "Lockerbie Academy"}\n',
        encoding="utf-8",
    )
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    doc = nz.canonicalize("The Lockerbie bombing was recalled in Tripoli.")
    linked = {(m.text, m.id) for m in doc.mentions if m.id}
    assert ("Lockerbie", "loc:lockerbie") in linked


def test_the_home_country_place_takes_the_bare_name_from_a_foreign_namesake() -> None:
    # "Tripoli, Libya" beside "Tripoli (Lebanon)": in a wiki-style gazetteer every "Tripoli"
    # went unlinked when neither had the bare name (articles-v8, v9)
    records = [
        rec("loc:tripoli", "LOC", "Tripoli, Libya"),
        rec("loc:tripoli-lb", "LOC", "Tripoli (Lebanon)"),
        rec("loc:sabha", "LOC", "Sabha, Libya"),
        rec("loc:sabha-2", "LOC", "Sabha"),  # held as written: no bare form for anyone
    ]
    out = with_bare_titles(records)
    assert [r.aliases_en for r in out] == [("Tripoli",), (), (), ()]


def test_a_foreign_title_yields_to_a_plain_holder_of_either_type() -> None:
    # a list typing Libya's Tripoli ORG: "Tripoli, Lebanon" must not take every "Tripoli"
    records = [
        rec("org:tripoli", "ORG", "Tripoli"),
        rec("loc:tripoli-lb", "LOC", "Tripoli, Lebanon"),
    ]
    assert [r.aliases_en for r in with_bare_titles(records)] == [(), ()]
    # a home-country or describing qualifier is not held back by another type
    records = [rec("org:tripoli", "ORG", "Tripoli"), rec("loc:tripoli", "LOC", "Tripoli (Libya)")]
    assert with_bare_titles(records)[1].aliases_en == ("Tripoli",)
