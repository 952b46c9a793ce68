"""A long document resolved in windows, so that its cost grows linearly with its length.

Issue 4 asks that "a 5 MB single line" be processed. Resolving names reads the whole document:
coreference looks for the entity a partial name repeats among every mention before it, and
several rules ask whether the document wrote a word for one entity or another anywhere before.
On a news article (a few thousand characters) that is what a reader does; on a document of
megabytes each mention's look-back grew with the document, and the time with its square (a
500 KB document took 22 s, a 5 MB one did not finish in 280 s).

So a document longer than :data:`LONG_DOCUMENT` characters (a hundred times a news article) is
cut at paragraph or sentence ends into pieces of about :data:`PIECE` characters, and each piece
is resolved as one document together with the piece before it, which gives it the text it
follows as context: the names that text introduces ("Khalifa Haftar" two paragraphs before
"Haftar"), the bodies a bare "the Council" means, the spellings the document used. Only the
mentions inside the piece are kept, with their offsets (and the offsets in their evidence)
moved to the whole document's; pieces do not overlap, so neither do the mentions, and each
text is the document's at its offsets. The rewritten text and the entity summary are made from
the kept mentions over the whole document, as for any document. A mention whose antecedent lies
more than a piece before it is read as if it were the first: a reader's context, not the
whole book's. Documents up to :data:`LONG_DOCUMENT` characters are resolved whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from normx.resolve.document import Document, Mention

LONG_DOCUMENT = 100_000  # characters: longer documents are resolved in windows
PIECE = 40_000  # characters of a piece; its window adds the piece before it
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")
# a sentence's end: a word of two lower-case letters or more before the stop ("U.S. Embassy"
# and "Mr. Haftar" go on)
_SENTENCE = re.compile(r"(?<=[a-z]{2})[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]*[A-Z0-9])")
# name particles and the connectors inside names ("Ministry of the Interior", "bin al-"): after
# a lower-case word that is none of these ("said", "met"), a name may begin but none goes on
_INSIDE_NAMES = r"(?:of|for|the|and|on|in|al|el|bin|ben|ibn|bint|abu|abd|ould|de|du|di|da|la|le)"
_AFTER_WORD = re.compile(rf"(?<![\w'’-])(?!{_INSIDE_NAMES}\s)[a-z]+\s+(?=\S)")
_SPACE = re.compile(r"\s+")


def cuts(text: str, piece: int = PIECE) -> list[int]:
    """Offsets where *text* is cut into pieces of about *piece* characters: the first
    paragraph end past *piece* characters, else the first line end, sentence end, space
    after a lower-case word that no name holds ("met | Khalifa Haftar", not "of | the") or
    any space (a piece of twice the size at most), else the hard limit. Starts with 0, ends with
    ``len(text)``."""
    out = [0]
    n = len(text)
    while n - out[-1] > piece * 3 // 2:
        start = out[-1] + piece
        limit = out[-1] + 2 * piece
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _AFTER_WORD, _SPACE):
            found = pattern.search(text, start, limit)
            if found is not None:
                out.append(found.end())
                break
        else:
            out.append(limit)
    out.append(n)
    return out


def canonicalize_long(
    text: str,
    doc: str | None,
    resolve: Callable[[str], Document],
    rewrite: Callable[[str, tuple[Mention, ...]], str],
    piece: int = PIECE,
) -> Document:
    """The document *text* resolved in windows (see the module docstring): *resolve* makes a
    window's :class:`Document`; *rewrite* the whole text's rewritten form from its mentions."""
    at = cuts(text, piece)
    mentions: list[Mention] = []
    for i in range(1, len(at)):
        begin, start, end = at[max(0, i - 2)], at[i - 1], at[i]
        window = text[begin:end]
        if not window.strip():
            continue
        for m in resolve(window).mentions:
            if m.start + begin >= start:
                mentions.append(_shifted(m, begin))
    kept = tuple(mentions)
    return Document.build(text, kept, rewrite(text, kept), doc)


def _shifted(m: Mention, by: int) -> Mention:
    """*m* with its offsets, and those its evidence cites, moved by *by* characters."""
    if not by:
        return m
    return replace(m, start=m.start + by, end=m.end + by, evidence=_shift(m.evidence, by))


def _shift(value: Any, by: int) -> Any:
    """An evidence value with each cited mention's ``start`` (a dict with ``text`` and an
    integer ``start``) moved by *by*."""
    if isinstance(value, dict):
        out = {k: _shift(v, by) for k, v in value.items()}
        if "text" in out and isinstance(out.get("start"), int):
            out["start"] += by
        return out
    if isinstance(value, list):
        return [_shift(v, by) for v in value]
    if isinstance(value, tuple):
        return tuple(_shift(v, by) for v in value)
    return value
