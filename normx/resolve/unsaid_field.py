"""A body's name said by its generic words only is a kind of body when its field goes unsaid.

"Holding Company", "Supreme Committee", "National Center", "International Federation": each is
the head of a body's name with the adjectives of rank and reach that a hundred bodies share. By
likeness the matcher reaches the one body of the gazetteers whose name holds those words and
more ("Libyan African Aviation Holding Company", "Supreme Security Committee", "National Centre
for Disease Control", "International Federation of Red Cross and Red Crescent Societies"), yet
the word that makes it that body, its field (aviation, security, disease, the Red Cross), is the
one the text did not say. In news from Arabic the span is most often the start of another
body's name cut at "for" ("Holding Company for Post and Communications", "Supreme Committee for
Iftaa", "National Center for Examinations").

So a link made by likeness (not a name or alias spelled out), where every word of the span is
a generic head of the gloss lexicon (:mod:`normx.mt.lexicon`: "company", "committee"; one at
least) or a word of rank and reach (the lexicon's weak adjectives, :data:`REACH`: "holding",
"international"; a name such as "United Nations" in "United Nations Mission" is no kind), is no
link of the span itself when the candidate's English name holds a word the span leaves out,
and the text does not write just before or after it (the rest of a name the detector cut off:
"Libyan African Holding Company for Aviation"), that is none of:

* a generic head (``generic``: "the Authority" for "the Investment Authority" says its head),
* a weak adjective, one with an Arabic rendering in ``weak_arabic`` (national, high, supreme,
  general, public: "Election Commission" for the High National Elections Commission stands),
* a place or nationality word (``place: true``; "Central Bank" for the Central Bank of Libya:
  the frame, :mod:`normx.resolve.place_body_kind` judges other places), or "State", which
  says whose body it is as "of Libya" does ("High Council" for the High Council of State).

A span with a French word is left alone: French names go on in lower case after their head
("Union générale tunisienne du travail"), so its cut is not the text's. A word the span says
counts as said in any spelling the lexicon glosses alike (center / centre, election /
elections). The link is dropped, not the span: the document may name the body in full
elsewhere, which coreference reads (the same hook as :mod:`normx.resolve.place_body_kind`).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from normx.detect.tokens import fold_word
from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.mt.french import default_french_names
from normx.mt.lexicon import default_lexicon
from normx.resolve.demonym_span import name_words
from normx.resolve.generic import arabic_words
from normx.text.arabic import has_arabic
from normx.text.generic import compound_parts
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


# words of rank and reach that bodies of every field share, besides the lexicon's weak ones
# (national, high, supreme, general, public): a span of these and heads says no field
# (data/field_words.yaml, reach)
REACH = frozenset(word_list("normx.resolve", "field_words.yaml", "reach"))
WINDOW = 6  # words either side where the rest of the body's name may be written
# "of (the) State" says whose body it is, as "of Libya" does: the frame, no field
# (data/field_words.yaml, state)
STATE_WORDS = frozenset(word_list("normx.resolve", "field_words.yaml", "state"))


@cache
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], frozenset[str]]:
    """(one-word lexicon entry -> its Arabic words, generic heads, weak words, place words)."""
    lex = default_lexicon()
    glosses: dict[str, frozenset[str]] = {}
    places: set[str] = set()
    for key, entry in lex.entries.items():
        if len(key) != 1:
            continue
        words = frozenset(a for r in entry.renderings for w in r for a in arabic_words(w))
        glosses[key[0]] = glosses.get(key[0], frozenset()) | words
        if entry.place:
            places.add(key[0])
    weak_ar = frozenset(a for w in lex.weak_arabic for a in arabic_words(w))
    weak = frozenset(w for w, ar in glosses.items() if ar & weak_ar and w not in places)
    return glosses, lex.generic, weak, frozenset(places)


@lru_cache(maxsize=16_384)  # a pure function of a candidate's name, asked at every link
def _words(text: str) -> tuple[str, ...]:
    """The words of a body's English name a text may say, compounds split ("Airbase": air,
    base)."""
    return tuple(p for w in name_words(text) for p in compound_parts(w))


def _said(word: str, said: list[str], glosses: dict[str, frozenset[str]]) -> bool:
    """*word* of the name is one of *said*, give or take a plural "s", or glosses alike
    (center / centre: one Arabic word)."""
    if word in said or word.rstrip("s") in {w.rstrip("s") for w in said}:
        return True
    ar = glosses.get(word)
    return bool(ar) and any(ar & glosses.get(w, frozenset()) for w in said)


def field_unsaid(said_forms: list[str], cand: Candidate, around: Collection[str] = ()) -> bool:
    """*said_forms* (the span's folded words) name only a kind of body, and *cand*'s English
    name holds a field word they leave out and *around* (the folded words just before and
    after the span) does not say either (see the module docstring)."""
    if cand.type != "ORG" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    glosses, heads, weak, places = _tables()
    function = default_lexicon().function_words
    said = [p for w in said_forms for p in compound_parts(fold_word(w)) if p not in function]
    if len(said) < 2 or not any(w in heads for w in said):
        return False
    if not all(w in heads or w in weak or w in REACH for w in said):
        return False
    if any(w in default_french_names().only_french for w in said):
        return False  # "Union générale [tunisienne du travail]": French goes on in lower case
    name = cand.name if has_arabic(cand.matched) else cand.matched
    if has_arabic(name):
        return False
    for w in _words(name):
        if w in function or w in heads or w in weak or w in places or w in STATE_WORDS:
            continue
        if not w.isalpha():
            continue
        if not _said(w, said, glosses) and w not in around:
            return True
    return False


def said_a_kind(linker: SpanLinker, seg: Seg, cand: Candidate) -> bool:
    """:func:`field_unsaid` of a linked segment."""
    if seg.phrase or cand.type != "ORG" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    forms = linker.forms
    around = {fold_word(w) for w in forms[max(0, seg.first - WINDOW) : seg.first]}
    around.update(fold_word(w) for w in forms[seg.last + 1 : seg.last + 1 + WINDOW])
    return field_unsaid(list(forms[seg.first : seg.last + 1]), cand, around)
