"""The shipped gloss lexicon is valid data, and the validator catches what it must."""

import copy

import pytest

from normx.mt.lexicon import (
    LexiconError,
    build,
    default_lexicon,
    english_key,
    read_lexicon_data,
    validate,
)
from normx.text.arabic import has_arabic, has_latin


def test_lexicon_file_validates() -> None:
    data = read_lexicon_data()
    assert validate(data) == []
    for section in ("words", "transliterated"):
        for word, entry in data[section].items():
            assert entry["ar"] and all(has_arabic(a) and not has_latin(a) for a in entry["ar"])
            assert entry["source"].strip(), word


def test_lexicon_covers_the_words_bodies_are_named_with() -> None:
    lex = default_lexicon()
    words = (
        "government accord reconciliation concord national unity salvation council presidential "
        "presidency supreme high state house representatives deputies parliament congress "
        "general army armed forces force operations operation room chamber joint military "
        "committee commission mission support united nations protection security guard "
        "petroleum facilities oil corporation bank central investment authority electoral "
        "elections ministry minister defense defence interior foreign affairs brigade battalion "
        "division command chief staff navy air land special deterrence revolutionaries "
        "islamic party justice construction brotherhood front movement agency news channel "
        "radio television libyan libya arab league african union european transitional "
        "interim constitutional court tribunal"
    )
    for word in words.split(" "):
        assert (word,) in lex.entries, word
    for word in ("wefaq", "majlis", "jaish", "shura", "nawab", "rada"):
        assert word in lex.transliterated, word


def test_lexicon_phrases_are_keyed_without_function_words() -> None:
    lex = default_lexicon()
    assert lex.entries[("chief", "staff")].renderings == (("رئيس", "الاركان"),)
    assert english_key("Chief of the Staff", lex.function_words) == ("chief", "staff")


def test_lexicon_sources_are_allowed_ones() -> None:
    for section in ("words", "transliterated"):
        for entry in read_lexicon_data()[section].values():
            for part in entry["source"].split(";"):
                assert part.strip() == "curated" or part.strip().startswith("rigour:")


@pytest.mark.parametrize(
    "edit,problem",
    [
        (lambda d: d["words"]["council"].pop("source"), "words.council: source: missing"),
        (lambda d: d["words"]["council"].update(ar=["majlis"]), "is not Arabic script"),
        (lambda d: d["words"]["council"].update(ar=[]), "ar: must be a non-empty list"),
        (lambda d: d["words"]["council"].update(source="MUSE"), "is not curated or rigour"),
        (lambda d: d["words"]["council"].update(extra=1), "unknown key 'extra'"),
        (lambda d: d["words"].update({"Council": {"ar": ["مجلس"], "source": "curated"}}), "lower"),
        (lambda d: d.update(weak_arabic=["national"]), "weak_arabic: 'national': wrong script"),
        (lambda d: d.update(colours=[]), "unknown section 'colours'"),
        (lambda d: d.pop("generic"), "generic: must be a list"),
    ],
)
def test_lexicon_validator_reports_problems(edit, problem: str) -> None:
    data = copy.deepcopy(read_lexicon_data())
    edit(data)
    assert any(problem in p for p in validate(data)), validate(data)


def test_lexicon_error_lists_problems() -> None:
    err = LexiconError(["a: b", "c: d"])
    assert err.problems == ("a: b", "c: d")
    assert "a: b" in str(err) and "c: d" in str(err)


def test_lexicon_build_drops_arabic_function_words() -> None:
    data = copy.deepcopy(read_lexicon_data())
    data["words"]["illegal"] = {"ar": ["غير الشرعية"], "source": "curated"}
    assert build(data).entries[("illegal",)].renderings == (("الشرعيه",),)
