"""Numbers and day-month dates written before a head noun belong to the name: "the 444
Brigade", "the 11 June Stadium", "the February 17 Revolution", "the Martyrs of 17 February".

Libyan bodies, places and events are named by numbers and dates (اللواء 444, ملعب 11 يونيو,
ثورة 17 فبراير), and translation writes them before the English head, in either order ("June
11 Stadium"), with an ordinal ending or "of" ("the 17th of February Brigade"). A number or a
month's day is no capitalised word, so a name run never took it in: "June 11 Stadium" was
found as "Stadium" (a bare head, then taken for another stadium), "11 June Stadium" as "June
Stadium", and "the 444 Brigade" not at all. This pass marks such number and day tokens
capitalised (and a month after a dropped "of" joined), so the run holds the whole name:

* a number of at most :data:`MAX_BEFORE_DIGITS` digits, with or without an ordinal ending,
  right before a singular capitalised formation head (``numbered_heads.yaml``, ``numbered``:
  "444 Brigade", "128th Brigade"); a longer figure is a year ("the 2011 Revolution"), and a
  number after a word of quantity ("some 300 Brigade members") is a count. "300 Army
  soldiers" stays out: an army is no numbered formation, and a plural head never takes a
  number;
* a day-month date (:func:`date_at`) right before a singular capitalised head of a dated name
  (``dated``: stadium, revolution, square, brigade ...), or before up to
  :data:`MAX_WORDS_BETWEEN` capitalised words and such a head ("17 February Martyrs
  Brigade") when no word of time introduces the date ("on 11 June Tripoli Stadium hosted"
  stays a date);
* a day-month date after a capitalised ``date_of`` word and "of" ("Martyrs of 17 February").

A head with a number after it ("on 11 June Brigade 444 entered") keeps that number
(:mod:`normx.detect.numbered`) and takes nothing before it. Matching reads the date one way
whatever the order (:mod:`normx.text.numbers`). :func:`dated_month` keeps such a date's month,
a stop word, at the edge of its span.
"""

from __future__ import annotations

import re
from functools import cache

from normx.detect.lexicon import detect_data
from normx.detect.numbered import numbered_heads
from normx.detect.tokens import Token, word_before
from normx.text.latin import fold
from normx.text.numbers import month_names

