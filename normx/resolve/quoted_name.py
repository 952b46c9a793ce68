"""A word of a quoted name no gazetteer holds is no mention of its own.

Translated news puts the name of a new or informal body between quotation marks: the
"Fund for the Reconstruction of Derna and the Affected Cities" that parliament created, the
"Fezzan Movement", "Libya Al-Ahrar". The quotes mark one name. When the gazetteers hold it, the
whole span links and nothing is left to judge; when they do not, the detector's pieces of it
still find names: the town it is named after ("Derna"), a body whose name shares its first
words ("Fund for the Reconstruction" ~ another country's reconstruction fund, or the
document's own fund by gloss). Neither is what the text names: the town is a word of the
body's name, and the body is another one.

So a segment that is a strict part of a quoted name is not linked, unless the matcher, asked
the whole quoted name, reaches the segment's entity too: then the quotes hold that entity's
name, cut into pieces by the detector (the "Front for Alternation and Concord in Chad" is the
Front for Change and Concord in Chad, whose pieces later rules join). A quoted name is a quoted
run of two to :data:`MAX_WORDS` words, on one line without sentence punctuation, in which every
word is capitalised but connectors (``CONNECTORS``: "of", "the", "for", "and" ...): a quotation
of someone's words has lower-case words. A place after "in" or "at" inside the quotes ("the
"Commander of the Coast Guard in Zawiyah"") is said as a place, and stays. The quoted words
alone, a word quoted by itself, are judged elsewhere (:mod:`normx.resolve.quoted_term`, and
:meth:`~normx.resolve.linker.SpanLinker._part_of_quoted` for a loose word in a short quote).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.quote_marks import quoted_around

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

MAX_WORDS = 12  # "Fund for the Reconstruction of Derna and the Affected Cities" is 10
CONNECTORS = function_words("quoted")  # connectors.yaml, function_word_sets: quoted
LOCATIVES = function_words("quoted_place")  # connectors.yaml, function_word_sets
ARTICLES = frozenset({"the", "a", "an"})  # "The Arab Contractors" is the name quoted
_WORD = re.compile(r"[^\W_][\w'’-]*")


def title_case_name(quoted: str) -> bool:
    """*quoted* is a name: 2 to :data:`MAX_WORDS` words, each capitalised or a connector, two
    capitalised at least."""
    words = _WORD.findall(quoted)
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    caps = 0
    for w in words:
        if w[0].isupper() or w[0].isdigit():
            caps += 1
        elif w.lower() not in CONNECTORS:
            return False
    return caps >= 2


def part_of_quoted_name(linker: SpanLinker, seg: Seg, cand: Candidate | None = None) -> bool:
    """*seg*, linked (to *cand* when given: coreference's answer), is a strict part of a
    quoted name (see the module docstring). Run in the linker, so that the piece is no
    antecedent, and after coreference, which would link the piece again ("Derna")."""
    cand = seg.cand if cand is None else cand
    if cand is None:
        return False
    start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
    quoted = quoted_around(linker.text, start, end)
    if quoted is None or not title_case_name(quoted):
        return False
    rest = _WORD.findall(quoted.replace(linker.text[start:end], " ", 1))
    if not any(w[0].isupper() for w in rest[1:]) and not (
        rest and rest[0][0].isupper() and rest[0].lower() not in ARTICLES
    ):
        return False  # the quotes hold the segment's name, with "The" at most
    whole = linker.decisions.match(quoted, False)  # the quoted name, asked whole
    if any(c.id == cand.id and c.score >= NO_MATCH_THRESHOLD for c in whole):
        return False  # the quoted name is the entity's, cut by the detector into pieces
    before = _WORD.findall(linker.text[max(0, start - 4) : start])
    return not (before and before[-1].lower() in LOCATIVES)
