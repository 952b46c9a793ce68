"""A body matched by the gloss of its words without its head: an office's domain, not the body.

"Under-Secretary-General of the United Nations for Humanitarian Affairs": after the title's
"for", "United Nations for Humanitarian Affairs" glosses into most of OCHA's Arabic name
(الأمم المتحدة ... الشؤون الإنسانية) but not its head (مكتب, "Office"): the words say what the
office is of, and the body that shares them is not named. A match in the gloss method that
leaves part of the body's name unsaid, for a segment that holds no body head noun of its own,
is cut before its "for" (:func:`portfolios_cut`): what comes before is the body the office
is of ("United Nations"), what follows the office's domain, dropped as before.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.resolve.segment import WHOLE_COVERAGE, Seg, coverage
from normx.resolve.span_tokens import SpanTokens


def headless(words: SpanTokens, seg: Seg) -> bool:
    """*seg* links an organisation by a gloss that leaves some of its name unsaid, and none
    of its own words is a body head noun."""
    cand = seg.cand
    if cand is None or cand.type != "ORG" or cand.method != "gloss":
        return False
    if coverage(cand)[1] >= WHOLE_COVERAGE:
        return False
    heads = words.lex.body_heads
    return not any(words.forms[t] in heads for t in range(seg.first, seg.last + 1))


def portfolios_cut(
    words: SpanTokens, segs: list[Seg], resolve: Callable[[int, int], list[Seg]]
) -> list[Seg]:
    """*segs*, after a person title, each :func:`headless` one that holds a "for" replaced
    by the segments of its words before it (*resolve* links a range)."""
    out: list[Seg] = []
    for seg in segs:
        cut = None
        if headless(words, seg):
            cut = next((k for k in range(seg.first + 1, seg.last) if words.forms[k] == "for"), None)
        out.extend([seg] if cut is None else resolve(seg.first, cut - 1))
    return out