MAX_BEFORE_DIGITS = 3
MAX_WORDS_BETWEEN = 2
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?", re.IGNORECASE)
_NUMBER = re.compile(rf"[1-9]\d{{0,{MAX_BEFORE_DIGITS - 1}}}(?:st|nd|rd|th)?", re.IGNORECASE)
_DAY_MONTH_GAP = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?")
_MONTH_DAY_GAP = re.compile(r"\.?[ \u00a0]+")
_OF_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_BLANKS = re.compile(r"[ \u00a0]+")
_SLASH = re.compile(r"/")


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The folded word lists of ``numbered_heads.yaml`` this pass reads besides the numbered
    heads (:func:`normx.detect.numbered.numbered_heads`), loaded once."""
    data = detect_data("numbered_heads.yaml")
    keys = ("dated", "date_of", "counts", "time_words")
    return {k: frozenset(fold(str(w)) for w in data.get(k) or ()) for k in keys}


def _gap(text: str, left: Token, right: Token, pattern: re.Pattern[str]) -> bool:
    return pattern.fullmatch(text, left.end, right.start) is not None


def _is_day(tok: Token) -> bool:
    return not tok.possessive and _DAY.fullmatch(tok.text) is not None


def _is_month(tok: Token) -> bool:
    return not tok.possessive and tok.form in month_names()


def date_at(text: str, tokens: list[Token], last: int) -> int | None:
    """The first token of a day-month date whose last token is *last* ("11 June", "11th of
    June", "June 11", "Sept. 1"), or None."""
    if last < 1:
        return None
    a, b = tokens[last - 1], tokens[last]
    if _is_month(b):
        if a.form == "of" and not a.cap and last >= 2:  # a full tokenisation keeps the "of"
            a = tokens[last - 2]
        if _is_day(a) and _gap(text, a, b, _DAY_MONTH_GAP):
            return last - 1 if a is tokens[last - 1] else last - 2
    elif _is_day(b) and _is_month(a) and _gap(text, a, b, _MONTH_DAY_GAP):
        return last - 1
    return None


def _date_from(text: str, tokens: list[Token], first: int) -> int | None:
    """The last token of a day-month date starting at token *first*, or None."""
    for last in (first + 1, first + 2):  # "17 February", "17th of February"
        if last < len(tokens) and date_at(text, tokens, last) == first:
            return last
    return None


def _digits_after(text: str, tokens: list[Token], k: int, gap: re.Pattern[str]) -> bool:
    """Token *k* + 1 is a plain number and the text between it and token *k* is *gap*: blanks
    ("Brigade 444"), or a slash ("20/20")."""
    nxt = k + 1
    return (
        nxt < len(tokens) and tokens[nxt].text.isdigit() and _gap(text, tokens[k], tokens[nxt], gap)
    )


def _mark(tokens: list[Token], first: int, last: int) -> None:
    """Tokens *first*..*last* become one run: its numbers and months capitalised, each token after
    the first joined (a sparse tokenisation keeps no "of" after a number, so the month after
    it was no neighbour of the day)."""
    for k in range(first, last + 1):
        tok = tokens[k]
        word = tok.text[:1].isdigit() or _is_month(tok)  # "Jun 11" lost its capital (dates.py)
        if (word and not tok.cap) or (k > first and not tok.joined):
            tokens[k] = tok._replace(cap=tok.cap or word, joined=tok.joined or k > first)


def name_numbers(text: str, tokens: list[Token]) -> list[Token]:
    """*tokens* with the numbers and dates of names marked capitalised (module docstring)."""
    lists = _lists()
    numbered, dated, date_of = numbered_heads(), lists["dated"], lists["date_of"]
    out: list[Token] | None = None
    for k, tok in enumerate(tokens):
        if not tok.cap:
            continue
        form = tok.form
        if form in date_of and not tok.possessive:
            last = _date_after_of(text, tokens, k)
            if last is not None:  # "Martyrs of 17 February"
                out = out if out is not None else list(tokens)
                _mark(out, k, last)
        if k == 0 or (form not in dated and form not in numbered):
            continue
        if _digits_after(text, tokens, k, _BLANKS):
            if form in numbered:  # "Division 20/20": the number after the slash too
                out = _slashed(text, out if out is not None else list(tokens), k + 1)
            continue
        if tok.hyphen_before or not tok.joined:
            continue
        first = _prefix(text, tokens, k, numbered, dated)
        if first is not None:
            out = out if out is not None else list(tokens)
            _mark(out, first, k)
    return out if out is not None else tokens


def _slashed(text: str, tokens: list[Token], k: int) -> list[Token]:
    """*tokens* with the number after a slash after number token *k* joined to it ("20/20"),
    which :func:`normx.detect.numbered.number_after` then takes into the span."""
    if _digits_after(text, tokens, k, _SLASH):
        tokens[k + 1] = tokens[k + 1]._replace(joined=True)
    return tokens


def _date_after_of(text: str, tokens: list[Token], k: int) -> int | None:
    """The last token of the date in "<date_of word> of [the] <date>" after token *k*."""
    j = k + 1
    n = len(tokens)
    while j < n and j <= k + 2 and tokens[j].form in ("of", "the") and not tokens[j].cap:
        j += 1  # "of" is a token after a capitalised word
    if j >= n or not _OF_GAP.fullmatch(text, tokens[k].end, tokens[j].start):
        return None
    return _date_from(text, tokens, j)


def _prefix(
    text: str,
    tokens: list[Token],
    k: int,
    numbered: frozenset[str],
    dated: frozenset[str],
) -> int | None:
    """The first token of the number or date that names head token *k*, or None."""
    prev = tokens[k - 1]
    if not _gap(text, prev, tokens[k], _BLANKS):
        return None
    if tokens[k].form in numbered and _NUMBER.fullmatch(prev.text) and not prev.possessive:
        start = date_at(text, tokens, k - 1)
        if start is None:  # "the 444 Brigade", not "some 300 Brigade members"
            return None if _counted(text, prev) else k - 1
    if tokens[k].form not in dated:
        return None
    # the date, right before the head or before a few capitalised words and the head
    j = k - 1
    for between in range(MAX_WORDS_BETWEEN + 1):
        start = date_at(text, tokens, j)
        if start is not None:
            if between and _after_time_word(text, tokens[start]):
                return None
            return start
        t = tokens[j]
        if not t.cap or t.possessive or t.sent_start or j < 1 or _is_month(t):
            return None
        if not _gap(text, tokens[j - 1], t, _BLANKS):
            return None
        j -= 1
    return None


def _counted(text: str, number: Token) -> bool:
    """Whether *number* is a count: a word of quantity before it, or a figure it is part of
    ("1,300", "2.5")."""
    if number.start > 0 and text[number.start - 1] in ",./":
        return True
    before = word_before(text, number.start)
    return before is not None and fold(before) in _lists()["counts"]


def _after_time_word(text: str, first: Token) -> bool:
    """A word of time ("on", "since") stands right before the date starting at *first*: the
    date is then when something happened, and a name only if its head follows at once."""
    before = word_before(text, first.start)
    return before is not None and fold(before) in _lists()["time_words"]


def dated_month(tokens: list[Token], k: int) -> bool:
    """Token *k* is a month that a marked day number next to it makes a date inside a name
    (:func:`name_numbers`): a stop word that stays at a span's edge ("June 11 Stadium",
    "Martyrs of 17 February")."""
    if not _is_month(tokens[k]):
        return False
    for step in (-1, 1):
        j = k + step
        if step < 0 and j >= 0 and tokens[j].form == "of" and not tokens[j].cap:
            j -= 1  # "17th of February" in a full tokenisation
        if 0 <= j < len(tokens) and tokens[j].cap and _DAY.fullmatch(tokens[j].text):
            return True
    return False
