"""The rules' word lists are data files read through one loader (session 30, h-data).

Each list below was a literal in its rule's code; it now lives in a package's ``data/*.yaml``
and is read through :mod:`normx.text.resources`. These tests check that every data file loads,
that each rule's constant holds exactly its data list (so the file is what the code reads), and
that each list is non-empty and written in the form its rule compares words in (folded, lower
case, as written, Arabic normalised): a word written in another form would silently never
match.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

import pytest

from normx.text import resources as text_resources
from normx.text.arabic import has_arabic, normalize_arabic
from normx.text.latin import fold
from normx.text.resources import package_data, word_list, word_table

DATA_PACKAGES = (
    "normx.text",
    "normx.detect",
    "normx.resolve",
    "normx.curate",
    "normx.gazetteer",
    "normx.mt",
)


def _data_files() -> list[tuple[str, str]]:
    out = []
    for package in DATA_PACKAGES:
        folder = resources.files(package).joinpath("data")
        out += [(package, p.name) for p in folder.iterdir() if p.name.endswith(".yaml")]
    return sorted(out)


@pytest.mark.parametrize(("package", "name"), _data_files())
def test_every_data_file_loads(package: str, name: str) -> None:
    assert package_data(package, name) is not None
    assert package_data(package, name) is package_data(package, name)  # parsed once


def _folded(w: str) -> bool:
    return fold(w) == w


def _lower(w: str) -> bool:
    return w == w.lower() and w.strip() == w


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and not has_arabic(w)


def _arabic_normalised(w: str) -> bool:
    return has_arabic(w) and normalize_arabic(w) == w


def _arabic_or_casefolded(w: str) -> bool:
    return w == w.casefold() and (not has_arabic(w) or " " not in w)


def _arabic(w: str) -> bool:
    return has_arabic(w) and w.strip() == w


R = "normx.resolve"
# (module.CONSTANT under normx, package/file:key/key of its data list, form of each word, kind of
# constant: a set, or a tuple read in the file's order)
LISTS: list[tuple[str, str, Callable[[str], bool], str]] = [
    ("resolve.core_name.FIRM_WORDS", "resolve/kind_words.yaml:firm", _folded, "set"),
    ("resolve.core_name.AIRLINE_WORDS", "resolve/kind_words.yaml:airline", _folded, "set"),
    ("resolve.said_words.DESIGNATORS", "resolve/kind_words.yaml:said_designators", _folded, "set"),
    ("resolve.classified_name.CLASSIFIERS", "resolve/kind_words.yaml:classifiers", _folded, "set"),
    ("resolve.unsaid_field.REACH", "resolve/field_words.yaml:reach", _folded, "set"),
    ("resolve.unsaid_field.STATE_WORDS", "resolve/field_words.yaml:state", _folded, "set"),
    ("resolve.locative.LOCATIVE_PREPOSITIONS", "resolve/place_words.yaml:locative", _folded, "set"),
    ("resolve.unplaced_lookalike.PLACING", "resolve/place_words.yaml:placing", _folded, "set"),
    ("resolve.unplaced_lookalike.PLACE_OF", "resolve/place_words.yaml:place_of", _folded, "set"),
    ("resolve.street_of.THOROUGHFARES", "resolve/place_words.yaml:thoroughfares", _folded, "set"),
    ("resolve.facility_head_word.AIR_HEADS", "resolve/place_words.yaml:air_heads", _folded, "set"),
    ("resolve.user_facility.LANDING", "resolve/place_words.yaml:landing", _folded, "set"),
    ("resolve.site_of.SITE_HEADS", "resolve/place_words.yaml:site_heads", _folded, "set"),
    (
        "resolve.month_word.TIME_PREPOSITIONS",
        "resolve/time_words.yaml:prepositions",
        _folded,
        "set",
    ),
    ("resolve.month_word.TIME_NOUNS", "resolve/time_words.yaml:nouns", _folded, "set"),
    ("resolve.month_word.TIME_ADJECTIVES", "resolve/time_words.yaml:adjectives", _folded, "set"),
    ("resolve.honorific.HONORIFICS", "resolve/honorifics.yaml:honorifics", _folded, "set"),
    ("resolve.honorific._ABBREVIATED", "resolve/honorifics.yaml:abbreviated", _folded, "set"),
    ("resolve.minister_office.OFFICE_WORDS", "resolve/office_words.yaml:office", _folded, "set"),
    (
        "resolve.minister_office.BEFORE_OFFICE",
        "resolve/office_words.yaml:before_office",
        _folded,
        "set",
    ),
    (
        "resolve.minister_office.MINISTRY_WORDS",
        "resolve/office_words.yaml:ministry",
        _folded,
        "set",
    ),
    # compared with the gloss lexicon's keys as written; foreign_frame folds them itself
    (
        "resolve.country_frame.NOT_A_COUNTRY",
        "resolve/country_words.yaml:not_a_country",
        _lower,
        "set",
    ),
    (
        "resolve.prefixed_word.ENGLISH_PREFIXES",
        "resolve/english_words.yaml:prefixes",
        _folded,
        "set",
    ),
    ("resolve.peoples._SAYS_WHICH", "resolve/english_words.yaml:says_which", _folded, "set"),
    (
        "resolve.english_word.ENGLISH_ENDINGS",
        "resolve/english_words.yaml:endings",
        _folded,
        "tuple",
    ),
    (
        "resolve.unlike_pair.ADJECTIVE_ENDINGS",
        "resolve/english_words.yaml:adjective_endings",
        _folded,
        "tuple",
    ),
    ("curate.names._PARTICLES", "curate/names.yaml:particles", _lower, "set"),
    # compared casefolded; the Arabic word with and without the dots of its ta marbuta
    (
        "curate.osm_places.GENERIC_NAMES",
        "curate/names.yaml:generic_place_names",
        _arabic_or_casefolded,
        "set",
    ),
    # compared exactly as rigour writes them
    (
        "curate.territory.LATIN_WEAK_NAMES",
        "curate/names.yaml:libya_latin_weak_names",
        _capitalised,
        "set",
    ),
    ("gazetteer.short_forms._NOT_RANKS", "gazetteer/short_forms.yaml:not_ranks", _folded, "set"),
    (
        "gazetteer.short_forms._COMPOUND_NEXT",
        "gazetteer/short_forms.yaml:compound_next",
        _folded,
        "set",
    ),
    ("gazetteer.short_forms._DETACHED", "gazetteer/short_forms.yaml:detached", _folded, "set"),
    (
        "gazetteer.short_forms._FAMILY_LINK",
        "gazetteer/short_forms.yaml:family_link",
        _folded,
        "set",
    ),
    ("gazetteer.short_forms._EUROPEAN", "gazetteer/short_forms.yaml:european", _folded, "set"),
    (
        "gazetteer.short_forms.OFFICIAL_FORM_NOUNS",
        "gazetteer/short_forms.yaml:official_form_nouns",
        _capitalised,
        "tuple",
    ),
    # compared with a name's words as written (not normalised: أبو and ابو both)
    (
        "gazetteer.short_forms._AR_COMPOUND",
        "gazetteer/short_forms.yaml:arabic_compound",
        _arabic,
        "set",
    ),
    ("gazetteer.facility_names.HEADS", "gazetteer/facility_names.yaml:heads", _folded, "set"),
    # the function words are compared lower case as written, not folded ("à")
    (
        "resolve.quoted_name.LOCATIVES",
        "detect/connectors.yaml:function_word_sets/quoted_place",
        _lower,
        "set",
    ),
    (
        "resolve.run_head.OPENERS",
        "detect/connectors.yaml:function_word_sets/head_openers",
        _lower,
        "set",
    ),
    (
        "resolve.organ_head.OPENERS",
        "detect/connectors.yaml:function_word_sets/head_openers",
        _lower,
        "tuple",
    ),
    (
        "resolve.minister_office.LINKS",
        "detect/connectors.yaml:function_word_sets/head_openers",
        _lower,
        "set",
    ),
    (
        "resolve.portfolio_names.LINKS",
        "detect/connectors.yaml:function_word_sets/head_openers",
        _lower,
        "set",
    ),
    (
        "resolve.french_seat.SEAT_OPENERS",
        "detect/connectors.yaml:function_word_sets/french_seat",
        _lower,
        "set",
    ),
    (
        "detect.tokens._LIST_OPENERS",
        "detect/connectors.yaml:function_word_sets/french_list",
        _lower,
        "set",
    ),
    (
        "resolve.family_head._ARTICLES",
        "detect/connectors.yaml:function_word_sets/family_article",
        _lower,
        "set",
    ),
    (
        "resolve.reordered_initials.FUNCTION_WORDS",
        "detect/connectors.yaml:function_word_sets/initials_reordered",
        _lower,
        "set",
    ),
    (
        "resolve.owned_body.COMPLEMENTS",
        "detect/connectors.yaml:function_word_sets/owned_complement",
        _lower,
        "set",
    ),
    (
        "resolve.cabinet._ARTICLES",
        "detect/connectors.yaml:function_word_sets/cabinet_determiners",
        _lower,
        "set",
    ),
    # the Arabic proclitics (session 32, h-tidy): compared with normalised Arabic words, in
    # the file's order where a rule takes the first that fits
    ("text.clitics.LETTERS", "text/clitics.yaml:letters", _arabic_normalised, "tuple"),
    ("text.clitics.WITH_ARTICLE", "text/clitics.yaml:with_article", _arabic_normalised, "tuple"),
    ("text.clitics.IN_BODY", "text/clitics.yaml:in_body", _arabic_normalised, "tuple"),
    ("text.clitics.BEFORE_WORD", "text/clitics.yaml:before_word", _arabic_normalised, "tuple"),
    ("text.clitics.BEFORE_PLACE", "text/clitics.yaml:before_place", _arabic_normalised, "tuple"),
    (
        "text.clitics.BEFORE_NAME_WORD",
        "text/clitics.yaml:before_name_word",
        _arabic_normalised,
        "set",
    ),
]


@pytest.mark.parametrize(("constant", "where", "form", "kind"), LISTS, ids=[c for c, *_ in LISTS])
def test_each_rule_reads_its_data_list(
    constant: str, where: str, form: Callable[[str], bool], kind: str
) -> None:
    module, name = constant.rsplit(".", 1)
    folder_file, keys = where.split(":")
    folder, file = folder_file.split("/")
    words = word_list(f"normx.{folder}", file, *keys.split("/"))
    value = getattr(importlib.import_module(f"normx.{module}"), name)
    assert words, "an empty list"
    assert len(set(words)) == len(words), "a word written twice"
    assert [w for w in words if not form(w)] == [], "a word not in the form the rule compares"
    if kind == "tuple":
        assert value == words  # tried in the file's order
    else:
        assert value == frozenset(words)


def test_the_combined_lists_are_their_parts() -> None:
    """Lists the code builds from data lists: each exactly its parts."""
    from normx.gazetteer import facility_names
    from normx.resolve import core_name, eponym_head, month_person

    kind = word_list(R, "kind_words.yaml", "firm_other")
    assert core_name.FIRM_WORDS | core_name.AIRLINE_WORDS | set(kind) == core_name.FIRM_KINDS
    assert core_name.FIRM_KINDS - {"group"} == core_name.FIRM_SAID
    eponyms = word_list(R, "place_words.yaml", "eponym_heads")
    assert (
        frozenset(eponyms) | frozenset(word_list(R, "place_words.yaml", "thoroughfares"))
        == eponym_head.EPONYM_HEADS
    )
    extra = word_list("normx.gazetteer", "facility_names.yaml", "kind_words")
    assert facility_names.HEADS | frozenset(extra) == facility_names.KIND_WORDS
    assert all(_folded(w) for w in (*eponyms, *extra))
    assert "days" not in month_person._STRICT_NOUNS and "eve" in month_person._STRICT_NOUNS


def test_the_word_tables() -> None:
    from normx.resolve import compass_place, core_name, country_embassy, kingdom_word

    compass = word_table(R, "compass.yaml", "adjectives")
    assert compass_place.COMPASS is compass
    assert all(_folded(k) and _capitalised(v) and fold(v) in k for k, v in compass.items())
    french = word_table(R, "kind_words.yaml", "french_facility_heads")
    assert core_name.FRENCH_FACILITY_HEADS is french
    assert all(_folded(k) and _folded(v) for k, v in french.items())
    kinds = word_table(R, "country_words.yaml", "state_kinds")
    assert {k: frozenset({v}) for k, v in kinds.items()} == kingdom_word.STATE_WORDS
    assert all(_folded(k) and _arabic_normalised(v) for k, v in kinds.items())
    abbreviations = word_table(R, "country_words.yaml", "embassy_abbreviations")
    assert dict(abbreviations) == {
        "U.S.": "United States",
        "US": "United States",
        "U.K.": "United Kingdom",
        "UK": "United Kingdom",
    }
    assert all(country_embassy._countries()[k] == v for k, v in abbreviations.items())


def test_the_official_form_pattern_reads_the_data() -> None:
    from normx.gazetteer import short_forms

    adjectives = word_list("normx.gazetteer", "short_forms.yaml", "official_form_adjectives")
    assert all(_capitalised(w) for w in adjectives)
    assert "|".join(adjectives) in short_forms.OFFICIAL_FORM
    egypt = "Ministry of Foreign Affairs of the Arab Republic of Egypt"
    assert short_forms.official_short(egypt) == "Ministry of Foreign Affairs"
    algeria = "Ministry of Energy of the People's Democratic Republic of Algeria"
    assert short_forms.official_short(algeria) == "Ministry of Energy"


def test_the_endings_are_tried_longest_first() -> None:
    endings = word_list(R, "english_words.yaml", "endings")
    assert [len(e) for e in endings] == sorted((len(e) for e in endings), reverse=True)


def _fake(monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    def fake(package: str, name: str) -> Any:
        assert package == "fake.package"
        return data

    monkeypatch.setattr(text_resources, "package_data", fake)


@pytest.mark.parametrize(
    ("key", "value"),
    [("boolean", [True, "of"]), ("empty", []), ("number", ["of", 3]), ("scalar", "of")],
)
def test_a_list_that_is_no_list_of_words_is_refused(
    monkeypatch: pytest.MonkeyPatch, key: str, value: Iterable[Any]
) -> None:
    """YAML reads an unquoted ``on`` or ``off`` as a boolean: such a word would never match."""
    _fake(monkeypatch, {key: value})
    with pytest.raises(ValueError, match="no list of words"):
        word_list("fake.package", "words.yaml", key)


def test_a_table_that_is_no_table_of_words_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake(monkeypatch, {"table": {"on": True}, "empty": {}})
    for key in ("table", "empty"):
        with pytest.raises(ValueError, match="no table of words"):
            word_table("fake.package", "table.yaml", key)
