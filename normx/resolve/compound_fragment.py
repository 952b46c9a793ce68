"""A word cut out of a hyphenated compound is no name of the entity whose name holds the compound.

English writes some name words as a compound of a capitalised word and a lower-case one
("Man-made", "Government-backed"). The detector keeps the lower-case tail out of a name
span, so "the Man-made River Project Implementation and Management Authority" reaches the
linker as "Man", then "River Project Implementation", then "Management Authority". "Man"
alone resembles, or by coreference repeats, the "Man-Made" of the Great Man-Made River named
just before, and was linked to it: a link made from half a word. The text's word is the
compound, and the entity's name spells that compound as one word; the capitalised half is
a word of neither.

So a linked one-word mention written right before a hyphen and a lower-case word is dropped
when one of the linked entity's English names holds the two as that very compound. A word
that stands on its own in the entity's names stays, however it is joined: "Tripoli-based",
"U.N.-backed", "Haftar-led" name Tripoli, the UN and Haftar, whose names hold no such
compound.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.resolve.document import Mention
from normx.text.latin import fold

EnglishNames = Callable[[str], tuple[str, ...]]  # record id -> its English names

_LOWER_TAIL = re.compile(r"-([a-z][^\W\d_]*)")


def compound_of_its_name(text: str, m: Mention, english_names: EnglishNames) -> bool:
    """*m* is one linked word that the text joins by a hyphen to a lower-case word, the two
    making a compound word of the linked entity's English names ("Man" of "Man-made", the
    Great Man-Made River)."""
    if m.id is None or not m.text.isalpha():
        return False
    tail = _LOWER_TAIL.match(text, m.end)
    if tail is None:
        return False
    compound = re.compile(
        rf"(?<![^\W_]){re.escape(fold(m.text))}-{re.escape(fold(tail.group(1)))}(?![^\W_])"
    )
    return any(compound.search(fold(name)) for name in english_names(m.id))


def compound_fragments_dropped(
    text: str, mentions: tuple[Mention, ...], english_names: EnglishNames
) -> tuple[Mention, ...]:
    """*mentions* without the links :func:`compound_of_its_name` finds."""
    out = tuple(m for m in mentions if not compound_of_its_name(text, m, english_names))
    return mentions if len(out) == len(mentions) else out
