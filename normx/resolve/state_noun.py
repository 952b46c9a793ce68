"""The noun of a state with its country is no body: "the State of Italy", "the Libyan State".

English names a country's state by the noun "State" and the country ("the State of Qatar",
"under the sponsorship of the State of Qatar": articles-v11 marks "Qatar" alone) or its
adjective ("the Libyan State"). The noun alone then links by sound or gloss to a body whose
name holds it (the High Council of State, المجلس الأعلى للدولة). The English twin of the French
"l'État italien" (:func:`normx.resolve.french_adjective.french_state_only`): a linked mention
that is only a noun of the state (``state_nouns`` of
``normx/resolve/data/country_words.yaml``), followed by "of" and a linked country or preceded
by a demonym, is dropped: the country is the mention, the state no body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache

from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.resources import word_list

_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


@cache
def _state_nouns() -> frozenset[str]:
    return frozenset(word_list("normx.resolve", "country_words.yaml", "state_nouns"))


def states_unlinked(
    text: str,
    mentions: Sequence[Mention],
    is_country: Callable[[str], bool],
    demonyms: Collection[str],
) -> tuple[Mention, ...]:
    """*mentions* without each linked noun of a state said of a country (see the module
    docstring)."""
    nouns = _state_nouns()
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        if m.id is None or fold(m.text) not in nouns:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        gap = _OF.match(text, m.end)
        if (
            gap is not None
            and nxt is not None
            and nxt.start == gap.end()
            and nxt.id is not None
            and nxt.type == "LOC"
            and is_country(nxt.canonical or nxt.text)
        ):
            drop.add(k)  # "the State of Italy"
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is not None and fold(before.group(1)) in demonyms:
            drop.add(k)  # "the Italian State"
    if not drop:
        return tuple(mentions)
    return tuple(m for k, m in enumerate(mentions) if k not in drop)
