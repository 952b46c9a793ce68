"""Arabic words of a name as sets of readings, so that glossed words meet gazetteer words.

An English gloss and a gazetteer name spell the same Arabic word differently: with or without
the article (الدولة / دولة), with a prefix glued on (للدولة, والجفرة), in the feminine
(الوطنية / الوطني), with ة or ه, as a plural that lost its ن before a genitive (المجاهدين /
مجاهدي درنة). Each word becomes a small set of *readings*; two words are the
same word when their readings intersect. Both sides first go through
:func:`normx.text.arabic.normalize_arabic`, so alef forms and ة/ه are already merged.

Gloss words (curated data) get only the article and ending readings; name words also get the
prefix readings, because names glue prepositions and "and" onto words (للدعم, والجفرة) while
the lexicon lists dictionary forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from normx.text.arabic import normalize_arabic
from normx.text.clitics import LETTERS, WITH_ARTICLE

_WORD_RE = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]+|[0-9]+")
ARTICLE = "ال"
_MIN_STEM = 2  # letters a word keeps after a prefix is taken off


def arabic_words(text: str) -> list[str]:
    """The normalised Arabic words (and digit runs) of *text*, in order."""
    if not isinstance(text, str) or not text:
        return []
    return _WORD_RE.findall(normalize_arabic(text))


def is_number(word: str) -> bool:
    """True for a digit run ("5+5" gives two)."""
    return word.isascii() and word.isdigit()


def _strip_article(word: str) -> str:
    if word.startswith(ARTICLE) and len(word) - 2 >= _MIN_STEM + 1:
        return word[2:]
    return word


def _with_endings(stem: str, out: set[str]) -> None:
    out.add(stem)
    if stem.endswith("ه") and len(stem) > 3:  # feminine / ta marbuta: وطنيه -> وطني
        out.add(stem[:-1])
    if stem.endswith(("ين", "ون")) and len(stem) > 4:  # plural before a genitive: مجاهدي درنة
        out.add(stem[:-1])


@lru_cache(maxsize=65536)
def gloss_readings(word: str) -> frozenset[str]:
    """Readings of a normalised lexicon word: itself without the article, and its endings."""
    out: set[str] = set()
    _with_endings(_strip_article(word), out)
    return frozenset(out)


@lru_cache(maxsize=65536)
def article_readings(word: str) -> frozenset[str]:
    """Readings of a normalised gazetteer word as a lexicon word: :func:`gloss_readings`, plus
    the word without a glued article prefix (بالمحكمة, "in the court", reads محكمة).

    The article glued behind a preposition or conjunction marks a common noun as surely as the
    bare article does; a lone glued letter (ب, و) is left alone, since a name may open on it
    (بنغازي is no "in Ghazi"). Used to flag a gazetteer word generic the way its unprefixed
    form is, so "Berlin court" does not read الدائرة through a word of another record."""
    out: set[str] = set(gloss_readings(word))
    for prefix in WITH_ARTICLE:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            _with_endings(word[len(prefix) :], out)
    return frozenset(out)


@lru_cache(maxsize=65536)
def name_readings(word: str) -> frozenset[str]:
    """Readings of a normalised gazetteer word: as :func:`gloss_readings`, plus glued prefixes."""
    out: set[str] = set(article_readings(word))
    if word[:1] in LETTERS and len(word) - 1 >= _MIN_STEM + 1:
        rest = word[1:]
        _with_endings(_strip_article(rest), out)
    return frozenset(out)
