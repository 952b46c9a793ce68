"""Generic words alike to a long body name: "the Military Council ruling in Niamey" is not the
Military Command Council for the Salvation of the Republic.

News names a body by what it is when the reader knows which one is meant ("the Military
Council ruling in Niamey", Niger's National Council for the Safeguard of the Homeland): the
words are a kind of body (a stop word such as "military" and a head noun), not a name. The
matcher pairs them with any body name that holds them, and a long name that holds both
among many words of its own (Command, Salvation, Republic) answers them as closely as a
short one. A reader takes them for that body only when the text said its distinctive words.

The rule: a loose match (likeness, not an exact spelling or a gloss) of an organisation, from
words that are all stop words, connectors or body head nouns, that explains less than
:data:`MIN_NAME_COVERAGE` of the name while the name keeps at least :data:`MIN_LEFT` words of
its own that are none of those, names no particular body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.segment import coverage

if TYPE_CHECKING:
    from normx.detect.lexicon import Lexicon

MIN_NAME_COVERAGE = 0.5  # "Military Council" explains 0.39 of the Chadian council's name
MIN_LEFT = 2  # distinctive words of the name the text never said


def generic_words_alike(cand: Candidate, lex: Lexicon) -> bool:
    """Whether *cand* is a loose match of generic words to a longer body name (docstring)."""
    if cand.type != "ORG" or cand.method not in LIKENESS_METHODS:
        return False
    ex = cand.explain
    q_tokens = [str(t.get("form")) for t in ex.get("query_tokens") or ()]
    n_tokens = [str(t.get("form")) for t in ex.get("matched_tokens") or ()]
    pairs = ex.get("pairs") or ()
    if len(q_tokens) < 2 or not n_tokens or not pairs:
        return False
    generic = lex.stopwords | lex.connectors | lex.body_heads
    if not all(f in generic for f in q_tokens):
        return False
    if coverage(cand)[1] >= MIN_NAME_COVERAGE:
        return False
    named = {p.get("name") for p in pairs}
    left = [f for f in n_tokens if f not in named and f not in generic]
    return len(left) >= MIN_LEFT
