"""A body's name keeps the order of the two things it joins with "and" through translation.

"General Authority of Endowments and Islamic Affairs" is الهيئة العامة للأوقاف والشؤون
الإسلامية (Libya's awqaf body) translated word by word: machine translation keeps the order of a
name's coordinated words, and the و joins the second to the first. The UAE's "General Authority
of Islamic Affairs and Endowments" (الهيئة العامة للشؤون الإسلامية والأوقاف) holds the same
words the other way round, and the likeness scorers, which weigh words and not their order,
give it the span by a wide margin, while the gloss matcher reaches the Libyan body's Arabic name
only loosely. So when a span linked by likeness says "A and B" and the linked English name says
"B and A", and the gloss reaches a body whose Arabic name writes B's words joined by و (its
second conjunct, as in the span), that body takes the link: the text is its translation.

Only the order decides, and only between two bodies the matcher reached for the same words: with
no such body of the span's order the likeness link stands (a writer may also swap the pair).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.resolve.segment import Seg, relinked
from normx.text.clitics import BEFORE_NAME_WORD
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# what Arabic writes joined before a word of a body's name: و (and), ل/لل (of), ب, the article
GLOSS = "gloss"


def content_words(text: str) -> list[str]:
    """The folded words of *text* that are not the gloss lexicon's function words: what a
    body's name says, which its Arabic name renders word for word."""
    stop = default_lexicon().function_words
    return [w for w in (fold(x) for x in _WORD.findall(text)) if w not in stop]


def _pair(text: str) -> tuple[list[str], list[str]] | None:
    """The words before and after the one "and" of *text* (None: none, or more than one)."""
    parts = _AND.split(_QUALIFIER.sub("", text))
    if len(parts) != 2:
        return None
    first, second = content_words(parts[0]), content_words(parts[1])
    return (first, second) if first and second else None


def reversed_pair(span: str, name: str) -> tuple[list[str], list[str]] | None:
    """The span's two conjuncts when *name* joins the same words the other way round: the
    span's last word before "and" comes after the name's "and", its first word after "and"
    before it ("Endowments and Islamic Affairs" against "Islamic Affairs and Endowments")."""
    said, named = _pair(span), _pair(name)
    if said is None or named is None:
        return None
    if said[0][-1] in named[1] and said[1][0] in named[0]:
        return said
    return None


@cache
def glosses(word: str) -> frozenset[str]:
    """The Arabic words (normalised, article off) the gloss lexicon renders *word* with."""
    lex = default_lexicon()
    entry = lex.entries.get((word,)) or lex.transliterated.get(word)  # "Awqaf": الأوقاف
    if entry is None:
        return frozenset()
    return frozenset(w for r in entry.renderings for a in r for w in arabic_words(a))


def clitic_of(word: str, glosses: frozenset[str]) -> str | None:
    """What *word* writes before one of *glosses* ("وال" of والشؤون), or None: no gloss."""
    for g in glosses:
        if word == g:
            return ""
        if word.endswith(g) and word[: -len(g)] in BEFORE_NAME_WORD:
            return word[: -len(g)]
    return None


def writes_gloss(name: tuple[str, ...], glosses: frozenset[str]) -> bool:
    """A word of the Arabic *name* is one of *glosses*, bare or behind a proclitic."""
    return any(clitic_of(w, glosses) is not None for w in name)


def joined_second(arabic: tuple[str, ...], second: list[str]) -> bool:
    """The first word of *arabic* that renders a word of the *second* conjunct carries the و
    that joins a name's second conjunct (والشؤون of للأوقاف والشؤون الإسلامية)."""
    said = frozenset().union(*(glosses(w) for w in second))
    if not said:
        return False
    for word in arabic[1:]:
        clitic = clitic_of(word, said)
        if clitic is not None:
            return clitic.startswith("و")
    return False


def coordinated_in_order(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[Seg]:
    """*segs* with each likeness link whose name reverses the span's "A and B" given to the
    body the gloss reaches whose Arabic name joins them in the span's order."""
    out = segs
    for k, seg in enumerate(segs):
        cand = seg.cand
        if cand is None or cand.type != "ORG" or cand.method not in LIKENESS_METHODS:
            continue
        span = linker.surface(seg.first, seg.last)
        name = cand.matched if cand.matched.isascii() else cand.name
        pair = reversed_pair(span, name)
        if pair is None:
            continue
        own = _in_order(rt, span, cand, pair[1])
        if own is None:
            continue
        if out is segs:
            out = list(segs)
        out[k] = relinked(seg, own, seg.ambiguous)
    return out


def _in_order(rt: Runtime, span: str, linked: Candidate, second: list[str]) -> Candidate | None:
    """The first other body the gloss matcher reaches for *span* above the threshold whose
    Arabic name joins the *second* conjunct with و: only a translation of that name keeps
    the span's order, so a likeness hit that reverses it is no match of the text."""
    for c in rt.match(span):
        if c.id == linked.id or c.type != "ORG" or c.method != GLOSS:
            continue
        if c.score < NO_MATCH_THRESHOLD:
            continue
        if any(joined_second(name, second) for name in rt.arabic_names(c.id)):
            return c
    return None
