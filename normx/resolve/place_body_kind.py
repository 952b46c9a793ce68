"""Generic words of a body named after a place are a kind of body, not that body.

"Benghazi Medical Center" (مركز بنغازي الطبي) is told from every other medical centre by one
word, its town. A span that says only the generic words ("Medical Center", "the Center", the
rest of "Tripoli Medical Center" once its place is cut off) names a kind of body that any town
may have, and reaches the Benghazi one by likeness only because a gazetteer holds that one: the
word that makes it that body is the one the text did not say. So a link whose candidate's name
is the span's words plus a place of the gazetteer, while every word of the span is a generic
word of bodies' names (the gloss lexicon's, :mod:`normx.mt.lexicon`), is no link of the span
itself; the document may still name the body in full elsewhere, which coreference reads.

The frame every Libyan body goes without saying is no distinguishing place: the lexicon's
country words (``place: true``: "Libya", "Libyan") are left unsaid by short forms ("Central
Bank", "Investment Authority") and those links stand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING

from normx.detect.tokens import fold_word
from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.text.generic import compound_parts
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg


@cache
def _lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """(generic words of bodies' names, the lexicon's country and nationality words)."""
    lex = default_lexicon()
    words = {w for key, e in lex.entries.items() if not e.place for w in key}
    places = {w for key, e in lex.entries.items() if e.place for w in key}
    return frozenset(words | lex.function_words), frozenset(places)


@lru_cache(maxsize=16_384)  # a pure function of a candidate's name, asked at every mention
def _words(text: str) -> tuple[str, ...]:
    """The folded words of *text*, a qualifier's without its brackets ("(Libya)": libya, the
    frame, not a place that tells the body apart)."""
    bare = fold(text).replace("-", " ").replace("(", " ").replace(")", " ")
    return tuple(p for w in bare.split() for p in compound_parts(w))


def kind_of_place_body(
    said: Sequence[str], cand: Candidate, is_place: Callable[[str], bool]
) -> bool:
    """*said* (the span's folded words) are all generic words of bodies' names, and *cand* is
    a body whose English name holds them and, besides, a place (*is_place*, given the rest
    of the name's words, folded, as one string) that is not the country frame."""
    if cand.type == "PER" or not said:
        return False
    generic, country = _lexicon_words()
    said_words = [p for w in said for p in compound_parts(fold_word(w))]
    if not all(w in generic for w in said_words):
        return False
    name = cand.matched if cand.matched.isascii() else cand.name
    name_words = [w for w in _words(name) if w not in generic or w in country]
    rest = [w for w in name_words if w not in said_words]
    if not rest or any(w in country for w in rest):
        return False
    return is_place(" ".join(rest))


def said_a_kind(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate) -> bool:
    """:func:`kind_of_place_body` of a linked segment (a name spelled out stands, and so
    does a link the document decided: "the Kingdom" after "the Kingdom of Saudi Arabia")."""
    if seg.phrase or cand.method in ("exact", "normalised", "coref"):
        return False
    forms = linker.forms[seg.first : seg.last + 1]
    return kind_of_place_body(forms, cand, partial(_is_place, rt))


def _is_place(rt: Runtime, text: str) -> bool:
    """Whether *text*, normalised, is exactly the name of some place of the gazetteers."""
    index = rt.normalizer.index
    form = " ".join(t.form for t in rt.core_words(text))
    return any(
        index.records[index.names[ni].entity].type == "LOC" for ni in index.exact.get(form, ())
    )
