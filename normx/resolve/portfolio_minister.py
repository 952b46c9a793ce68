"""A portfolio written right before "Minister" is the minister's office, not the ministry.

"Higher Education Minister Omran al-Gaib said ...": detection leaves the title word
"Minister" out of the span, so "Higher Education" stands alone and reaches the Ministry of
Higher Education by its gloss or spelling, a link where the text names a person's office
(a title without a name is no mention: the articles' gold never marks one). A segment made of a
field every government has a ministry for (the gloss lexicon's ``portfolios``: health,
interior, higher education ...), each word capitalised and none in capitals, written right
before "Minister" with one space between, is dropped before coreference, as
:mod:`title_modifier` drops "Public" of "Public Prosecutor". "Central Bank Governor" is left
alone: banking is no portfolio, and the bank is named there.

A minister may hold two portfolios, and MT writes his office with both after it: "the Minister
of the Electricity and the Renewable Energy". The second portfolio is a span of its own, and
reaches by likeness the body whose field it is (the Renewable Energy Authority of Libya, 0.92):
again the office, not the body. So a portfolio segment, in title case, written right after
"Minister of/for [the] <office> and [the]" in the same sentence is dropped too, where the
office is the minister's first portfolio as a title writes it: capitalised words and the
function words between them ("State for the Affairs of the Communication"), nothing else.
A lower-case word there ends the title and starts the sentence's own words: "the Minister of
Oil visited Sahla and the Health ..." coordinates "Health" with Sahla, not with Oil
(session 26: the pattern read any 60 characters before "and").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

OFFICE_WORDS = frozenset({"minister", "ministers"})
_NEXT = re.compile(r" ([^\W\d_]+)")  # the word right after, one space between
# "Minister of the Electricity and the ": an office whose second portfolio follows; the office's
# words are capitalised ("Anti-Corruption", "State's") or a title's function words between them
_TITLE_WORD = r"(?:[A-Z][^\W\d_]*(?:-[^\W\d_]+)*(?:['’]s)?|of|for|the|and|on)"
_SECOND = re.compile(
    rf"\bMinisters? (?:of|for) (?:the )?{_TITLE_WORD}(?: {_TITLE_WORD}){{0,9}} and (?:the )?$"
)
MAX_BEFORE = 90  # characters before a segment where its minister's office may start


def portfolios_dropped(linker: SpanLinker, segs: list[Seg]) -> list[Seg]:
    """*segs* without the portfolios written right before "Minister"."""
    out = [
        seg for seg in segs if not (_before_minister(linker, seg) or _second_portfolio(linker, seg))
    ]
    return out if len(out) != len(segs) else segs


def _before_minister(linker: SpanLinker, seg: Seg) -> bool:
    """The segment is a portfolio, in title case, right before "Minister"."""
    last = linker.tokens[seg.last]
    after = _NEXT.match(linker.text, last.end)
    if after is None or fold(after.group(1)) not in OFFICE_WORDS:
        return False
    return _portfolio(linker, seg)


def _second_portfolio(linker: SpanLinker, seg: Seg) -> bool:
    """The segment is a portfolio, in title case, coordinated after a minister's first one
    (the words between "Minister of" and "and" a title's: see the module docstring)."""
    first = linker.tokens[seg.first]
    if not _office_before(linker.text[max(0, first.start - MAX_BEFORE) : first.start]):
        return False
    return _portfolio(linker, seg)


def _office_before(before: str) -> bool:
    """``_SECOND.search(before) is not None``, the window's end tested first: a match ends in
    " and " or " and the ", or so before a final newline, where "$" also matches. Exact, and
    it spares most segments the search, which tries every offset of the window (session 34)."""
    end = before[:-1] if before.endswith("\n") else before
    return end.endswith((" and ", " and the ")) and _SECOND.search(before) is not None


def _portfolio(linker: SpanLinker, seg: Seg) -> bool:
    """The segment's words are a portfolio, each in title case ("UN Envoy", "GNU Minister":
    a name)."""
    words = linker.text[linker.tokens[seg.first].start : linker.tokens[seg.last].end].split()
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    return fold(" ".join(words)) in default_lexicon().portfolios
