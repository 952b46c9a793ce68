"""Qualified titles ("Zawiya (Libya)", "X (politician)") also answer to the bare name."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer import titles
from normx.gazetteer.schema import Record
from normx.gazetteer.titles import (
    bare_forms,
    described_name,
    for_identification,
    with_bare_titles,
)


def rec(rid: str, kind: str, en: str | None, ar: str | None = None) -> Record:
    return Record(id=rid, type=kind, name_en=en, name_ar=ar)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Khalid al-Mishri (politician)", "PER", ("Khalid al-Mishri",)),
        ("Zawiya (Libya)", "LOC", ("Zawiya",)),
        ("Government of National Accord (GNA)", "ORG", ("Government of National Accord", "GNA")),
        ("House of Representatives (HoR)", "ORG", ("House of Representatives", "HoR")),
        ("Mohamed Dagalo (Hemedti)", "PER", ("Mohamed Dagalo",)),  # no acronym for persons
        ("طرابلس (ليبيا)", "LOC", ("طرابلس",)),
        ("Gharyan, Libya", "LOC", ("Gharyan",)),  # a comma qualifier naming a country
        ("Martyrs' Square, Beirut", "LOC", ()),  # a town: off (COMMA_QUALIFIERS)
        ("Tripoli", "LOC", ()),
        ("New York (state)", "LOC", ()),  # a namesake of another kind than the plain name
        ("Senate (Egypt)", "ORG", ("Senate",)),
        ("(Libya)", "LOC", ()),
    ],
)
def test_bare_forms(text: str, kind: str, expected: tuple[str, ...]) -> None:
    assert bare_forms(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Gharyan, Libya", "LOC", ("Gharyan",)),
        ("Al-Ahli SC (Tripoli), Libya", "ORG", ("Al-Ahli SC (Tripoli)", "Al-Ahli SC")),
        ("HAFTAR, Khalifa", "PER", ()),  # a person's comma is surname-first, not a qualifier
        ("Washington, D.C.", "LOC", ()),  # an abbreviation is part of the name
        ("Gavi, the Vaccine Alliance", "ORG", ()),  # a description, not another place
    ],
)
def test_bare_forms_with_comma_qualifiers_on(
    text: str, kind: str, expected: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(titles, "COMMA_QUALIFIERS", True)
    assert bare_forms(text, kind) == expected


def test_bare_form_added_as_alias_canonical_kept() -> None:
    out = with_bare_titles([rec("loc:zawiya", "LOC", "Zawiya (Libya)", "الزاوية (ليبيا)")])
    assert out[0].name_en == "Zawiya (Libya)"
    assert out[0].aliases_en == ("Zawiya",)
    assert out[0].aliases_ar == ()  # Arabic titles stay as written (module docstring)


def test_no_title_leaves_records_untouched() -> None:
    records = (rec("loc:a", "LOC", "Tripoli"), rec("per:b", "PER", "HAFTAR, Khalifa"))
    assert with_bare_titles(records) == records


def test_bare_form_held_by_another_record_is_not_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "COMMA_QUALIFIERS", True)
    records = [
        rec("loc:tripoli", "LOC", "Tripoli"),
        rec("loc:tripoli-lb", "LOC", "Tripoli, Lebanon"),
        rec("loc:bayda", "LOC", "Bayda"),  # normx reads "Al Bayda" as "Bayda"
        rec("loc:bayda-ye", "LOC", "Al Bayda, Yemen"),
        rec("loc:dc", "LOC", "Washington, D.C."),  # holds "Washington" before its comma
        rec("loc:wa", "LOC", "Washington (state)"),
    ]
    assert all(not r.aliases_en for r in with_bare_titles(records))


def test_a_comma_qualifier_is_kept_as_written() -> None:
    # "Martyrs' Square, Beirut" must not take Tripoli's Martyrs' Square (articles-v9)
    out = with_bare_titles([rec("loc:ms", "LOC", "Martyrs' Square, Beirut")])
    assert out[0].aliases_en == ()


def test_other_type_does_not_block() -> None:
    records = [rec("org:tripoli", "ORG", "Tripoli"), rec("loc:tripoli", "LOC", "Tripoli (Libya)")]
    assert with_bare_titles(records)[1].aliases_en == ("Tripoli",)


def test_two_titles_with_one_bare_form_keep_their_qualifiers() -> None:
    records = [
        rec("org:as-b", "ORG", "Ansar al-Sharia (Benghazi)"),
        rec("org:as-d", "ORG", "Ansar al-Sharia (Derna)"),
    ]
    assert all(not r.aliases_en for r in with_bare_titles(records))


def test_normalizer_links_the_bare_name(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(
        "- id: per:khalid-al-mishri\n  type: PER\n"
        '  name: {en: "Khalid al-Mishri (politician)"}\n'
        "- id: loc:gharyan\n  type: LOC\n"
        '  name: {en: "Gharyan (Libya)"}\n'
        "- id: loc:ghat\n  type: LOC\n"
        '  name: {en: "Ghat"}\n',
        encoding="utf-8",
    )
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    assert nz.match("Gharyan")[0].id == "loc:gharyan"
    doc = nz.canonicalize("Khalid al-Mishri visited Gharyan. Al-Mishri then left.")
    linked = {(m.text, m.id) for m in doc.mentions if m.id}
    assert ("Gharyan", "loc:gharyan") in linked
    assert ("Khalid al-Mishri", "per:khalid-al-mishri") in linked
    assert ("Al-Mishri", "per:khalid-al-mishri") in linked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("444th Brigade (organization)", "444th Brigade"),
        ("Khalid al-Mishri (Libyan politician)", "Khalid al-Mishri"),
        ("Ahmed Ali (born 1960)", "Ahmed Ali"),
        ("Government of National Accord (GNA)", "Government of National Accord"),
        ("Zawiya (Libya)", None),  # names another place: maybe not the namesake shipped
        ("Tripoli, Lebanon", None),
        ("Tripoli", None),
    ],
)
def test_described_name(text: str, expected: str | None) -> None:
    assert described_name(text) == expected


def test_identification_reads_a_described_title_bare() -> None:
    records = [
        rec("org:b", "ORG", "444th Brigade (organization)"),
        rec("loc:z", "LOC", "Zawiya (Libya)"),  # the shipped places are Libya's: read bare
        rec("loc:t", "LOC", "Tripoli (Lebanon)"),  # not the shipped Tripoli: as written
        rec("loc:ny", "LOC", "New York (state)"),
    ]
    out = for_identification(records)
    assert [r.name_en for r in out] == [
        "444th Brigade",
        "Zawiya",
        "Tripoli (Lebanon)",
        "New York (state)",
    ]


def test_a_described_title_inherits_the_shipped_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "shipped.yaml"
    shipped.write_text(
        "- id: org:444\n  type: ORG\n"
        "  name: {en: 444th Brigade}\n  aliases: {en: [444 Combat Brigade]}\n",
        encoding="utf-8",
    )
    user = tmp_path / "user.yaml"
    user.write_text(
        '- id: my:444\n  type: ORG\n  name: {en: "444th Brigade (organization)"}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(shipped))
    nz = Normalizer.load([user], defaults=False, use_cache=False)
    (mine,) = nz.records
    assert mine.name_en == "444th Brigade (organization)"
    assert "444 Combat Brigade" in mine.aliases_en
