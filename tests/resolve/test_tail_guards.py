"""The look-back rules test the window's end before their "$"-anchored search (session 34).

A pattern such as ``([^\\W\\d_]+)\\s+of\\s+(?:the\\s+)?$`` searched in the 40 characters before
a word is tried at every offset of the window (~40 us a word, a quarter of a cached pass over
all the rules). Each rule now first tests what a match must end in ("of", "and ", an article),
which most windows fail. The guards are necessary conditions, so the answers are the plain
searches': checked here against those searches at every offset of real articles and of texts
made of the patterns' own pieces (newlines, tabs, quotation marks, case variants such as the
dotless i, which IGNORECASE matches as "i")."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.resolve import (
    club_place,
    country_frame,
    facility_of,
    french_facility,
    holding_short,
    model_of,
    owner_prefix,
    place_noun_of,
    portfolio_minister,
)
from normx.text import arabic
from normx.text.arabic import is_mostly_arabic

DATA = Path(__file__).resolve().parents[1] / "data"
# open sets only (never the sealed ones), English and French
TEXTS = [
    p.read_text(encoding="utf-8")
    for name in ("articles", "articles-fresh", "articles-v47", "articles-v10")
    for p in sorted((DATA / name).glob("*.txt"))
]

PIECES = [
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    ".",
    "'",
    "’",
    '"',
    "“",
    "«",
    "-",
    "al-",
    "el-",
    "of",
    "Of",
    "OF",
    "the",
    "The",
    "THE",
    "and",
    "In",
    "in",
    "port",
    "city",
    "airport",
    "Minister",
    "Ministers",
    "for",
    "Health",
    "Electricity",
    "against",
    "AGAİNST",
    "agaınst",
    "versus",
    "vs",
    "vs.",
    "beat",
    "beating",
    "defeated",
    "draw",
    "match",
    "with",
    "WİTH",
    "type",
    "model",
    "des",
    "du",
    "de",
    "la",
    "de l'",
    "de l’",
    "d'",
    "d’",
    "aéroport",
    "base",
    "aérienne",
    "Organisation",
    "Holding",
    "holdings",
    "HOLDING",
    "hold'ing",
    "Libya",
    "Sabha",
    "Saudi",
    "Arabia",
    "ſ",
    "K",
    "ı",
    "İ",
    "ليبيا",
    "ﻻ",
    "7",
    "Zawiya",
]
pieced = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _place_noun_ref(text: str, start: int) -> bool:
    low = max(0, start - place_noun_of.LOOK_BACK)
    before = place_noun_of._NOUN_OF.search(text, low, start)
    return before is not None and before.group(1).lower() in place_noun_of._nouns()


def _opponent_ref(text: str, start: int) -> bool:
    low = max(0, start - club_place._LOOK)
    return club_place._OPPONENT.search(text, low, start) is not None


def _head_of_ref(text: str, start: int) -> str | None:
    found = facility_of._HEAD_OF.search(text, max(0, start - 40), start)
    return found.group(1) if found is not None else None


def _model_ref(text: str, start: int) -> bool:
    return model_of._MODEL.search(text, max(0, start - model_of.WINDOW), start) is not None


def _french_head_ref(text: str, start: int) -> tuple[int, int] | None:
    m = owner_prefix._FRENCH_HEAD_BEFORE.search(text, max(0, start - 40), start)
    return m.span() if m is not None else None


def _opening_ref(text: str, start: int) -> str:
    low = max(0, start - country_frame.OPENING_CHARS)
    m = country_frame._OPENING.search(text, low, start)
    return m.group(1) if m is not None else ""


def _mostly_arabic_ref(text: str) -> bool:
    import unicodedata

    if arabic._PRESENTATION_FORMS_RE.search(text):
        text = unicodedata.normalize("NFKC", text)
    n = len(arabic._ARABIC_LETTER_RE.findall(text))
    return n > 0 and n >= len(arabic._LATIN_LETTER_RE.findall(text))


def _check_offsets(text: str) -> None:
    head = french_facility._head_then_connector()
    for start in range(len(text) + 1):
        assert place_noun_of.after_place_noun(text, start) == _place_noun_ref(text, start)
        assert club_place._after_opponent_word(text, start) == _opponent_ref(text, start)
        assert facility_of.head_before_of(text, start) == _head_of_ref(text, start)
        assert model_of.after_model_word(text, start) == _model_ref(text, start)
        found = owner_prefix._french_head_before(text, start)
        assert (found.span() if found is not None else None) == _french_head_ref(text, start)
        assert country_frame.opening_country(text, start) == _opening_ref(text, start)
        before = text[max(0, start - portfolio_minister.MAX_BEFORE) : start]
        second = portfolio_minister._SECOND.search(before) is not None
        assert portfolio_minister._office_before(before) == second
        window = text[max(0, start - 40) : start]
        if head.search(window) is not None:
            assert french_facility._may_end_in_connector(window)


def test_guards_agree_with_the_searches_on_articles() -> None:
    assert TEXTS
    for text in TEXTS[:40]:
        _check_offsets(text)


@settings(max_examples=400, deadline=None)
@given(pieced, pieced)
def test_guards_agree_with_the_searches_on_pieces(a: str, b: str) -> None:
    _check_offsets(a + b)


@settings(max_examples=300, deadline=None)
@given(pieced)
def test_mostly_arabic_ascii_shortcut(text: str) -> None:
    assert is_mostly_arabic(text) == _mostly_arabic_ref(text)


@settings(max_examples=400, deadline=None)
@given(pieced)
def test_holding_gate_is_necessary(text: str) -> None:
    kinds = holding_short.short_form_kinds()
    if kinds & holding_short._words(text):
        assert holding_short._may_say(text, kinds)


def test_holding_gate_on_articles() -> None:
    kinds = holding_short.short_form_kinds()
    assert holding_short._ascii_folds_by_case()
    for text in TEXTS:
        if kinds & holding_short._words(text):
            assert holding_short._may_say(text, kinds)
    assert holding_short._may_say("the Limak Holding said", kinds)
    assert not holding_short._may_say("the Limak company said", kinds)
