"""A name said as "<head> of <modifier>" for a record named "<modifier> <head>" is that name.

Arabic names a body by its head and a noun after it (the construct state, إضافة): فيلق أفريقيا,
"the Corps of Africa"; English writes the same name with the noun before the head: "Africa
Corps". MT keeps the Arabic order, so the text says "Corps of Africa" where the gazetteer holds
"Africa Corps". The spelling matcher pairs the words of the two and finds the record, but not
word for word in order (a phonetic match, 0.83, articles-v57), so the linker looked for a
cleaner cut and found the place "Africa", spelled exactly: the place was linked on its own and
the head word left to link loosely (three wrong links in articles-v57's 5702).

So (:func:`inverted_of`) a span's whole match counts as clean when the span is
"X of (the) Y" and the matched name's words are exactly Y's words then X's words (folded,
stop words aside): the text is the record's name, only translated in the Arabic order. Persons
are never judged (a man is not named "X of Y"), nor spans with more than one "of".
MT also writes the Arabic adjective after the name, "the Corps of Africa the Russian" (فيلق
أفريقيا الروسي): a trailing "the <demonym>" is context, and the name before it is judged alone
(:func:`inverted_before_demonym`; the demonym is no mention, as the gold marks the name only).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

_WORD = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"the", "of"})


def _words(text: str) -> list[str]:
    return [w for w in (fold(x) for x in _WORD.findall(text)) if w and w not in _ARTICLES]


def inverted_of(linker: SpanLinker, first: int, last: int, cand: Candidate | None) -> bool:
    """*cand* was matched by the name whose words are the span's "X of Y" as "Y X"."""
    if cand is None or cand.type == "PER" or not cand.matched:
        return False
    forms = linker.forms[first : last + 1]
    ofs = [k for k, f in enumerate(forms) if f == "of"]
    if len(ofs) != 1:
        return False
    k = ofs[0]
    head = [f for f in forms[:k] if f not in _ARTICLES]
    modifier = [f for f in forms[k + 1 :] if f not in _ARTICLES]
    if not head or not modifier:
        return False
    return _words(cand.matched) == _words(" ".join(modifier + head))


def inverted_before_demonym(linker: SpanLinker, first: int, last: int) -> Seg | None:
    """The inverted name of a span "X of Y the <Demonym>" without its last two words, when it
    links so: MT writes the Arabic adjective after the name ("the Corps of Africa the
    Russian", فيلق أفريقيا الروسي), and the demonym is context, no word of the name."""
    if last - first < 4 or linker.forms[last - 1] != "the":
        return None
    if not linker.lex.is_context(linker.forms[last]) or linker.forms[last] in linker.lex.titles:
        return None
    seg = linker.link(first, last - 2)
    return seg if inverted_of(linker, first, last - 2, seg.cand) else None
