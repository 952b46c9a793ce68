"""A people's body named without the weak adjective of its own name: "Turkish Ministry of
Defense" for the Ministry of National Defence (وزارة الدفاع الوطني التركية).

:mod:`normx.resolve.demonym_body` links a span that opens with a demonym ("the Russian Ministry
of Defense") to the organisation the whole range reaches, and refuses a *partial* link, one
whose name holds words the span does not say: a text that says less than the name may mean
another body of that people. But Arabic names of state bodies carry adjectives of rank and
reach that translation drops as a matter of course: وطني (national), عام (general), أعلى
(supreme), the lexicon's ``weak_arabic`` words, which the gloss scorer already counts as
words English leaves out. A Turkish text's وزارة الدفاع الوطني is "the Turkish Ministry of
Defense" in most English copy; nothing about the body is unsaid but "national".

So a partial link made through the Arabic name (``method`` "gloss") still names the span's
body when every English word of the span was matched and every Arabic word of the name left
unmatched is a weak word (article aside). A name word with any other content (a field, a
place, a second head) keeps the refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.resolve.segment import Seg


@cache
def _weak_words() -> frozenset[str]:
    return frozenset(w for a in default_lexicon().weak_arabic for w in arabic_words(a))


def _words(items: object) -> list[str]:
    return [str(x) for x in items] if isinstance(items, Iterable) else []


def only_weak_unsaid(cand: Candidate) -> bool:
    """*cand* was reached through its Arabic name with every word of the query matched and
    only weak adjectives of the name unmatched (see the module docstring)."""
    if cand.method != "gloss":
        return False
    unmatched = cand.explain.get("unmatched")
    if not isinstance(unmatched, dict) or _words(unmatched.get("english", ())):
        return False
    left = [w for a in _words(unmatched.get("arabic", ())) for w in arabic_words(a)]
    return bool(left) and all(w in _weak_words() for w in left)


def whole_but_weak(seg: Seg) -> Seg:
    """*seg*, no longer partial when its link leaves only weak adjectives of the name unsaid
    (:func:`only_weak_unsaid`); any other segment as it is."""
    if not seg.partial or seg.cand is None or not only_weak_unsaid(seg.cand):
        return seg
    return Seg(
        seg.first, seg.last, seg.cand, False, seg.ambiguous, seg.context, seg.phrase, seg.extra
    )
