"""Cheap first tests in front of regexes and memos of pure answers (session 11, cached pass).

Each shortcut must answer exactly as the code it spares: the tests compare it with that code
(the pattern searched as before) on hand-picked and generated texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.detect import blind_capitals
from normx.detect.blind_capitals import all_caps_lines, dateline_openers
from normx.detect.tokens import line_before
from normx.resolve import family_member
from normx.resolve.family_member import after_kin_noun
from normx.resolve.unsaid_qualifier import said_in


def _openers_by_regex(text: str) -> frozenset[int]:
    out = set()
    for m in blind_capitals._DATELINE.finditer(text):
        words = blind_capitals._WORD.findall(m.group())
        if 0 < len(words) <= blind_capitals.DATELINE_WORDS and all(w[0].isupper() for w in words):
            out.add(m.end())
    return frozenset(out)


def _caps_by_words(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        words = [w for w in blind_capitals._WORD.findall(line) if len(w) >= 2]
        if len(words) >= blind_capitals.MIN_CAPS_WORDS and all(w.isupper() for w in words):
            out.append((start, end))
        start = end + 1
    return out


_PIECES = st.sampled_from(
    [
        "Tripoli",
        "GENEVA",
        "(AFP)",
        "Feb",
        "5",
        "a",
        "ab",
        "AB",
        "ÉTÉ",
        "é",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        " - ",
        "-",
        " – ",
        "—",
        " —\n",
        ".",
        ";",
        ":",
        "!",
        "?",
        ",",
        "\u00a0",
        " -\tW",
        " -- ",
        "x-y",
        "_",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_datelines_and_caps_lines_as_the_patterns_find_them(text: str) -> None:
    assert dateline_openers(text) == _openers_by_regex(text)
    assert all_caps_lines(text) == _caps_by_words(text)


def test_dateline_examples() -> None:
    text = "Tripoli - Violent clashes broke out.\nHe said - Masoud came - Then\nDERNA -\n\nFighting"
    assert dateline_openers(text) == _openers_by_regex(text)
    assert text[min(dateline_openers(text)) :].startswith("Violent")
    assert any(text[k:].startswith("Fighting") for k in dateline_openers(text))
    assert all_caps_lines("HAFTAR LAUNCHES OFFENSIVE\nHe said so") == [(0, 25)]


_KIN_PIECES = st.sampled_from(
    [
        "his",
        "His",
        "Gadhafi's",
        "her",
        "son",
        "SON",
        "Son",
        "eldest",
        "brother-in-law",
        "wife",
        "aunt",
        "niece",
        " ",
        "  ",
        "\t",
        ",",
        " , ",
        "\n",
        "ſon",
        "ſ",
        "é",
        "the",
        "x",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_KIN_PIECES, max_size=12).map("".join))
def test_after_kin_noun_as_the_cue_finds_it(before: str) -> None:
    text = before + "Saadi"
    want = family_member._cue().search(line_before(text, len(before), 40)) is not None
    assert after_kin_noun(text, len(before)) == want


def test_after_kin_noun_examples() -> None:
    assert after_kin_noun("his son Saadi", 8)
    assert after_kin_noun("Gadhafi's eldest daughter, Aisha", 27)
    assert not after_kin_noun("his sons Saadi", 9)
    assert after_kin_noun("his ſon Saadi", 8)  # case-insensitive matching beyond ASCII


def test_said_in_answers_per_text() -> None:
    a = "They met in Beirut."
    b = "They met in Tripoli."
    assert said_in(a, "beirut") and not said_in(b, "beirut")
    assert said_in(a, "Beirut") and not said_in(a, "Tripoli") and said_in(b, "tripoli")
    c = "".join(["They met in ", "Tripoli."])  # an equal text, another object
    assert said_in(c, "tripoli") and not said_in(c, "beirut")
    assert not said_in("Beiruti", "beirut") and re.search(r"\bBeirut\b", "Beirut!")


def test_said_in_matches_as_the_case_insensitive_search() -> None:
    # letters re.IGNORECASE matches with an ASCII letter that lower-casing does not give
    for text in ("in Beırut", "in BEİRUT", "Tripoli and Miſrata", "Kufra (KUFRA)", "Beirut’s"):
        for words in ("beirut", "misrata", "kufra", "Beirut", "tripoli"):
            want = re.search(r"\b" + re.escape(words) + r"\b", text, re.IGNORECASE) is not None
            assert said_in(text, words) == want, (text, words)


_TOKEN_PIECES = st.sampled_from(
    [
        "Haftar",
        "qu",
        "d",
        "l",
        "jusqu",
        "’",
        "'",
        "‘",
        "s",
        "Oussama",
        "ONU",
        "al",
        "Al",
        "-",
        " ",
        ",",
        ".",
        "\n",
        "of",
        "the",
        "government",
        "reconciliation",
        "5",
        "É",
        "é",
        "_",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=25).map("".join))
def test_tokens_without_the_elision_pattern_are_the_same(text: str) -> None:
    from normx.detect import tokens
    from normx.detect.lexicon import lexicon

    keep = lexicon().keep_words
    fast = tokens.tokenize(text, keep), tokens.tokenize(text)
    cue = tokens._ELISION_CUE
    try:
        tokens._ELISION_CUE = re.compile("")  # always the full pattern, elision and all
        full = tokens.tokenize(text, keep), tokens.tokenize(text)
    finally:
        tokens._ELISION_CUE = cue
    assert fast == full
