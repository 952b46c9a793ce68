"""Optional ``words_*`` sections of the gloss lexicon: validated like ``words`` and read as
more of them, so a language's or topic's words can stand apart in the file."""

from __future__ import annotations

from typing import Any

from normx.mt.lexicon import build, default_lexicon, read_lexicon_data, validate


def _minimal() -> dict[str, Any]:
    return {
        "function_words": ["of"],
        "arabic_function_words": ["في"],
        "head_nouns": ["forces"],
        "generic": ["council"],
        "weak_arabic": ["وطني"],
        "words": {"council": {"ar": ["مجلس"], "source": "curated"}},
        "transliterated": {"majlis": {"ar": ["مجلس"], "source": "curated"}},
    }


def test_an_extra_section_is_read_as_more_words() -> None:
    data = {**_minimal(), "words_facilities_en": {"base": {"ar": ["قاعدة"], "source": "curated"}}}
    assert validate(data) == []
    lex = build(data)
    assert ("base",) in lex.entries and ("council",) in lex.entries


def test_an_extra_section_is_checked_like_words() -> None:
    data = {**_minimal(), "words_facilities_en": {"Base": {"ar": ["base"], "source": "nowhere"}}}
    assert any(p.startswith("words_facilities_en.Base") for p in validate(data))


def test_the_shipped_facility_words_gloss_to_arabic() -> None:
    assert "words_facilities_en" in read_lexicon_data()
    entries = default_lexicon().entries
    # an air base is two Arabic words (قاعدة جوية), glued or apart in English
    assert len(entries[("airbase",)].renderings[0]) == 2
    assert entries[("air", "base")].renderings == entries[("airbase",)].renderings
    assert entries[("base",)].renderings and entries[("hospital",)].renderings
