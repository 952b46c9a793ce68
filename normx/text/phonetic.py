"""A phonetic key for Arabic-origin names written in Latin script.

The key keeps consonant classes and drops vowels, so that the spellings a translator may choose
for one Arabic name share one key: Qaddafi, Gaddafi, Kadhafi, Gadafy -> KTF; Mishri, Mashri,
Meshri -> MSR; Abu Qurayn, Abu Grein -> (abu) KRN. The classes are data
(``normx/text/data/letters.yaml``); the algorithm is:

1. rewrite the folded token left to right, longest pattern first, into class symbols
   (vowels, w, y and apostrophes give no symbol);
2. collapse runs of one symbol, across vowels too (doubled consonants: Haftar / Hafttar;
   Arabic writes no short vowels, so "Dabiba" and دبيبة must collapse alike);
3. drop a final ``H`` (ta marbuta and final -h: Misratah / Misrata, Dbeibeh / Dbeiba).

Characters outside the table (hyphens, digits) break digraphs and give no symbol.
Arabic script is keyed through :func:`normx.text.romanize.romanize` first, so both scripts land
in one key space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from normx.text.resources import load_data


@cache
def _rules() -> dict[str, str]:
    """Letter pattern -> class symbol (``classes`` in ``letters.yaml``)."""
    classes = load_data("letters.yaml")["classes"]
    table: dict[str, str] = {}
    for symbol, patterns in classes.items():
        for pattern in patterns:
            table[str(pattern)] = str(symbol)
    return table


@cache
def _alternatives() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(str(k)), str(v))
        for k, v in (load_data("letters.yaml").get("alternatives") or {}).items()
    )


def alternative_reading(folded: str) -> str | None:
    """The token read with the other convention for its ambiguous letters, if it has any.

    The rewrites (``alternatives`` in ``letters.yaml``: regular expressions, in file order)
    are applied all at once, so a token gets at most one alternative reading.
    """
    out = folded
    for pattern, replacement in _alternatives():
        out = pattern.sub(replacement, out)
    return out if out != folded else None


@lru_cache(maxsize=131_072)
def phonetic_key(folded: str) -> str:
    """The key of one folded Latin token (see the module docstring); remembered, since the
    same words come back in query after query."""
    return _collapse(sym for sym, _ in _symbols(folded) if sym != VOWEL)


VOWEL = "V"
_VOWEL_LETTERS = frozenset("aeiouwy'")  # the apostrophe stands for ع or ء


@lru_cache(maxsize=131_072)
def class_sequence(folded: str) -> str:
    """The token as class symbols with vowel runs kept (for vowel-tolerant alignment).

    Like :func:`phonetic_key`, but each run of vowels (with the glides w, y and the apostrophe
    that stands for ع or ء) stays, as the lower-case qualities it passes through, repeats
    merged (:func:`_vowel_quality`): ``u`` for o/u/w and the diphthong aw/au, ``i`` for i/y
    (and "ee"), ``a``, and ``e`` for a lone e or apostrophe, which may be either. A glide
    between two vowels keeps the run apart ("bayyadah" -> "BaiaTa", not "Beida"'s "BeiTa").
    Only adjacent repeats of a consonant class collapse: "mishri" -> "MiSRi", romanised
    المشري "mshri" -> "MSRi".
    """
    out: list[str] = []
    run = ""
    for symbol, chunk in _symbols(folded):
        if symbol == VOWEL:
            run += chunk
            continue
        if run and symbol:
            out.append(_vowel_quality(run))
            run = ""
        if symbol and (not out or out[-1] != symbol):
            out.append(symbol)
    if run:
        out.append(_vowel_quality(run))
    if len(out) > 1 and out[-1] == "H":
        out.pop()
    return "".join(out)


_QUALITY = {"a": "a", "e": "e", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}


def _vowel_quality(run: str) -> str:
    """The qualities of a vowel run, in order, repeats merged: "ou" -> u, "ee" -> i,
    "ayya" -> aia (the glide is heard between two a's), a lone apostrophe -> e."""
    run = run.replace("ee", "i").replace("ou", "u")
    out = ""
    for c in run:
        q = _QUALITY.get(c)
        if q and not out.endswith(q):
            out += q
    if len(out) > 1 and "e" in out and "a" in out:
        out = out.replace("e", "")  # French ai / ei, English ea: one vowel
    if out == "au":
        out = "u"  # the diphthong aw is said and written o / u: Awbari / Ubari, Tauchira / Tocra
    return out or "e"


def _symbols(folded: str) -> Iterator[tuple[str, str]]:
    """(class symbol, letters) of *folded*, left to right, longest pattern first.

    The symbol is "" for a character outside the table (hyphen, digit) and ``VOWEL`` for
    vowels, glides and apostrophes.
    """
    table = _rules()
    context = _context_rules()
    for match in _scanner().finditer(folded):
        chunk = match.group(0)
        symbol = table.get(chunk, "")
        if chunk in context:
            following, other = context[chunk]
            if folded[match.end() : match.end() + 1] in following:
                symbol = other
        if not symbol and chunk[0] in _VOWEL_LETTERS:
            symbol = VOWEL
        yield symbol, chunk


@cache
def _context_rules() -> dict[str, tuple[frozenset[str], str]]:
    """Letter -> (the next letters that change its class, that class) (``before`` in
    ``letters.yaml``): c is S before e, i, y."""
    raw = load_data("letters.yaml").get("before") or {}
    return {str(k): (frozenset(str(v[0])), str(v[1])) for k, v in raw.items()}


@cache
def _scanner() -> re.Pattern[str]:
    """One regular expression that cuts a token into table patterns, longest first at each
    position (an alternation tries its branches in order), or else single characters."""
    patterns = sorted(_rules(), key=lambda p: (-len(p), p))
    return re.compile("|".join(map(re.escape, patterns)) + "|.", re.DOTALL)


def _collapse(symbols: Iterable[str]) -> str:
    """Join symbols, collapsing runs of one symbol and dropping a final ``H``."""
    out: list[str] = []
    for symbol in symbols:
        if symbol and (not out or out[-1] != symbol):
            out.append(symbol)
    if len(out) > 1 and out[-1] == "H":
        out.pop()
    return "".join(out)
