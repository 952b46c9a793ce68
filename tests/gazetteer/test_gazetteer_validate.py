"""validate_record: every rule of the record contract, one message each, on the right field."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.gazetteer import Origin, validate_record
from normx.gazetteer.schema import RECORD_KEYS

BASE: dict[str, Any] = {
    "id": "per:khalid-al-mishri",
    "type": "PER",
    "name": {"en": "Khalid al-Mishri", "ar": "خالد المشري"},
}


def check(raw: Any, lines: dict[str, int] | None = None):
    return validate_record(raw, path="g.yaml", line=3, lines=lines)


def with_(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is _DROP:
            del raw[key]
        else:
            raw[key] = value
    return raw


_DROP = object()


def test_valid_record_is_built_with_text_cleaned():
    raw = with_(
        id=" per:x ",
        name={"en": "  Khalid \t al-Mishri\n", "ar": "خالد   المشري"},
        aliases={"en": ["Khaled al-Meshri"], "ar": ["خالد عمار المشري"]},
        xref={"geonames": 2210554, "wikidata": "Q123"},
        source="UN list",
        note="a note",
    )
    record, problems = check(raw)
    assert problems == []
    assert record is not None
    assert record.id == "per:x"
    assert record.type == "PER"
    assert record.name_en == "Khalid al-Mishri"
    assert record.name_ar == "خالد المشري"
    assert record.aliases_en == ("Khaled al-Meshri",)
    assert record.aliases_ar == ("خالد عمار المشري",)
    assert record.xref == (("geonames", "2210554"), ("wikidata", "Q123"))
    assert (record.source, record.note) == ("UN list", "a note")
    assert record.origin == Origin("g.yaml", 3)


def test_one_name_in_either_language_is_enough():
    en_only, problems = check(with_(name={"en": "Sirte"}))
    assert problems == [] and en_only is not None and en_only.name_ar is None
    ar_only, problems = check(with_(name={"ar": "سرت"}))
    assert problems == [] and ar_only is not None and ar_only.canonical == "سرت"


@pytest.mark.parametrize(
    ("raw", "field", "fragment"),
    [
        (with_(id=_DROP), "id", "missing required key 'id'"),
        (with_(type=_DROP), "type", "missing required key 'type'"),
        (with_(name=_DROP), "name", "missing required key 'name'"),
        (with_(id=5), "id", "must be a string, got the number 5"),
        (with_(id=""), "id", "is empty"),
        (with_(id="per khalid"), "id", "must not contain whitespace"),
        (with_(type="person"), "type", "unknown type 'person'; expected one of PER, ORG, LOC"),
        (with_(type="per"), "type", "(did you mean 'PER'?)"),
        (with_(type=None), "type", "must be one of PER, ORG, LOC, got an empty value"),
        (with_(name="Khalid"), "name", "must be a mapping, got the string 'Khalid'"),
        (with_(name={}), "name", "must give the name in 'en' or 'ar'"),
        (with_(name={"en": "X y", "de": "Y"}), "name.de", "unknown key 'de'"),
        (with_(name={"en": ""}), "name.en", "is empty"),
        (with_(name={"en": " \t "}), "name.en", "is empty"),
        (with_(name={"ar": "Khalid"}), "name.ar", "has no Arabic letters"),
        (with_(name={"ar": "أبو Abu"}), "name.ar", "contains non-Arabic letters (Abu)"),
        (with_(name={"en": "طرابلس"}), "name.en", "must not contain Arabic script"),
        (with_(name={"en": "Tripoli ،"}), "name.en", "must not contain Arabic script"),
        (with_(name={"en": "1969"}), "name.en", "must contain letters"),
        (with_(name={"en": "Khalid\x07"}), "name.en", "invisible character U+0007"),
        (with_(name={"en": "Sirte\u200f"}), "name.en", "U+200F RIGHT-TO-LEFT MARK"),
        (with_(name={"ar": "\ufeffسرت"}), "name.ar", "U+FEFF"),
        (with_(name={"en": True}), "name.en", "the boolean true (YAML reads unquoted"),
        (with_(aliases=["Khaled"]), "aliases", "must be a mapping, got a list"),
        (with_(aliases={"en": "Khaled"}), "aliases.en", "write ['Khaled'] for a single alias"),
        (with_(aliases={"en": 3}), "aliases.en", "must be a list of strings, got the number 3"),
        (with_(aliases={"en": ["A b", "A b"]}), "aliases.en[1]", "duplicate of aliases.en[0]"),
        (
            with_(aliases={"en": ["Khalid  al-Mishri"]}),
            "aliases.en[0]",
            "duplicate of name.en ('Khalid al-Mishri')",
        ),
        (with_(aliases={"en": [None]}), "aliases.en[0]", "got an empty value (null)"),
        (with_(aliases={"ar": ["Khalid"]}), "aliases.ar[0]", "has no Arabic letters"),
        (with_(aliases={"de": ["Chalid"]}), "aliases.de", "unknown key 'de'"),
        (with_(xref={"icao": False}), "xref.icao", "got the boolean false"),
        (with_(xref={"geonames": 1.5}), "xref.geonames", "string or an integer, got the number"),
        (with_(xref={"wikidata": ""}), "xref.wikidata", "is empty"),
        (with_(xref="Q123"), "xref", "must be a mapping"),
        (with_(source=5), "source", "must be a string, got the number 5"),
        (with_(note=""), "note", "is empty"),
        (with_(note=None), "note", "got an empty value (null)"),
        (with_(nmae="x"), "nmae", "unknown key 'nmae' (did you mean 'name'?)"),
        (with_(aliasses={}), "aliasses", "(did you mean 'aliases'?)"),
        (with_(Type="PER"), "Type", "(did you mean 'type'?)"),
    ],
)
def test_each_violation_is_reported_on_its_field(raw, field, fragment):
    record, problems = check(raw)
    assert record is None
    assert [p.field for p in problems] == [field]
    assert fragment in problems[0].message
    assert problems[0].path == "g.yaml"


def test_unknown_key_message_lists_the_valid_keys():
    _, problems = check(with_(colour="red"))
    assert problems[0].message == (
        "unknown key 'colour'; valid keys are: aliases, id, name, note, source, type, xref"
    )


def test_every_problem_in_a_record_is_reported_at_once():
    raw = with_(type="PERSON", name={"en": "خالد"}, nmae="x", xref={"icao": None})
    _, problems = check(raw)
    assert sorted(p.field for p in problems) == ["name.en", "nmae", "type", "xref.icao"]


def test_problems_carry_field_lines_with_fallback_to_parent_and_record():
    lines = {"id": 3, "type": 4, "name": 5, "name.en": 6, "aliases": 8, "aliases.en": 9}
    lines["aliases.en[0]"] = 10
    lines["aliases.en[1]"] = 11
    raw = with_(
        type="person",
        name={"en": "خالد", "ar": "Khalid"},
        aliases={"en": ["Kh A", "Kh A"], "ar": "x"},
        source=5,
    )
    _, problems = check(raw, lines)
    by_field = {p.field: p.line for p in problems}
    assert by_field == {
        "type": 4,
        "name.en": 6,
        "name.ar": 5,  # no line of its own: its parent's
        "aliases.en[1]": 11,
        "aliases.ar": 8,
        "source": 3,  # not in the map at all: the record's line
    }


def test_problem_text_is_path_line_id_field_message():
    _, problems = check(with_(type="person"))
    assert str(problems[0]) == (
        "g.yaml:3: per:khalid-al-mishri: type: unknown type 'person'; expected one of PER, ORG, LOC"
    )
    _, problems = check(with_(id=_DROP))
    assert str(problems[0]) == "g.yaml:3: -: id: missing required key 'id'"


def test_a_record_that_is_not_a_mapping_is_one_problem():
    for raw in (None, "", "😀", 5, ["id", "x"]):
        record, problems = check(raw)
        assert record is None
        assert len(problems) == 1
        assert problems[0].field is None
        assert "a record must be a mapping" in problems[0].message


def test_arabic_with_digits_and_diacritics_is_arabic():
    record, problems = check(with_(name={"ar": "اللواء ١٠٦ مُعَمَّر"}))
    assert problems == [] and record is not None


def test_english_may_use_transliteration_marks():
    record, problems = check(with_(name={"en": "ʿAbd al-Ḥamīd Dbēbah"}))
    assert problems == [] and record is not None


def test_path_and_line_must_be_given_properly():
    with pytest.raises(TypeError, match="path must be a string"):
        validate_record(BASE, path=None, line=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="line must be an int"):
        validate_record(BASE, path="x", line="1")  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)
_texts = st.text(max_size=20) | st.sampled_from(["Khalid", "خالد", "PER", "LOC", " x ", "\x00"])
_records = st.fixed_dictionaries(
    {},
    optional={
        "id": _texts | _json,
        "type": st.sampled_from(["PER", "ORG", "LOC", "per", ""]) | _json,
        "name": st.dictionaries(st.sampled_from(["en", "ar", "fr"]), _texts | _json, max_size=2)
        | _json,
        "aliases": st.dictionaries(
            st.sampled_from(["en", "ar"]), st.lists(_texts, max_size=3) | _json, max_size=2
        ),
        "xref": st.dictionaries(st.text(max_size=5), _texts | st.integers() | _json, max_size=2),
        "source": _texts | _json,
        "note": _texts,
        "extra": _json,
    },
)


@settings(max_examples=300, deadline=None)
@given(_records | _json)
def test_any_input_gives_a_record_or_problems_never_an_exception(raw):
    record, problems = check(raw)
    assert (record is None) == bool(problems)


_space = st.sampled_from(["", " ", "  ", "\t", "\n"])
_en = st.sampled_from(["Khalid al-Mishri", "Sirte", "Abd al-Hamid Dbeibah", "Misrata", "Q"])
_ar = st.sampled_from(["خالد المشري", "سرت", "عبد الحميد الدبيبة", "مصراتة ١"])
_en_alias = st.lists(st.sampled_from(["Khaled al-Meshri", "Surt", "Misratah"]), unique=True)
_ar_alias = st.lists(st.sampled_from(["خالد عمار المشري", "سرته"]), unique=True)


@st.composite
def _valid_records(draw: st.DrawFn) -> dict[str, Any]:
    def noisy(text: str) -> str:
        return (
            draw(_space)
            + text.replace(" ", draw(st.sampled_from([" ", "  ", " \t"])))
            + draw(_space)
        )

    names = draw(
        st.sampled_from([{"en"}, {"ar"}, {"en", "ar"}]).map(
            lambda langs: {lang: noisy(draw(_en if lang == "en" else _ar)) for lang in langs}
        )
    )
    raw: dict[str, Any] = {
        "id": noisy(draw(st.sampled_from(["per:a", "loc:b-1", "org:x_y"]))),
        "type": draw(st.sampled_from(["PER", "ORG", "LOC"])),
        "name": names,
    }
    if draw(st.booleans()):
        raw["aliases"] = {"en": [noisy(a) for a in draw(_en_alias)], "ar": draw(_ar_alias)}
    if draw(st.booleans()):
        raw["xref"] = {"wikidata": "Q1", "geonames": draw(st.integers(0, 10**9))}
    if draw(st.booleans()):
        raw["source"] = noisy("some source")
    return raw


@settings(max_examples=200, deadline=None)
@given(_valid_records())
def test_valid_records_are_accepted_and_survive_a_round_trip(raw):
    record, problems = check(raw)
    assert problems == []
    assert record is not None
    assert set(record.to_dict()) <= RECORD_KEYS
    again, more = check(record.to_dict())  # the file form of what was accepted is accepted
    assert more == [] and again == record
    for _lang, text, _canonical in record.all_names():  # cleaned: no stray whitespace
        assert text == " ".join(text.split())
