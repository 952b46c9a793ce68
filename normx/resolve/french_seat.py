"""A place after "de" that closes the French name of a body: the seat the body is named for.

AFP copy keeps French names of courts and offices the gazetteers lack ("Cour d'assises de
Tripoli", "Cour d'appel de Benghazi"), as English writes "Court of Appeal of Tripoli"
(:func:`~normx.resolve.fused_names.seat_of_body`). The French name opens with a capitalised
kind of body of the French lexicon (``french.generic``: "Cour", "Tribunal", "Conseil") and
goes on in lower case (:mod:`normx.detect.french_names` found it so); the place after
de/d'/du that ends it is a word of the unknown name, not a mention of the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.lexicon import function_words
from normx.mt.french import default_french_names
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

# "de Tripoli", "d'Ajdabiya", "du Caire" (connectors.yaml, function_word_sets: french_seat)
SEAT_OPENERS = function_words("french_seat")
ELIDED = frozenset({"d'", "d’"})  # "de" elided and glued to the word after it


def french_seat(linker: SpanLinker, first: int, last: int, s0: int, sub: Seg) -> bool:
    """True when the linked place ``s0``..``sub.last`` ends span ``first``..``last`` after
    de/d'/du, and the span opens with a capitalised French kind of body followed by lower-case
    words only (see the module docstring)."""
    if sub.cand is None or sub.cand.type != "LOC" or sub.last != last or s0 - 2 < first:
        return False
    tokens = linker.tokens
    opener = s0 - 1
    elided = tokens[s0].text[:2].lower() in ELIDED
    if linker.forms[opener] not in SEAT_OPENERS and not elided:
        return False
    head = tokens[first]
    if not head.cap or head.form not in default_french_names().kinds:
        return False
    return all(not tokens[t].cap for t in range(first + 1, s0))


def french_complement(linker: SpanLinker, first: int, last: int) -> bool:
    """Whether the unknown name on tokens *first* .. *last* is a French kind of body with a
    de-complement ("Cour d'assises de Tripoli"): its last word is the seat, as after "of"
    (:func:`~normx.resolve.of_complement.of_complement`), so that word alone later in the text
    is the place, not a short name of the body."""
    tokens = linker.tokens
    if not tokens[first].cap or tokens[first].form not in default_french_names().kinds:
        return False
    return any(
        linker.forms[t] in SEAT_OPENERS or tokens[t].text[:2].lower() in ELIDED
        for t in range(first + 1, last + 1)
    )
