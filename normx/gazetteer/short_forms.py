"""The everyday form inside a long name an outside gazetteer gives a person or a body.

Gazetteers built from Wikidata, registers or protocol lists write names more fully than texts
do: a person with a rank or honorific ("Field Marshal Khalifa Haftar", "Dr. ...") or with the
whole nasab, the father's name between the given and the family name ("Khalifa Belqasim
Haftar"); a body under its full official name ("Government of National Unity of the State of
Libya"). A text says "Khalifa Haftar" and "Government of National Unity". Matched as written
the long name is only partly said by the text's form, and the resolver's rules for partial
person and body matches (words left unsaid, a namesake that says them all) refuse it or give
it to a record that holds the short form as written. Measured with
``benchmarks/eval/gazetteer_styles.py``, style ``wikidata``.

:func:`short_forms` gives the forms a record's English name also stands for; they are added
like the bare forms of qualified titles (:func:`normx.gazetteer.titles.with_bare_titles`: not
when another record holds the form, nor when two records' long names give the same one):

* a person's leading rank, office or honorific (the words that running text puts before a name,
  ``normx/detect/data/titles.yaml``), when two name words or more follow: "Field Marshal
  Khalifa Haftar" -> "Khalifa Haftar". Words that are given names as often as titles (Emir,
  Sultan, Imam...) are kept;
* a person's given and family name from a name of three parts or more that has more parts
  than the record's Arabic name ("Khalifa Belqasim Haftar" / خليفة حفتر -> "Khalifa Haftar",
  "Abdul Hamid Mohammed Dbeibah" / عبد الحميد الدبيبة -> "Abdul Hamid Dbeibah"):
  compounds stay whole (Abd/Abu + the next word, "Saif al-Islam", "Nasr al-Din", "Abdullah"),
  the family name keeps its article or its "bin"/"Abu"; names with European particles (von,
  de, Le) or initials are left alone, their middle words are not a father's name;
* a body's or place's name before an official country tail: "... of the State of Libya",
  "... of the Republic of Tunisia" (State, Republic, Kingdom... followed by a country normx
  ships, :mod:`normx.gazetteer.countries`), when two words or more remain.

And one form that is no shorter: a name written all in lower case (keys, tag lists:
"libyan red crescent") or all in capitals (old catalogues: "SHARARA OIL FIELD") is also held
capitalised ("Libyan Red Crescent", :func:`case_form`):
the resolver reads a body's capitalised words as its name and head ("the Crescent", "the
Federation" as the body named before), so lower-case records lost those references.

These are forms the *name itself* contains, not spellings: nothing is invented, and the
user's canonical name is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from normx.gazetteer.countries import is_country
from normx.text.latin import fold
from normx.text.resources import word_list

__all__ = [
    "SHORT_FORMS_VERSION",
    "arabic_parts",
    "case_form",
    "family_short",
    "official_short",
    "rank_stripped",
    "short_forms",
]

SHORT_FORMS_VERSION = 1  # part of the compiled index's cache key (through titles)


def _words(key: str) -> tuple[str, ...]:
    """The list *key* of ``normx/gazetteer/data/short_forms.yaml``, in its order."""
    return word_list("normx.gazetteer", "short_forms.yaml", key)


# given names as often as titles (normx/text/data/titles.yaml says the same for matching)
_NOT_RANKS = frozenset(_words("not_ranks"))
# words that open a body's name as often as a title ("General National Congress") are no
# concern here: only persons' names are stripped
_COMPOUND_NEXT = frozenset(_words("compound_next"))
_COMPOUND_SECOND = re.compile(r"^(?:[ae][lnrtdsz]|u[dlrtsz])?-?(?:din|deen|dine|islam)$|^[au]llah$")
# the article written apart, as the Arabic letters' readings give it (al, el, ul, ad-din...)
_DETACHED = frozenset(_words("detached"))
_FAMILY_LINK = frozenset(_words("family_link"))
_EUROPEAN = frozenset(_words("european"))
# a state's form before "of <country>" in its official name ("Arab Republic of", "State of");
# shared with normx.resolve.official_country, which reads it in running text
# the nouns of the forms of state, one of which every official form writes (case as written):
# normx.resolve.official_country looks for them before reading a text with OFFICIAL_FORM
OFFICIAL_FORM_NOUNS = _words("official_form_nouns")
OFFICIAL_FORM = (
    rf"(?:(?:{'|'.join(_words('official_form_adjectives'))})\s+)*"
    rf"(?:{'|'.join(OFFICIAL_FORM_NOUNS)})\s+of\s+"
)
_OFFICIAL_TAIL = re.compile(
    rf"^(?P<head>.+?),?\s+of\s+the\s+{OFFICIAL_FORM}(?P<country>.+)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """(title words, title phrases, every word that may open a title)."""
    from normx.detect.lexicon import lexicon  # data only; imported late to keep loading light

    lex = lexicon()
    titles = lex.titles - _NOT_RANKS
    return titles, lex.title_phrases, titles | {p[0] for p in lex.title_phrases}


def _folded(word: str) -> str:
    low = word.lower().strip(".,")
    return low if low.isascii() else fold(word).strip(".,")  # fold is the slow path


def rank_stripped(text: str) -> str | None:
    """A person's name without its leading rank, office or honorific ("Field Marshal Khalifa
    Haftar" -> "Khalifa Haftar"); None when there is none or fewer than two words follow."""
    words = text.split()
    titles, phrases, openers = _titles()
    if len(words) < 3:
        return None
    first = words[0].lower().strip(".,")
    if first.isascii() and first not in openers:
        return None  # the common case, decided on one word without folding it
    if _folded(words[0]) not in openers:
        return None
    i = 0
    while i < len(words):
        folded = [_folded(w) for w in words[i:]]
        phrase = next((p for p in phrases if tuple(folded[: len(p)]) == p), None)
        if phrase and phrase[-1] not in ("of", "the"):
            i += len(phrase)
        elif folded[0] in titles:
            i += 1
        else:
            break
    rest = words[i:]
    if i == 0 or len(rest) < 2 or not rest[0][:1].isupper():
        return None
    return " ".join(rest)


