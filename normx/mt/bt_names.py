"""Latin names cut into the units the back-transliteration model spells, as Arabic writes them.

The model spells one name part at a time; what counts as a part follows Arabic, not English:
the article is written joined to its word (al Mishri: المشري), an article assimilated to a sun
letter is written ال (as-Salamat: السلامات), and "SURNAME, Given" lists are read in the order
Arabic writes a name. Pure functions, no model.
"""

from __future__ import annotations

from typing import Any

from normx.mt.training.pairs import latin_key
from normx.text.arabic import has_arabic, strip_marks
from normx.text.latin import fold, split_words

MAX_NAME_CHARS = 300  # as the matcher: longer input is not a name
MAX_TOKEN_CHARS = 32  # no name part is longer (training parts are at most 24 letters)

ARTICLES = frozenset({"al", "el"})  # written joined to the next word in Arabic (المشري)
# The article assimilated to a following "sun letter" (as-Salamat, an-Nawfaliyah, ash-Shati):
# romanisers write the sound, Arabic writes ال. Only when the next word starts with that very
# consonant is it the article (so "As" stays itself before "Mahdi").
SUN_ARTICLES = frozenset(
    {
        f"{vowel}{cons}"
        for vowel in ("a", "e")
        for cons in ("d", "dh", "n", "r", "s", "sh", "t", "th", "z")
    }
)


def _sun_article(article: str, word: str) -> bool:
    """True when *article* (as, esh, ...) is the article assimilated to *word*'s first sound."""
    return article in SUN_ARTICLES and word.startswith(article[1:])


# first parts of a hyphenated name Arabic writes as one word or as a name's own parts
# (abd-al-aziz: عبدالعزيز, abu-bakr, bin-ali): such a key is one unit for the model
PARTICLES = ("abd", "abu", "abou", "bin", "ibn", "ben", "bou", "bu", "ould")
COMPOUND_PART = 4  # letters: shorter parts (ji-hun, ad-din) are syllables of one name


def _compound(key: str) -> list[str]:
    """A hyphenated key that joins two names (libya-tunisia, dhehiba-ouazen: a border, a
    pair of towns) cut into its names: the model spells one word at a time, and given the
    pair it spells the first and drops the second. A key with an article (al-mishri), a
    particle (abd-al-aziz) or a short part (ji-hun) stays whole."""
    parts = key.split("-")
    if len(parts) < 2 or any(
        len(p) < COMPOUND_PART or p in ARTICLES or p.startswith(PARTICLES) for p in parts
    ):
        return [key]
    return parts


def _join_article(key: str) -> str:
    """A hyphenated key with an assimilated article written as Arabic writes it:
    as-salamat -> al-salamat (السلامات), ash-shati -> al-shati; others unchanged."""
    head, sep, rest = key.partition("-")
    if sep and rest and _sun_article(head, rest):
        return f"al-{rest}"
    return key


def name_tokens(name: str) -> list[str]:
    """The units the model transliterates: words in the model's Latin form, hyphen parts kept
    together (al-Mishri) and a free-standing article joined to its word (al Mishri ->
    al-mishri, As Salamat -> al-salamat), as Arabic writes it; Arabic-script words are kept as
    they are."""
    out: list[str] = []
    pending = ""
    for word in name.split():
        if has_arabic(word):
            if pending:
                out.append(pending)
                pending = ""
            out.append(strip_marks(word))
            continue
        for parts in split_words(fold(word)):
            key = latin_key("-".join(parts))
            if not key:
                continue
            if pending:
                if pending in ARTICLES:
                    key, pending = f"{pending}-{key}", ""
                elif _sun_article(pending, key):
                    key, pending = f"al-{key}", ""
                else:  # not an article after all (As Mahdi): a word of its own
                    out.append(pending)
                    pending = ""
            if key in ARTICLES or key in SUN_ARTICLES:
                pending = key
            else:
                out.extend(_compound(_join_article(key)))
    if pending:
        out.append(pending)
    return out


def natural_order(name: str) -> str:
    """ "SURNAME, Given names" (sanctions lists, indexes) in the order Arabic writes a name:
    HUSSEIN, Saddam -> Saddam HUSSEIN (صدام حسين). Other names are returned unchanged."""
    head, sep, rest = name.partition(",")
    if not sep or "," in rest or not head.strip() or not rest.strip():
        return name
    return f"{rest.strip()} {head.strip()}"


def model_tokens(name: Any) -> list[str]:
    """The parts of *name* the model is asked to spell, in Arabic order (:func:`natural_order`,
    :func:`name_tokens`); junk (a non-string, a name longer than MAX_NAME_CHARS) gives none,
    and a part longer than MAX_TOKEN_CHARS is left out."""
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        return []
    return [t for t in name_tokens(natural_order(name)) if len(t) <= MAX_TOKEN_CHARS]