def _units(words: list[str]) -> list[list[str]] | None:
    """The name's parts, compounds kept whole; None when the name is not read as Arabic."""
    units: list[list[str]] = []
    i = 0
    while i < len(words):
        word = words[i]
        low = _folded(word)
        if len(low.replace("-", "")) <= 1 or low in _EUROPEAN:
            return None  # an initial, a European particle: not a nasab
        unit = [word]
        if low in _DETACHED and i + 2 != len(words):
            return None  # "Abd al Rahman ...", "Shams ul Haq ...": where a part ends is unclear
        if (low in _COMPOUND_NEXT or low in _DETACHED) and i + 1 < len(words):
            if _folded(words[i + 1]) in _DETACHED:
                return None
            unit.append(words[i + 1])
            i += 1
        elif units and len(units) == 1 and _COMPOUND_SECOND.match(low):
            units[-1].append(word)  # "Saif al-Islam", "Nasr al-Din", "Abd Allah"
            i += 1
            continue
        units.append(unit)
        i += 1
    return units


def family_short(text: str, *, arabic_parts: int | None = None) -> str | None:
    """A person's given and family name from a longer name ("Khalifa Belqasim Haftar" ->
    "Khalifa Haftar"); None when the name has fewer than three parts, is not read as an Arabic
    name, or (with *arabic_parts*, the parts of the record's Arabic name) has no more parts
    than its Arabic name."""
    words = text.split()
    if len(words) < 3 or len(words) <= (arabic_parts or 0):
        return None  # the common case of a big list, decided before any word is read
    if any(not w[:1].isalpha() for w in words):
        return None
    units = _units(words)
    if not units or len(units) < 3 or len(units) <= (arabic_parts or 0):
        return None
    given, family = units[0], units[-1]
    if _folded(given[0]) in _FAMILY_LINK - {"abu", "abou", "bu"}:
        return None  # "Al-Mahdi ...", "Bin ...": no given name first
    return " ".join(given + family)


def official_short(text: str) -> str | None:
    """A name before an official country tail ("Government of National Unity of the State of
    Libya" -> "Government of National Unity"); None without one or when one word remains."""
    found = _OFFICIAL_TAIL.match(text)
    if not found or not is_country(found.group("country")):
        return None
    head = found.group("head").strip()
    return head if len(head.split()) >= 2 else None


_AR_COMPOUND = frozenset(_words("arabic_compound"))


def arabic_parts(text: str) -> int:
    """The parts of an Arabic name, compounds whole ("عبد الحميد الدبيبة": 2)."""
    words = text.split()
    return len(words) - sum(1 for w in words[:-1] if w in _AR_COMPOUND)


def short_forms(text: str, kind: str, *, arabic: str | None = None) -> tuple[str, ...]:
    """The short forms an English name *text* of a record of type *kind* stands for (see the
    module docstring), in order; empty when it has none. A person's given and family name is
    read only when the record's Arabic name *arabic* has fewer parts than *text*: the Arabic
    then attests the short name the English lengthens with a father's name ("Khalifa Belqasim
    Haftar" / خليفة حفتر). A name whose Arabic is as long, or that has none, is left as it
    is: most long names of big person lists are written whole in both scripts, and read short
    they lent 23,000 two-word forms to 40,000 synthetic persons (``--distractors 40000``)."""
    out: list[str] = []
    if kind == "PER":
        bare = rank_stripped(text)
        if bare:
            out.append(bare)
        if arabic:
            short = family_short(bare or text, arabic_parts=arabic_parts(arabic))
            if short:
                out.append(short)
    else:
        short = official_short(text)
        if short:
            out.append(short)
    return tuple(dict.fromkeys(f for f in out if f != text))


def case_form(text: str) -> str | None:
    """A name written all in lower case, or in capitals over two words or more, capitalised as
    names are ("libyan red crescent" -> "Libyan Red Crescent", "khalid al-mishri" -> "Khalid
    Al-Mishri", "SHARARA OIL FIELD" -> "Sharara Oil Field"; a parenthesised acronym stays:
    "NATIONAL OIL CORPORATION (NOC)"); None when *text* is written in mixed case, is one word
    in capitals (an acronym as often as not: "NATO") or has no letter."""
    if not (text.islower() or text.isupper()):
        return None  # mixed case (the common case), or no letter at all
    lower = text.islower()
    if not lower and (any(c.islower() for c in text) or len(text.split()) < 2):
        return None
    from normx.detect.lexicon import function_words  # data only; imported late, as above

    small = function_words("title_case")  # the words a capitalised name keeps in lower case
    words = text.split(" ")
    out = []
    for k, word in enumerate(words):
        if word.startswith("(") and not lower:
            out.append(word)
        elif k and word.lower() in small:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)
